package uk.fosteringconcerns.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.delete;
import static uk.fosteringconcerns.app.AppTestSupport.formBody;
import static uk.fosteringconcerns.app.AppTestSupport.post;
import static uk.fosteringconcerns.app.AppTestSupport.put;
import static uk.fosteringconcerns.app.AppTestSupport.request;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.security.WorkerRequestGuard;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.triage.ConcernTriageVariables;
import uk.fosteringconcerns.triage.FormSubmissions;

/**
 * Issue 17: the REST side doors a task holder could use to end or rewrite a case are shut, at both doors of the
 * engine API (/engine-rest and Tasklist's /camunda/api/engine), and each refusal changes nothing. Administrators
 * keep the powers, with the reason recorded in the user operation log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:side-doors-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class RestSideDoorsH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PW = DemoUsers.PASSWORD;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  private ListAppender<ILoggingEvent> guardLog;

  @BeforeEach
  void watchGuardLog() {
    guardLog = new ListAppender<>();
    guardLog.start();
    ((Logger) LoggerFactory.getLogger(WorkerRequestGuard.class)).addAppender(guardLog);
  }

  @AfterEach
  void stopWatching() {
    ((Logger) LoggerFactory.getLogger(WorkerRequestGuard.class)).detachAppender(guardLog);
  }

  // ---- cases at the steps the side doors were tried on ----

  private String raiseConcern() throws Exception {
    HttpResponse<String> started = post(port, "/engine-rest/process-definition/key/concern-triage/start",
        ConcernRequests.startBody(ConcernRequests.validIntake()), "carol", PW);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).path("businessKey").asText();
  }

  private Task open(String caseReference, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    return task;
  }

  private void complete(Task task, String user, Map<String, Object> answers) {
    String form = engine.getTaskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey();
    HttpResponse<String> done = post(port, "/engine-rest/task/" + task.getId() + "/submit-form",
        formBody(FormSubmissions.fill(form, answers)), user, PW);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  /** A case waiting at the initial discussion (children's team manager, statutory). */
  private Task atInitialDiscussion() throws Exception {
    return open(raiseConcern(), ConcernTriageVariables.TASK_INITIAL_DISCUSSION);
  }

  /** A case waiting at the LADO decision. */
  private Task atLadoDecision() throws Exception {
    String reference = raiseConcern();
    complete(open(reference, ConcernTriageVariables.TASK_INITIAL_DISCUSSION), "carol",
        FormSubmissions.answers(ConcernTriageVariables.STANDARDS_OF_CARE_CONCERN, true));
    return open(reference, ConcernTriageVariables.TASK_LADO_DECISION);
  }

  /** A case waiting at the Standards of Care visit. */
  private Task atSocVisit() throws Exception {
    Task decision = atLadoDecision();
    String reference = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(decision.getProcessInstanceId()).singleResult().getBusinessKey();
    complete(decision, "laura", FormSubmissions.answers(ConcernTriageVariables.LADO_DECISION,
        ConcernTriageVariables.STANDARDS_OF_CARE, ConcernTriageVariables.LADO_RATIONALE, "Standards of care"));
    return open(reference, StandardsOfCareVariables.TASK_VISIT_FOSTER_CARER);
  }

  private void assertStillOpen(Task task) {
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .active().count()).as("case still running").isOne();
  }

  private static void assertRefused(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  // ---- the side doors ----

  @Test
  @DisplayName("a BPMN error or escalation thrown on the discussion, the LADO decision or the SoC visit is refused")
  void bpmnErrorsAndEscalations() throws Exception {
    Map<Task, String> holders = Map.of(atInitialDiscussion(), "carol", atLadoDecision(), "laura",
        atSocVisit(), "fiona");
    holders.forEach((task, holder) -> {
      assertRefused(post(port, "/engine-rest/task/" + task.getId() + "/bpmnError",
          "{\"errorCode\":\"CaseClosed\"}", holder, PW), 403);
      assertRefused(post(port, "/engine-rest/task/" + task.getId() + "/bpmnEscalation",
          "{\"escalationCode\":\"Closed\"}", holder, PW), 403);
      assertStillOpen(task);
    });
  }

  @Test
  @DisplayName("a case cannot be started mid-way: start instructions, skipped listeners and modifications are refused")
  void startInstructionsAndModifications() throws Exception {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    String atLado = ConcernRequests.startBody(ConcernRequests.validIntake()).replaceFirst("\\{",
        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_LadoDecision\"}],");
    assertRefused(post(port, "/engine-rest/process-definition/key/concern-triage/start", atLado, "carol", PW), 403);
    String soc = "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_VisitFosterCarer\"}]}";
    assertRefused(post(port, "/engine-rest/process-definition/key/standards-of-care/start", soc, "frank", PW), 403);
    String skip = ConcernRequests.startBody(ConcernRequests.validIntake()).replaceFirst("\\{",
        "{\"skipCustomListeners\":true,");
    assertRefused(post(port, "/engine-rest/process-definition/key/concern-triage/start", skip, "carol", PW), 403);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);

    Task task = atInitialDiscussion();
    long open = engine.getTaskService().createTaskQuery().processInstanceId(task.getProcessInstanceId()).count();
    String modification = "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_LadoDecision\"}]}";
    assertRefused(post(port, "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/modification",
        modification, "carol", PW), 403);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(task.getProcessInstanceId()).count())
        .isEqualTo(open);
  }

  @Test
  @DisplayName("case variables cannot be written past the form: task, local and process-instance variables")
  void variableWrites() throws Exception {
    Task task = atLadoDecision();
    String pi = task.getProcessInstanceId();
    Object receivedOn = engine.getRuntimeService().getVariable(pi, ConcernTriageVariables.RECEIVED_ON);
    String old = "{\"value\":\"2015-01-01T00:00:00.000+0000\",\"type\":\"Date\"}";
    assertRefused(put(port, "/engine-rest/task/" + task.getId() + "/variables/receivedOn", old, "laura", PW), 403);
    assertRefused(post(port, "/engine-rest/task/" + task.getId() + "/variables",
        "{\"modifications\":{\"ladoDecision\":{\"value\":\"BOGUS\"}}}", "laura", PW), 403);
    assertRefused(post(port, "/engine-rest/task/" + task.getId() + "/localVariables",
        "{\"modifications\":{\"ladoDecision\":{\"value\":\"BOGUS\"}}}", "laura", PW), 403);
    assertRefused(put(port, "/engine-rest/process-instance/" + pi + "/variables/ladoDecision",
        "{\"value\":\"BOGUS\"}", "laura", PW), 403);
    assertRefused(delete(port, "/engine-rest/task/" + task.getId() + "/variables/receivedOn", "laura", PW), 403);
    assertThat(engine.getRuntimeService().getVariable(pi, ConcernTriageVariables.RECEIVED_ON)).isEqualTo(receivedOn);
    assertThat(engine.getRuntimeService().getVariable(pi, ConcernTriageVariables.LADO_DECISION)).isNull();
  }

  @Test
  @DisplayName("a statutory task's due and follow-up dates stay; a task is handed only to a member of its groups")
  void datesAndAssignment() throws Exception {
    Task task = atInitialDiscussion();
    JsonNode current = JSON.readTree(AppTestSupport.get(port, "/engine-rest/task/" + task.getId(), "carol", PW)
        .body());
    String moved = ((com.fasterxml.jackson.databind.node.ObjectNode) current.deepCopy())
        .put("due", "2099-12-31T23:59:59.000+0000").toString();
    HttpResponse<String> refused = put(port, "/engine-rest/task/" + task.getId(), moved, "carol", PW);
    assertRefused(refused, 403);
    assertThat(JSON.readTree(refused.body()).path("message").asText()).contains("statutory").doesNotContain("{");
    String followUp = ((com.fasterxml.jackson.databind.node.ObjectNode) current.deepCopy())
        .put("followUp", "2026-12-31T09:00:00.000+0000").toString();
    assertRefused(put(port, "/engine-rest/task/" + task.getId(), followUp, "carol", PW), 403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getDueDate())
        .isEqualTo(task.getDueDate());

    HttpResponse<String> toOutsider = post(port, "/engine-rest/task/" + task.getId() + "/assignee",
        "{\"userId\":\"chris\"}", "carol", PW);
    assertRefused(toOutsider, 400);
    assertThat(JSON.readTree(toOutsider.body()).path("field").asText()).isEqualTo("userId");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    // a colleague in the same group can take it over: that is how cover works
    User colleague = engine.getIdentityService().newUser("cara");
    colleague.setPassword("demo-cara");
    engine.getIdentityService().saveUser(colleague);
    engine.getIdentityService().createMembership("cara", Groups.CHILDRENS_TEAM_MANAGER);
    try {
      assertThat(post(port, "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"cara\"}", "carol", PW)
          .statusCode()).isEqualTo(204);
      assertThat(post(port, "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"cara\"}", "carol", PW)
          .statusCode()).isEqualTo(400);
    } finally {
      engine.getIdentityService().deleteUser("cara");
    }
  }

  @Test
  @DisplayName("deleting, suspending and correlating messages are refused")
  void deletesSuspensionsMessages() throws Exception {
    Task task = atSocVisit();
    assertRefused(delete(port, "/engine-rest/task/" + task.getId(), "fiona", PW), 403);
    assertRefused(delete(port, "/engine-rest/process-instance/" + task.getProcessInstanceId(), "fiona", PW), 403);
    assertRefused(put(port, "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/suspended",
        "{\"suspended\":true}", "fiona", PW), 403);
    String reference = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    assertRefused(post(port, "/engine-rest/message", "{\"messageName\":\"" + StandardsOfCareVariables.MESSAGE_CARER_RESIGNATION
        + "\",\"businessKey\":\"" + reference + "\"}", "fiona", PW), 403);
    assertStillOpen(task);
  }

  @Test
  @DisplayName("permission first: an outsider completing someone else's task gets 404 naming no field and no value")
  void permissionBeforeValidation() throws Exception {
    Task task = atLadoDecision();
    for (String body : List.of("{}", "{\"variables\":{}}", "not json", "{\"variables\":{\"ladoDecision\":{\"value\":1}}}")) {
      HttpResponse<String> refused = post(port, "/engine-rest/task/" + task.getId() + "/complete", body, "chris", PW);
      assertRefused(refused, 404);
      assertThat(refused.body()).doesNotContain("field").doesNotContain("ladoDecision").doesNotContain("ladoRationale")
          .doesNotContain("receivedOn");
    }
    assertStillOpen(task);
  }

  @Test
  @DisplayName("an escalation is raised by a person: only an IRO starts above stage 0, and no made-up missed-deadline fields")
  void escalationStartedByPeople() throws Exception {
    String body = """
        {"variables": {"subject": {"value": "Plan drifting", "type": "String"},
          "raisedByGroup": {"value": "%s", "type": "String"},
          "startStage": {"value": 4, "type": "Integer"}}}""";
    HttpResponse<String> byWorker = post(port, "/engine-rest/process-definition/key/escalation/start",
        body.formatted("childrens-social-worker"), "chris", PW);
    assertRefused(byWorker, 400);
    assertThat(JSON.readTree(byWorker.body()).path("field").asText()).isEqualTo("startStage");
    HttpResponse<String> madeUp = post(port, "/engine-rest/process-definition/key/escalation/start",
        body.formatted("iro").replace("\"startStage\"",
            "\"overdueTaskName\": {\"value\": \"Invented\"}, \"startStage\""), "ian", PW);
    assertRefused(madeUp, 400);
    assertThat(JSON.readTree(madeUp.body()).path("field").asText()).isEqualTo("overdueTaskName");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalation").count())
        .isZero();
    assertThat(post(port, "/engine-rest/process-definition/key/escalation/start", body.formatted("iro"), "ian", PW)
        .statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("an administrator keeps the powers, with who and why in the user operation log")
  void administratorsWithReason() throws Exception {
    Task task = atInitialDiscussion();
    HttpResponse<String> noReason = post(port, "/engine-rest/task/" + task.getId() + "/bpmnError",
        "{\"errorCode\":\"x\"}", "admin", PW);
    assertRefused(noReason, 400);
    assertThat(JSON.readTree(noReason.body()).path("field").asText()).isEqualTo(WorkerRequestGuard.REASON_HEADER);

    Date before = new Date(System.currentTimeMillis() - 2000);
    HttpResponse<String> moved = request(port, "PUT", "/engine-rest/task/" + task.getId() + "/variables/discussionNotes",
        "{\"value\":\"Corrected by the administrator\",\"type\":\"String\"}", "admin", PW,
        "Content-Type", "application/json", WorkerRequestGuard.REASON_HEADER, "Typo reported by the team manager");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
    List<UserOperationLogEntry> entries = engine.getHistoryService().createUserOperationLogQuery().userId("admin")
        .afterTimestamp(before).list().stream()
        .filter(e -> !UserOperationLogEntry.OPERATION_TYPE_SET_ANNOTATION.equals(e.getOperationType())).toList();
    assertThat(entries).isNotEmpty().allSatisfy(entry ->
        assertThat(entry.getAnnotation()).isEqualTo("Typo reported by the team manager"));
  }

  @Test
  @DisplayName("Tasklist's door (/camunda/api/engine) is guarded by the same mechanism")
  void tasklistDoor() throws Exception {
    Task task = atInitialDiscussion();
    WebappSession carol = WebappSession.login(port, "carol", PW);
    String api = WebappSession.ENGINE_API;
    assertRefused(carol.json("POST", api + "/task/" + task.getId() + "/bpmnError", "{\"errorCode\":\"x\"}"), 403);
    assertRefused(carol.json("PUT", api + "/task/" + task.getId() + "/variables/receivedOn",
        "{\"value\":\"2015-01-01T00:00:00.000+0000\",\"type\":\"Date\"}"), 403);
    Map<String, Object> values = FormSubmissions.fill("initial-discussion",
        FormSubmissions.answers(ConcernTriageVariables.HARMED_CHILD, "perhaps"));
    HttpResponse<String> bad = carol.json("POST", api + "/task/" + task.getId() + "/submit-form", formBody(values));
    assertRefused(bad, 400);
    assertThat(JSON.readTree(bad.body()).path("field").asText()).isEqualTo(ConcernTriageVariables.HARMED_CHILD);
    assertStillOpen(task);
    HttpResponse<String> good = carol.json("POST", api + "/task/" + task.getId() + "/submit-form",
        formBody(FormSubmissions.fill("initial-discussion", Map.of())));
    assertThat(good.statusCode()).as(good.body()).isEqualTo(204);
  }

  @Test
  @DisplayName("a refused completion is one WARN line, without a stack trace and without the value")
  void oneWarnLine() throws Exception {
    Task task = atInitialDiscussion();
    Map<String, Object> values = FormSubmissions.fill("initial-discussion",
        FormSubmissions.answers(ConcernTriageVariables.DISCUSSION_NOTES, "x".repeat(5000) + "SECRET-NOTE"));
    assertRefused(post(port, "/engine-rest/task/" + task.getId() + "/complete", formBody(values), "carol", PW), 400);
    assertThat(guardLog.list).hasSize(1);
    ILoggingEvent line = guardLog.list.get(0);
    assertThat(line.getLevel()).isEqualTo(Level.WARN);
    assertThat(line.getThrowableProxy()).isNull();
    assertThat(line.getFormattedMessage()).contains("400").contains(ConcernTriageVariables.DISCUSSION_NOTES)
        .doesNotContain("SECRET").doesNotContain("\n");
  }
}
