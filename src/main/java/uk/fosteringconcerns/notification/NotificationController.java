package uk.fosteringconcerns.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications} (PROCESS-API section 5): the outbox, newest first. The REST authentication
 * filter puts the HTTP Basic user into the engine's identity service; the LADO, managers' groups, QA and
 * administrators see every notification, everyone else only those addressed to one of their groups or to them by
 * user id. Optional {@code caseReference}, {@code state}, {@code firstResult}, {@code maxResults}; a bad value is a
 * 400 naming the parameter, never a 500.
 *
 * <p>Administrators ({@code camunda-admin}) resolve what the outbox cannot decide alone (issue 9):
 * {@code POST /api/notifications/{id}/resend} (UNCONFIRMED or FAILED → PENDING: sent again to every recipient the
 * mail server has not accepted yet) and {@code POST /api/notifications/{id}/mark-sent} (UNCONFIRMED → SENT, when
 * the mail log shows it was delivered). 401 without a user, 403 for anybody else (checked first), 400 naming
 * {@code id} for a malformed id, 404 naming {@code id} for an unknown one, 409 naming {@code state} when the row
 * is in a state the action does not apply to. Each action is logged as one INFO line with the row id and the
 * administrator's user id.
 */
@RestController
@RequestMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
public class NotificationController {

  /** Groups that see every notification: those that read cases in Cockpit, and the administrators. */
  public static final Set<String> SEE_ALL = java.util.stream.Stream.concat(
      uk.fosteringconcerns.identity.Groups.CASE_READERS.stream(),
      java.util.stream.Stream.of(uk.fosteringconcerns.identity.Groups.ADMIN))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NotificationController.class);
  private static final Pattern CASE_REFERENCE = Pattern.compile("^[A-Za-z0-9-]{1,32}$");
  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9-]{1,64}$");
  private static final Set<String> STATES = Set.of(Notification.PENDING, Notification.SENDING, Notification.SENT,
      Notification.FAILED, Notification.UNCONFIRMED);
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final int MAX_RESULTS = 500;
  private static final int DEFAULT_RESULTS = 100;

  private final NotificationService notifications;
  private final Supplier<ProcessEngine> engine;

  @org.springframework.beans.factory.annotation.Autowired
  public NotificationController(NotificationService notifications,
      org.springframework.beans.factory.ObjectProvider<ProcessEngine> engine) {
    this(notifications, engine::getObject);
  }

  public NotificationController(NotificationService notifications, Supplier<ProcessEngine> engine) {
    this.notifications = notifications;
    this.engine = engine;
  }

  @GetMapping
  public ResponseEntity<Object> list(
      @RequestParam(name = "caseReference", required = false) String caseReference,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "firstResult", required = false) String firstResult,
      @RequestParam(name = "maxResults", required = false) String maxResults) {
    IdentityService identity = engine.get().getIdentityService();
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return error(HttpStatus.UNAUTHORIZED, null, "Authentication required");
    }
    if (caseReference != null && !CASE_REFERENCE.matcher(caseReference).matches()) {
      return error(HttpStatus.BAD_REQUEST, "caseReference", "must be a case reference such as CC-2026-00012");
    }
    if (state != null && !STATES.contains(state)) {
      return error(HttpStatus.BAD_REQUEST, "state", "must be one of " + STATES.stream().sorted().toList());
    }
    Integer first = firstResult == null ? Integer.valueOf(0) : number(firstResult, 0, Integer.MAX_VALUE);
    if (first == null) {
      return error(HttpStatus.BAD_REQUEST, "firstResult", "must be a whole number, 0 or more");
    }
    Integer max = maxResults == null ? Integer.valueOf(DEFAULT_RESULTS) : number(maxResults, 1, MAX_RESULTS);
    if (max == null) {
      return error(HttpStatus.BAD_REQUEST, "maxResults", "must be a whole number from 1 to " + MAX_RESULTS);
    }
    Set<String> groups = groupsOf(identity, authentication);
    boolean seesAll = groups.stream().anyMatch(SEE_ALL::contains);

    List<Map<String, Object>> out = new ArrayList<>();
    int skipped = 0;
    for (NotificationService.OutboxRow row : notifications.outbox(caseReference, state)) {
      if (!seesAll && !addressedTo(row.notification(), groups, authentication.getUserId())) {
        continue;
      }
      if (skipped++ < first) {
        continue;
      }
      if (out.size() >= max) {
        break;
      }
      out.add(json(row, seesAll));
    }
    return ResponseEntity.ok(out);
  }

  /** Administrators: send an UNCONFIRMED or FAILED notification again (to those who have not had it). */
  @PostMapping("/{id}/resend")
  public ResponseEntity<Object> resend(@PathVariable("id") String id) {
    return administer(id, NotificationService.AdminAction.RESEND);
  }

  /** Administrators: the mail log shows an UNCONFIRMED notification was delivered. */
  @PostMapping("/{id}/mark-sent")
  public ResponseEntity<Object> markSent(@PathVariable("id") String id) {
    return administer(id, NotificationService.AdminAction.MARK_SENT);
  }

  private ResponseEntity<Object> administer(String id, NotificationService.AdminAction action) {
    IdentityService identity = engine.get().getIdentityService();
    Authentication authentication = identity.getCurrentAuthentication();
    String verb = action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (authentication == null || authentication.getUserId() == null) {
      LOG.warn("Refused {} of a notification: not authenticated", verb);
      return error(HttpStatus.UNAUTHORIZED, null, "Authentication required");
    }
    String userId = authentication.getUserId();
    if (!groupsOf(identity, authentication).contains(uk.fosteringconcerns.identity.Groups.ADMIN)) {
      LOG.warn("Refused {} of a notification: user {} is not an administrator", verb, userId);
      return forbidden("Only administrators (" + uk.fosteringconcerns.identity.Groups.ADMIN + ") may " + verb
          + " a notification");
    }
    if (!ID.matcher(id).matches()) {
      LOG.warn("Refused {} of a notification by {}: malformed id", verb, userId);
      return error(HttpStatus.BAD_REQUEST, "id", "must be a notification id");
    }
    NotificationService.AdminOutcome outcome = notifications.administer(id, action, userId);
    if (!outcome.found()) {
      LOG.warn("Refused {} of notification {} by {}: no such notification", verb, id, userId);
      return error(HttpStatus.NOT_FOUND, "id", "names no notification");
    }
    if (!outcome.applied()) {
      LOG.warn("Refused {} of notification {} by {}: it is {}", verb, id, userId, outcome.previousState());
      return error(HttpStatus.CONFLICT, "state", "is " + outcome.previousState() + "; " + verb + " applies only to "
          + action.allowedFrom().stream().sorted().toList());
    }
    LOG.info("Notification {}: {} by administrator {} (was {})", id, verb, userId, outcome.previousState());
    Notification row = notifications.find(id);
    return ResponseEntity.ok(json(new NotificationService.OutboxRow(row, null), true));
  }

  private static ResponseEntity<Object> forbidden(String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "AuthorizationException");
    body.put("message", message);
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** Spring's own binding errors (e.g. a repeated or malformed parameter) become a 400, never a 500. */
  @ExceptionHandler({org.springframework.web.bind.MissingServletRequestParameterException.class,
      org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class})
  public ResponseEntity<Object> badParameter(Exception e) {
    String name = e instanceof org.springframework.web.bind.MissingServletRequestParameterException m
        ? m.getParameterName()
        : ((org.springframework.web.method.annotation.MethodArgumentTypeMismatchException) e).getName();
    return error(HttpStatus.BAD_REQUEST, name, "is not valid");
  }

  private static Integer number(String text, int min, int max) {
    try {
      int value = Integer.parseInt(text.trim());
      return value < min || value > max ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Set<String> groupsOf(IdentityService identity, Authentication authentication) {
    Set<String> groups = new HashSet<>();
    if (authentication.getGroupIds() != null) {
      groups.addAll(authentication.getGroupIds());
    }
    if (groups.isEmpty()) {
      for (Group group : identity.createGroupQuery().groupMember(authentication.getUserId()).list()) {
        groups.add(group.getId());
      }
    }
    return groups;
  }

  private static boolean addressedTo(Notification notification, Set<String> groups, String userId) {
    return Recipients.split(notification.recipientGroups()).stream().anyMatch(groups::contains)
        || Recipients.split(notification.recipientUsers()).contains(userId);
  }

  private static Map<String, Object> json(NotificationService.OutboxRow row, boolean seesAll) {
    Notification n = row.notification();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", n.id());
    json.put("caseReference", n.caseReference());
    json.put("template", n.template());
    json.put("recipientGroups", Recipients.split(n.recipientGroups()));
    json.put("recipientUsers", Recipients.split(n.recipientUsers()));
    if (seesAll) {
      json.put("recipientAddress", n.recipientAddress());
      json.put("deliveredTo", Recipients.split(n.deliveredTo()));
      json.put("refusedTo", Recipients.split(n.refusedTo()));
    }
    json.put("messageId", n.messageId());
    json.put("subject", n.subject());
    json.put("body", n.body());
    json.put("processInstanceId", n.processInstanceId());
    json.put("createdAt", iso(n.createdAt()));
    json.put("state", n.state());
    json.put("attempts", n.attempts());
    json.put("sentAt", iso(n.sentAt()));
    json.put("nextAttemptAt", iso(row.nextAttemptAt()));
    json.put("lastError", n.lastError());
    return json;
  }

  private static String iso(Date date) {
    return date == null ? null : ISO.format(date.toInstant().atZone(LONDON));
  }

  private static ResponseEntity<Object> error(HttpStatus status, String parameter, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", switch (status) {
      case UNAUTHORIZED -> "AuthenticationException";
      case NOT_FOUND -> "NotFoundException";
      case CONFLICT -> "InvalidStateException";
      default -> "InvalidRequestException";
    });
    body.put("message", parameter == null ? message
        : ("id".equals(parameter) ? "Path parameter '" : "state".equals(parameter) ? "Field '" : "Query parameter '")
            + parameter + "' " + message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
