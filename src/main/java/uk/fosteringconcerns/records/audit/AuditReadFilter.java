package uk.fosteringconcerns.records.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Audits every read of a case's variables over the engine's REST API, whether a client calls {@code /engine-rest}
 * or Tasklist and Cockpit call it under {@code /camunda/api/engine/engine/<engine>} (PROCESS-API section 10):
 * task form variables, task, process instance and execution variables, and the variable-instance and history
 * queries. The entry names the task, the case and the variable NAMES read, never a value. A read refused by the
 * engine's authorizations (403) is audited as refused. Reads of the reports ({@code /api/reports}, {@code /api/work})
 * are audited too.
 *
 * <p>The answer is held back until the read is recorded: if the audit cannot be written, the caller gets a 503 and
 * not the data.
 */
public class AuditReadFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AuditReadFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final Pattern TASK =
      Pattern.compile("^/task/([^/]+)/(form-variables|variables|localVariables)(?:/([^/]+))?(?:/data)?$");
  static final Pattern PROCESS_INSTANCE = Pattern.compile("^/process-instance/([^/]+)/variables(?:/([^/]+))?(?:/data)?$");
  static final Pattern EXECUTION = Pattern.compile("^/execution/([^/]+)/localVariables(?:/([^/]+))?(?:/data)?$");
  static final Pattern QUERY =
      Pattern.compile("^/(variable-instance|history/variable-instance|history/detail)(?:/([^/]+)(?:/data)?)?$");
  static final Pattern REPORT = Pattern.compile("^/api/(reports|work)(/.*)?$");

  private final Supplier<ProcessEngine> engine;
  private final AuditTrail trail;
  private final String webappPath;

  public AuditReadFilter(Supplier<ProcessEngine> engine, AuditTrail trail, String webappPath) {
    this.engine = engine;
    this.trail = trail;
    this.webappPath = webappPath.endsWith("/") ? webappPath.substring(0, webappPath.length() - 1) : webappPath;
  }

  /** A read this filter audits: which API path, relative to the engine API's root. */
  record Read(String apiPath, boolean report) {}

  Read match(HttpServletRequest request) {
    String method = request.getMethod();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (REPORT.matcher(path).matches()) {
      return "GET".equals(method) ? new Read(path, true) : null;
    }
    String api = null;
    if (path.startsWith("/engine-rest/")) {
      api = path.substring("/engine-rest".length());
    } else if (path.startsWith(webappPath + "/api/engine/engine/")) {
      String rest = path.substring((webappPath + "/api/engine/engine/").length());
      int slash = rest.indexOf('/');
      api = slash < 0 ? null : rest.substring(slash);
    }
    if (api == null) {
      return null;
    }
    boolean get = "GET".equals(method);
    if (get && (TASK.matcher(api).matches() || PROCESS_INSTANCE.matcher(api).matches()
        || EXECUTION.matcher(api).matches())) {
      return new Read(api, false);
    }
    if ((get || "POST".equals(method)) && QUERY.matcher(api).matches()) {
      return new Read(api, false);
    }
    return null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Read read = match(request);
    if (read == null) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    String user = user(request);
    int status = wrapper.getStatus();
    List<AuditEntry> entries;
    try {
      entries = user == null ? List.of() : entries(read, request, user, status, wrapper);
      trail.append(entries);
    } catch (RuntimeException e) {
      LOG.error("A read could not be recorded in the audit trail; the answer was withheld ({})",
          e.getClass().getSimpleName());
      response.reset();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType("application/json");
      response.setHeader("Cache-Control", "no-store");
      response.getOutputStream().write(("{\"type\":\"AuditUnavailable\",\"message\":"
          + "\"The read could not be recorded in the audit trail; try again later\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    wrapper.copyBodyToResponse();
  }

  private List<AuditEntry> entries(Read read, HttpServletRequest request, String user, int status,
      ContentCachingResponseWrapper response) {
    boolean ok = status >= 200 && status < 300;
    boolean refused = status == HttpServletResponse.SC_FORBIDDEN;
    if (!ok && !refused) {
      return List.of();
    }
    if (read.report()) {
      String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
      return List.of(new AuditEntry(user, ok ? AuditEntry.READ : AuditEntry.REFUSED,
          ok ? "report read" : "report read refused", null, null, null, read.apiPath() + query));
    }
    String api = read.apiPath();
    Matcher task = TASK.matcher(api);
    if (task.matches()) {
      String what = "form-variables".equals(task.group(2)) ? "task form variables read" : "task variables read";
      return List.of(taskEntry(user, ok, what, task.group(1), names(task.group(3), response, ok)));
    }
    Matcher processInstance = PROCESS_INSTANCE.matcher(api);
    if (processInstance.matches()) {
      return List.of(instanceEntry(user, ok, "process variables read", processInstance.group(1),
          names(processInstance.group(2), response, ok)));
    }
    Matcher execution = EXECUTION.matcher(api);
    if (execution.matches()) {
      String processInstanceId = system(() -> {
        Execution found = engine.get().getRuntimeService().createExecutionQuery()
            .executionId(execution.group(1)).singleResult();
        return found == null ? null : found.getProcessInstanceId();
      });
      return List.of(instanceEntry(user, ok, "execution variables read", processInstanceId,
          names(execution.group(2), response, ok)));
    }
    if (!ok) {
      return List.of(new AuditEntry(user, AuditEntry.REFUSED, "variables read refused", null, null, null, api));
    }
    return queryEntries(user, api, response);
  }

  private AuditEntry taskEntry(String user, boolean ok, String what, String taskId, Set<String> names) {
    Task task = system(() -> engine.get().getTaskService().createTaskQuery().taskId(taskId).singleResult());
    String processInstanceId = task == null ? null : task.getProcessInstanceId();
    String caseReference = caseReferenceOf(processInstanceId);
    StringBuilder detail = new StringBuilder("task ");
    detail.append(task == null ? taskId : task.getTaskDefinitionKey() + " \"" + task.getName() + "\"");
    if (!names.isEmpty()) {
      detail.append("; variables: ").append(String.join(", ", names));
    }
    return new AuditEntry(user, ok ? AuditEntry.READ : AuditEntry.REFUSED, ok ? what : what + " refused",
        caseReference, processInstanceId, taskId, detail.toString());
  }

  private AuditEntry instanceEntry(String user, boolean ok, String what, String processInstanceId,
      Set<String> names) {
    return new AuditEntry(user, ok ? AuditEntry.READ : AuditEntry.REFUSED, ok ? what : what + " refused",
        caseReferenceOf(processInstanceId), processInstanceId, null,
        names.isEmpty() ? null : "variables: " + String.join(", ", names));
  }

  /** One entry per process instance whose variables the query returned. */
  private List<AuditEntry> queryEntries(String user, String api, ContentCachingResponseWrapper response) {
    JsonNode body = body(response);
    Matcher query = QUERY.matcher(api);
    if (body == null && query.matches() && query.group(2) != null) {
      // a variable's binary value (…/{id}/data): the variable instance tells its name and process instance
      String variableId = query.group(2);
      org.camunda.bpm.engine.history.HistoricVariableInstance variable = system(() -> engine.get().getHistoryService()
          .createHistoricVariableInstanceQuery().variableId(variableId).disableBinaryFetching()
          .disableCustomObjectDeserialization().singleResult());
      if (variable == null) {
        return List.of(new AuditEntry(user, AuditEntry.READ, "variables read", null, null, null, api));
      }
      return List.of(new AuditEntry(user, AuditEntry.READ, "variables read",
          caseReferenceOf(variable.getProcessInstanceId()), variable.getProcessInstanceId(), null,
          "variables: " + variable.getName() + " (" + api + ")"));
    }
    if (body == null) {
      return List.of();
    }
    Map<String, Set<String>> byInstance = new LinkedHashMap<>();
    for (JsonNode item : body.isArray() ? body : List.of(body)) {
      String processInstanceId = item.path("processInstanceId").asText(null);
      String name = item.hasNonNull("name") ? item.path("name").asText() : item.path("variableName").asText(null);
      if (processInstanceId != null && name != null) {
        byInstance.computeIfAbsent(processInstanceId, id -> new TreeSet<>()).add(name);
      }
    }
    List<AuditEntry> entries = new ArrayList<>();
    byInstance.forEach((processInstanceId, names) -> entries.add(new AuditEntry(user, AuditEntry.READ,
        "variables read", caseReferenceOf(processInstanceId), processInstanceId, null,
        "variables: " + String.join(", ", names) + " (" + api.replaceAll("/[^/]+/data$", "") + ")")));
    return entries;
  }

  /** The variable names read: the one in the path, or the keys of the JSON object answered. */
  private static Set<String> names(String fromPath, ContentCachingResponseWrapper response, boolean ok) {
    Set<String> names = new TreeSet<>();
    if (fromPath != null) {
      names.add(java.net.URLDecoder.decode(fromPath, StandardCharsets.UTF_8));
      return names;
    }
    if (!ok) {
      return names;
    }
    JsonNode body = body(response);
    if (body != null && body.isObject()) {
      for (Iterator<String> fields = body.fieldNames(); fields.hasNext(); ) {
        names.add(fields.next());
      }
    }
    return names;
  }

  private static JsonNode body(ContentCachingResponseWrapper response) {
    String type = response.getContentType();
    if (type == null || !type.contains("json")) {
      return null;
    }
    try {
      return JSON.readTree(response.getContentAsByteArray());
    } catch (IOException e) {
      return null;
    }
  }

  private String caseReferenceOf(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    HistoricProcessInstance instance = system(() -> engine.get().getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
    return instance == null ? null : instance.getBusinessKey();
  }

  /** The user: set by the REST authentication filter, or the Camunda webapp session (Tasklist, Cockpit). */
  private String user(HttpServletRequest request) {
    Authentication authentication = engine.get().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    for (UserAuthentication candidate : authentications.getAuthentications()) {
      if (candidate.getName() != null) {
        return candidate.getName();
      }
    }
    return null;
  }

  private <T> T system(Supplier<T> work) {
    return uk.fosteringconcerns.records.AsSystem.run(engine.get(), work);
  }
}
