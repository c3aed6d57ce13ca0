package uk.fosteringconcerns.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications} (PROCESS-API section 5): the outbox, newest first. The REST authentication
 * filter puts the HTTP Basic user into the engine's identity service; the LADO, managers' groups, QA and
 * administrators see every notification, everyone else only those addressed to one of their groups. Optional
 * {@code caseReference}, {@code state}, {@code firstResult}, {@code maxResults}; a bad value is a 400 naming
 * the parameter, never a 500.
 */
@RestController
@RequestMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
public class NotificationController {

  /** Groups that see every notification: those that read cases in Cockpit, and the administrators. */
  public static final Set<String> SEE_ALL = java.util.stream.Stream.concat(
      uk.fosteringconcerns.identity.Groups.CASE_READERS.stream(),
      java.util.stream.Stream.of(uk.fosteringconcerns.identity.Groups.ADMIN))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Pattern CASE_REFERENCE = Pattern.compile("^[A-Za-z0-9-]{1,32}$");
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
      if (!seesAll && !addressedTo(row.notification(), groups)) {
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

  private static boolean addressedTo(Notification notification, Set<String> groups) {
    if (notification.recipientGroups() == null) {
      return false;
    }
    return Arrays.stream(notification.recipientGroups().split(",")).map(String::trim).anyMatch(groups::contains);
  }

  private static Map<String, Object> json(NotificationService.OutboxRow row, boolean seesAll) {
    Notification n = row.notification();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", n.id());
    json.put("caseReference", n.caseReference());
    json.put("template", n.template());
    json.put("recipientGroups", n.recipientGroups() == null ? List.of()
        : Arrays.stream(n.recipientGroups().split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList());
    if (seesAll) {
      json.put("recipientAddress", n.recipientAddress());
    }
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
    body.put("type", status == HttpStatus.UNAUTHORIZED ? "AuthenticationException" : "InvalidRequestException");
    body.put("message", parameter == null ? message : "Query parameter '" + parameter + "' " + message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
