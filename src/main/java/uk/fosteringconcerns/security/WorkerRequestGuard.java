package uk.fosteringconcerns.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.fosteringconcerns.casereference.StartRequests;
import uk.fosteringconcerns.forms.CaseForms;
import uk.fosteringconcerns.forms.InvalidFieldException;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.system.AsSystem;
import uk.fosteringconcerns.timescales.StatutoryTasks;

/**
 * Workers act on a case only through its forms (issue 17). One guard in front of the engine's REST API, at both of
 * its doors: {@code /engine-rest} (integrations) and {@code /camunda/api/engine} (Tasklist and Cockpit), after the
 * caller is authenticated and before the engine sees the request.
 *
 * <p>For a worker (every group but {@code camunda-admin}) a request that changes anything is refused with 403 unless
 * it is one of: completing a task through its form (complete / submit-form), claiming, unclaiming or assigning a
 * task within its groups, a comment on a task, moving the follow-up or due date of a task that is not statutory,
 * starting a process the worker's groups may start through its start form, evaluating a decision, changing one's own
 * profile or password. Reads (GET, and POST queries) pass to the engine, whose authorizations decide. Permission is
 * decided first: a task the worker cannot see is a 404 whatever the body says; then the body is checked against the
 * deployed form ({@link CaseForms}) and rewritten with the checked, typed values, so the engine only ever stores what
 * the form allows.
 *
 * <p>Administrators keep every power; a change outside the worker's doors through {@code /engine-rest} must carry
 * the header {@code X-Reason}, which is written as the annotation of the user operation log entries the change made
 * (Cockpit's changes are annotated as made in Cockpit). A refusal is one WARN line with no value and no stack trace.
 */
public class WorkerRequestGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerRequestGuard.class);

  public static final String REASON_HEADER = "X-Reason";
  static final String ENGINE_REST = "/engine-rest";
  static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/([^/]+)(/.*)?$");
  private static final int MAX_BODY = 1024 * 1024;
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private static final Pattern TASK_ACTION = Pattern.compile("^/task/([^/]+)/(complete|submit-form|claim|unclaim|assignee|comment/create)$");
  private static final Pattern TASK = Pattern.compile("^/task/([^/]+)$");
  private static final Pattern START = Pattern.compile("^/process-definition/(key/([^/]+)|([^/]+))/(start|submit-form)$");
  private static final Pattern EVALUATE = Pattern.compile("^/decision-definition/(key/[^/]+|[^/]+)/evaluate$");
  private static final Pattern OWN_USER = Pattern.compile("^/user/([^/]+)/(profile|credentials)$");
  /** POSTs that only read: Camunda's query endpoints. */
  private static final List<Pattern> QUERIES = List.of(
      Pattern.compile("^/(task|process-instance|execution|variable-instance|job|external-task|incident)(/count)?$"),
      Pattern.compile("^/filter/[^/]+/(list|count|singleResult)$"),
      Pattern.compile("^/history/[a-z-]+(/count)?$"),
      Pattern.compile("^/history/[a-z-]+/report$"));
  private static final Set<String> COMPLETE_KEYS = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_KEYS = Set.of("variables", "businessKey", "withVariablesInReturn");
  private static final Set<String> START_SIDE_DOORS = Set.of("startInstructions", "skipCustomListeners",
      "skipIoMappings", "caseInstanceId");

  private static final String REQUEST_ID_ATTRIBUTE = WorkerRequestGuard.class.getName() + ".requestId";

  private final Supplier<ProcessEngine> engine;
  private final CaseForms forms;
  private final StatutoryTasks statutory;
  private final StartRequests startRequests;

  public WorkerRequestGuard(Supplier<ProcessEngine> engine, CaseForms forms, StatutoryTasks statutory,
      StartRequests startRequests) {
    this.engine = engine;
    this.forms = forms;
    this.statutory = statutory;
    this.startRequests = startRequests;
  }

  /** A start repeating a request id already used: answered with the first case, nothing created. */
  private static final class Replay extends RuntimeException {
    private final StartRequests.Started first;

    Replay(StartRequests.Started first) {
      super(null, null, false, false);
      this.first = first;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = enginePath(request);
    IdentityService identity = engine.get().getIdentityService();
    Authentication user = identity.getCurrentAuthentication();
    boolean fromSession = false;
    if (path != null && user == null && !isEngineRest(request)) {
      // the webapps' session: the guard may run before the webapps' own authentication filter sets it
      user = WebappSessions.signedIn(request, engine.get().getName());
      fromSession = user != null;
    }
    // no engine path (e.g. the engine list) or not signed in: the engine's own filters answer (401)
    if (path == null || user == null || user.getUserId() == null) {
      chain.doFilter(request, response);
      return;
    }
    if (fromSession) {
      identity.setAuthentication(user);
    }
    try {
      guard(request, response, chain, path, user);
    } finally {
      if (fromSession) {
        identity.clearAuthentication();
      }
    }
  }

  private void guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path,
      Authentication user) throws ServletException, IOException {
    boolean admin = user.getGroupIds() != null && user.getGroupIds().contains(Groups.ADMIN);
    String method = request.getMethod().toUpperCase();
    try {
      if (READ_METHODS.contains(method) || isQuery(method, path)) {
        chain.doFilter(request, response);
        return;
      }
      HttpServletRequest checked = checkWorkerAction(request, method, path, user, admin);
      if (checked != null && checked.getAttribute(REQUEST_ID_ATTRIBUTE) != null) {
        startOnce(checked, response, chain, (String) checked.getAttribute(REQUEST_ID_ATTRIBUTE));
        return;
      }
      if (checked != null) {
        chain.doFilter(checked, response);
        return;
      }
      if (!admin) {
        throw Refusal.forbidden("Workers change a case only through its forms in Tasklist; this action is not"
            + " available to you.");
      }
      adminChange(request, response, chain, path, user);
    } catch (Refusal refusal) {
      refuse(request, response, path, refusal);
    } catch (Replay replay) {
      replay(response, replay.first);
    }
  }

  /**
   * Two starts with one request id at the same moment: the second fails on the unique key in its own transaction
   * (nothing is created) and is answered with the case the first made.
   */
  private void startOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String requestId)
      throws IOException, ServletException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    if (buffered.getStatus() >= 500) {
      var first = startRequests.find(requestId);
      if (first.isPresent()) {
        buffered.resetBuffer();
        replay(buffered, first.get());
      }
    }
    buffered.copyBodyToResponse();
  }

  private void replay(HttpServletResponse response, StartRequests.Started first) throws IOException {
    ObjectNode dto = RestBody.JSON.createObjectNode();
    dto.put("id", first.processInstanceId());
    dto.put("definitionId", first.processDefinitionId());
    dto.put("businessKey", first.businessKey());
    dto.putNull("caseInstanceId");
    boolean running = engine.get().getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(first.processInstanceId()).count() > 0;
    dto.put("ended", !running);
    dto.put("suspended", false);
    dto.putNull("tenantId");
    dto.putArray("links");
    LOG.info("Start repeated with a request id already used: answered with the first case ({})",
        first.processInstanceId());
    response.setStatus(200);
    response.setContentType("application/json");
    response.setHeader("X-Repeated-Request", "true");
    response.getOutputStream().write(RestBody.JSON.writeValueAsBytes(dto));
  }

  /**
   * The request checked and ready for the engine when it is one of the worker's doors (for admins too: a task is
   * completed through its form by everybody), or null when it is not.
   */
  private HttpServletRequest checkWorkerAction(HttpServletRequest request, String method, String path,
      Authentication user, boolean admin) throws IOException {
    Matcher m = TASK_ACTION.matcher(path);
    if ("POST".equals(method) && m.matches()) {
      return taskAction(request, m.group(1), m.group(2), user, admin);
    }
    m = TASK.matcher(path);
    if ("PUT".equals(method) && m.matches()) {
      return updateTask(request, m.group(1), user);
    }
    m = START.matcher(path);
    if ("POST".equals(method) && m.matches()) {
      return start(request, m.group(2), m.group(3));
    }
    if ("POST".equals(method) && EVALUATE.matcher(path).matches()) {
      return request;
    }
    m = OWN_USER.matcher(path);
    if ("PUT".equals(method) && m.matches() && m.group(1).equals(user.getUserId())) {
      return request;
    }
    return null;
  }

  private HttpServletRequest taskAction(HttpServletRequest request, String taskId, String action,
      Authentication user, boolean admin) throws IOException {
    Task task = visibleTask(taskId);
    switch (action) {
      case "complete", "submit-form" -> {
        if (!admin && task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
          throw Refusal.forbidden("This task is assigned to someone else: assign it to yourself first.");
        }
        ObjectNode body = jsonBody(request);
        RestBody.onlyKeys(body, COMPLETE_KEYS);
        Map<String, Object> values;
        try {
          values = forms.checkTaskSubmission(taskId, RestBody.variables(body));
        } catch (InvalidFieldException e) {
          throw Refusal.badInput(e.field(), e.getMessage());
        } catch (CaseForms.NoFormException e) {
          throw Refusal.forbidden("This task has no form a worker can complete.");
        }
        return withBody(request, RestBody.withVariables(body, values));
      }
      case "claim" -> {
        ObjectNode body = jsonBody(request);
        JsonNode claimant = body.get("userId");
        if (claimant == null || !claimant.isTextual() || !claimant.asText().equals(user.getUserId())) {
          throw Refusal.badInput("userId", "You can claim a task only for yourself.");
        }
        return withBody(request, RestBody.JSON.writeValueAsBytes(body));
      }
      case "unclaim" -> {
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
          throw Refusal.forbidden("Only the person the task is assigned to can unclaim it.");
        }
        return request;
      }
      case "assignee" -> {
        ObjectNode body = jsonBody(request);
        JsonNode target = body.get("userId");
        if (target == null || target.isNull()) {
          if (task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
            throw Refusal.forbidden("Only the person the task is assigned to can unassign it.");
          }
        } else if (!target.isTextual() || !inTaskGroups(taskId, target.asText())) {
          throw Refusal.badInput("userId", "A task can be assigned only to a member of its groups.");
        }
        return withBody(request, RestBody.JSON.writeValueAsBytes(body));
      }
      default -> {
        // comment/create: a note on the task, kept with it; the body is the engine's to check
        return request;
      }
    }
  }

  /**
   * Tasklist saves a task's dates with PUT /task/{id}. A worker may move the follow-up or due date of a task that is
   * not statutory; a statutory task's dates and every other property stay as they are.
   */
  private HttpServletRequest updateTask(HttpServletRequest request, String taskId, Authentication user)
      throws IOException {
    Task task = visibleTask(taskId);
    ObjectNode body = jsonBody(request);
    boolean statutoryTask = statutory.isStatutory(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    boolean datesChanged = !sameDate(RestBody.date(body.get("due"), "due"), task.getDueDate())
        || !sameDate(RestBody.date(body.get("followUp"), "followUp"), task.getFollowUpDate());
    if (statutoryTask && datesChanged) {
      throw Refusal.forbidden("The dates of a statutory task come from the procedure's timescales and can be"
          + " changed only by an administrator.");
    }
    unchanged(body, "name", task.getName());
    unchanged(body, "description", task.getDescription());
    unchanged(body, "assignee", task.getAssignee());
    unchanged(body, "owner", task.getOwner());
    unchanged(body, "parentTaskId", task.getParentTaskId());
    unchanged(body, "caseInstanceId", task.getCaseInstanceId());
    unchanged(body, "tenantId", task.getTenantId());
    JsonNode priority = body.get("priority");
    if (priority != null && !priority.isNull() && (!priority.isInt() || priority.intValue() != task.getPriority())) {
      throw Refusal.forbidden("Only the task's dates can be changed here.");
    }
    return withBody(request, RestBody.JSON.writeValueAsBytes(body));
  }

  private static void unchanged(ObjectNode body, String property, String current) {
    JsonNode sent = body.get(property);
    String value = sent == null || sent.isNull() ? null : sent.asText();
    if (sent != null && !Objects.equals(emptyToNull(value), emptyToNull(current))) {
      throw Refusal.forbidden("Only the task's dates can be changed here.");
    }
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static boolean sameDate(Date sent, Date current) {
    return sent == null ? current == null : current != null && sent.getTime() == current.getTime();
  }

  private HttpServletRequest start(HttpServletRequest request, String key, String definitionId) throws IOException {
    ProcessEngine processEngine = engine.get();
    ProcessDefinitionQuery visible = processEngine.getRepositoryService().createProcessDefinitionQuery();
    if (key != null) {
      visible.processDefinitionKey(key).latestVersion();
    } else {
      visible.processDefinitionId(definitionId);
    }
    ProcessDefinition definition = visible.singleResult();
    if (definition == null) {
      throw Refusal.notFound("There is no such procedure you can start.");
    }
    long startable = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionId(definition.getId()).startablePermissionCheck().count();
    if (startable == 0) {
      throw Refusal.forbidden("Your role may not start this procedure.");
    }
    ObjectNode body = jsonBody(request);
    for (String sideDoor : START_SIDE_DOORS) {
      JsonNode value = body.get(sideDoor);
      if (value != null && !value.isNull() && !(value.isBoolean() && !value.booleanValue())
          && !(value.isArray() && value.isEmpty())) {
        throw Refusal.forbidden("A case starts at its beginning, through its start form.");
      }
      body.remove(sideDoor);
    }
    RestBody.onlyKeys(body, START_KEYS);
    // the product gives every case its reference: a business key from outside is not used
    body.remove("businessKey");
    Map<String, Object> submitted = RestBody.variables(body);
    String requestId = requestId(submitted.remove(StartRequests.REQUEST_ID), definition);
    Map<String, Object> values;
    try {
      values = forms.checkStartSubmission(definition.getId(), submitted);
    } catch (InvalidFieldException e) {
      throw Refusal.badInput(e.field(), e.getMessage());
    } catch (CaseForms.NoFormException e) {
      throw Refusal.forbidden("This procedure is started by the product, not by a form.");
    }
    if (requestId != null) {
      values.put(StartRequests.REQUEST_ID, requestId);
    }
    HttpServletRequest checked = withBody(request, RestBody.withVariables(body, values));
    if (requestId != null) {
      checked.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
    }
    return checked;
  }

  /**
   * The client's request id (PROCESS-API section 2), checked whole; a start repeating one already used is answered
   * with the first case before anything else is checked, since the first start was.
   */
  private String requestId(Object value, ProcessDefinition definition) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String id) || !StartRequests.FORMAT.matcher(id).matches()) {
      throw Refusal.badInput(StartRequests.REQUEST_ID,
          "requestId: use 1 to 64 letters, digits and hyphens.");
    }
    var first = startRequests.find(id);
    if (first.isPresent()) {
      if (!first.get().processKey().equals(definition.getKey())) {
        throw Refusal.badInput(StartRequests.REQUEST_ID, "requestId: this id was already used for another procedure.");
      }
      throw new Replay(first.get());
    }
    return id;
  }

  /** An administrator's change outside the workers' doors: recorded with who and why in the operation log. */
  private void adminChange(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path,
      Authentication user) throws IOException, ServletException {
    boolean viaCockpit = !isEngineRest(request);
    String reason = request.getHeader(REASON_HEADER);
    if (!viaCockpit && (reason == null || reason.isBlank())) {
      throw Refusal.badInput(REASON_HEADER, "An administrator's change to a case needs the reason in the header "
          + REASON_HEADER + ".");
    }
    if (reason != null && reason.length() > 500) {
      throw Refusal.badInput(REASON_HEADER, "The reason must have at most 500 characters.");
    }
    String annotation = reason == null || reason.isBlank()
        ? "Changed by an administrator in Cockpit (" + request.getMethod() + " " + path + ")" : reason.strip();
    Date started = new Date(ClockUtil.getCurrentTime().getTime() - 1000);
    chain.doFilter(request, response);
    new OperationLogAnnotation(engine.get()).annotate(user.getUserId(), started, annotation);
    LOG.info("Administrative change {} {} ({})", request.getMethod(), path, response.getStatus());
  }

  private static boolean isEngineRest(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + ENGINE_REST + "/");
  }

  private Task visibleTask(String taskId) {
    // the caller's own authorizations: a task they cannot see does not exist for them
    Task task = engine.get().getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw Refusal.notFound("There is no such task among yours.");
    }
    return task;
  }

  private boolean inTaskGroups(String taskId, String userId) {
    ProcessEngine processEngine = engine.get();
    List<String> groups = processEngine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    if (groups.isEmpty()) {
      return false;
    }
    return AsSystem.call(processEngine, () -> groups.stream().anyMatch(group ->
        processEngine.getIdentityService().createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
  }

  private static boolean isQuery(String method, String path) {
    return "POST".equals(method) && QUERIES.stream().anyMatch(p -> p.matcher(path).matches());
  }

  /** The path inside the engine API, e.g. /task/42/complete, or null for a request that is not one. */
  static String enginePath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    if (uri.startsWith(ENGINE_REST + "/")) {
      String rest = uri.substring(ENGINE_REST.length());
      // /engine-rest/engine/{name}/... addresses a named engine
      Matcher named = Pattern.compile("^/engine/[^/]+(/.*)$").matcher(rest);
      return named.matches() ? named.group(1) : rest;
    }
    Matcher webapp = WEBAPP_ENGINE.matcher(uri);
    if (webapp.matches()) {
      return webapp.group(2) == null ? "/" : webapp.group(2);
    }
    return null;
  }

  private static ObjectNode jsonBody(HttpServletRequest request) throws IOException {
    byte[] body = readBody(request);
    String contentType = request.getContentType();
    if (body.length > 0 && (contentType == null || !contentType.toLowerCase().startsWith("application/json"))) {
      throw new Refusal(415, "UnsupportedMediaType", "Content-Type", "Send the request as application/json.");
    }
    return RestBody.object(body);
  }

  private static byte[] readBody(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      throw new Refusal(413, "TooLarge", "body", "The request is too large.");
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw new Refusal(413, "TooLarge", "body", "The request is too large.");
      }
      return body;
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String path, Refusal refusal)
      throws IOException {
    LOG.warn("Refused {} {}: {} {}{}", request.getMethod(), path, refusal.status(), refusal.type(),
        refusal.field() == null ? "" : " (field " + refusal.field() + ")");
    ApiErrors.write(response, refusal.status(), refusal.type(), refusal.field(), refusal.getMessage());
  }

  private static HttpServletRequest withBody(HttpServletRequest request, byte[] body) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
          @Override
          public boolean isFinished() {
            return in.available() == 0;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("blocking reads only");
          }

          @Override
          public int read() {
            return in.read();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
          }
        };
      }

      @Override
      public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
      }

      @Override
      public int getContentLength() {
        return body.length;
      }

      @Override
      public long getContentLengthLong() {
        return body.length;
      }

      @Override
      public String getContentType() {
        return "application/json;charset=UTF-8";
      }

      @Override
      public java.util.Enumeration<String> getHeaders(String name) {
        if ("Content-Length".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name)) {
          return java.util.Collections.enumeration(List.of(getHeader(name)));
        }
        return super.getHeaders(name);
      }

      @Override
      public String getHeader(String name) {
        if ("Content-Length".equalsIgnoreCase(name)) {
          return String.valueOf(body.length);
        }
        if ("Content-Type".equalsIgnoreCase(name)) {
          return getContentType();
        }
        return super.getHeader(name);
      }
    };
  }
}
