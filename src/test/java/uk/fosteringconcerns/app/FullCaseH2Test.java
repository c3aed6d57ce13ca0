package uk.fosteringconcerns.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.get;
import static uk.fosteringconcerns.app.AppTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.triage.ConcernTriageVariables;
import uk.fosteringconcerns.triage.FormSubmissions;

/**
 * One full allegation case through the running application over REST, each step done by a user of the task's
 * group, the way Tasklist submits its forms (issue 4, item 5; seeds 001 4.1, 004 LADO flowchart, 002).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:full-case-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class FullCaseH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  /** What each step answers beyond a plausible filling of its form. */
  private static final Map<String, Map<String, Object>> ANSWERS = Map.of(
      ConcernTriageVariables.TASK_INITIAL_DISCUSSION, FormSubmissions.answers(ConcernTriageVariables.HARMED_CHILD, true),
      ConcernTriageVariables.TASK_LADO_DECISION, FormSubmissions.answers(ConcernTriageVariables.LADO_DECISION,
          ConcernTriageVariables.ALLEGATION, ConcernTriageVariables.LADO_RATIONALE, "Threshold met"),
      AllegationVariables.TASK_POST_ALLEGATION_MEETING, FormSubmissions.answers(AllegationVariables.INVESTIGATION_CONCLUDED, true,
          AllegationVariables.ALLEGATION_OUTCOME, AllegationVariables.SUBSTANTIATED,
          AllegationVariables.OUTCOME_RATIONALE, "Evidence found"),
      AllegationVariables.TASK_EVALUATION_MEETING_DECISION, FormSubmissions.answers(AllegationVariables.EVALUATION_MEETING_REQUIRED, true));

  @Test
  @DisplayName("a substantiated allegation from intake to LADO closure, each task done by its own group over REST")
  void fullAllegationCase() throws Exception {
    String yesterday = LocalDate.now().minusDays(1) + "T09:00:00.000+0000";
    var started = post(port, "/engine-rest/process-definition/key/concern-triage/start",
        ConcernRequests.startBody(ConcernRequests.validIntake().with("receivedOn", yesterday, "Date")),
        "carol", DemoUsers.PASSWORD);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String caseReference = JSON.readTree(started.body()).path("businessKey").asText();
    assertThat(caseReference).matches("CC-\\d{4}-\\d{5}");

    List<String> done = new ArrayList<>();
    for (int step = 0; step < 40; step++) {
      List<JsonNode> open = openTasks(caseReference);
      if (open.isEmpty()) {
        break;
      }
      JsonNode task = open.get(0);
      String taskId = task.path("id").asText();
      String key = task.path("taskDefinitionKey").asText();
      String group = candidateGroup(taskId);
      String user = userOf(group);
      String outsider = Groups.LADO.equals(group) ? "chris" : "laura";

      // the right user sees it; a user of another group neither sees nor completes it
      assertThat(taskIds(get(port, "/engine-rest/task?processInstanceBusinessKey=" + caseReference, user,
          DemoUsers.PASSWORD).body())).as(key + " for " + user).contains(taskId);
      assertThat(taskIds(get(port, "/engine-rest/task?processInstanceBusinessKey=" + caseReference, outsider,
          DemoUsers.PASSWORD).body())).as(key + " hidden from " + outsider).doesNotContain(taskId);

      String formId = JSON.readTree(get(port, "/engine-rest/task/" + taskId + "/form", user, DemoUsers.PASSWORD)
          .body()).path("camundaFormRef").path("key").asText();
      Map<String, Object> values = FormSubmissions.fill(formId, ANSWERS.getOrDefault(key, Map.of()));
      var submitted = post(port, "/engine-rest/task/" + taskId + "/submit-form", AppTestSupport.formBody(values), user,
          DemoUsers.PASSWORD);
      assertThat(submitted.statusCode()).as(key + ": " + submitted.body()).isEqualTo(204);
      done.add(key);
    }

    assertThat(done).startsWith(ConcernTriageVariables.TASK_INITIAL_DISCUSSION, ConcernTriageVariables.TASK_LADO_DECISION, AllegationVariables.TASK_INITIAL_EVALUATION_MEETING,
        AllegationVariables.TASK_POST_ALLEGATION_MEETING);
    assertThat(done).contains(AllegationVariables.TASK_EVALUATION_MEETING_DECISION, AllegationVariables.TASK_FOSTERING_PANEL, AllegationVariables.TASK_AGENCY_DECISION)
        .endsWith(AllegationVariables.TASK_LADO_CLOSURE);
    List<HistoricProcessInstance> cases = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).list();
    assertThat(cases).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .contains("concern-triage", "management-of-allegations");
    assertThat(cases).allMatch(c -> c.getEndTime() != null);
  }

  @Test
  @DisplayName("a task completion with a missing required field is refused with 400 naming it, and the task stays open")
  void badCompletionIsRefused() throws Exception {
    var started = post(port, "/engine-rest/process-definition/key/concern-triage/start",
        ConcernRequests.startBody(ConcernRequests.validIntake()), "carol", DemoUsers.PASSWORD);
    String caseReference = JSON.readTree(started.body()).path("businessKey").asText();
    List<String> before = openTasks(caseReference).stream().map(t -> t.path("id").asText()).toList();
    String taskId = openTasks(caseReference).stream()
        .filter(t -> ConcernTriageVariables.TASK_INITIAL_DISCUSSION.equals(t.path("taskDefinitionKey").asText()))
        .findFirst().orElseThrow().path("id").asText();
    Map<String, Object> values = FormSubmissions.fill("initial-discussion" /* form of Task_InitialDiscussion */,
        FormSubmissions.answers(ConcernTriageVariables.HARMED_CHILD, null));
    var refused = post(port, "/engine-rest/task/" + taskId + "/complete", AppTestSupport.formBody(values), "carol", DemoUsers.PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains(ConcernTriageVariables.HARMED_CHILD);
    var refusedForm = post(port, "/engine-rest/task/" + taskId + "/submit-form", AppTestSupport.formBody(values), "carol",
        DemoUsers.PASSWORD);
    assertThat(refusedForm.statusCode()).isEqualTo(400);
    assertThat(openTasks(caseReference)).extracting(t -> t.path("id").asText())
        .containsExactlyInAnyOrderElementsOf(before).contains(taskId);
  }

  private List<JsonNode> openTasks(String caseReference) throws Exception {
    List<JsonNode> tasks = new ArrayList<>();
    JSON.readTree(get(port, "/engine-rest/task?processInstanceBusinessKey=" + caseReference
        + "&sortBy=created&sortOrder=asc", "admin", DemoUsers.PASSWORD).body()).forEach(tasks::add);
    return tasks;
  }

  private String candidateGroup(String taskId) throws Exception {
    for (JsonNode link : JSON.readTree(get(port, "/engine-rest/task/" + taskId + "/identity-links", "admin",
        DemoUsers.PASSWORD).body())) {
      if ("candidate".equals(link.path("type").asText()) && link.hasNonNull("groupId")) {
        return link.path("groupId").asText();
      }
    }
    throw new AssertionError("Task " + taskId + " has no candidate group");
  }

  private static String userOf(String group) {
    return DemoUsers.USERS.entrySet().stream().filter(e -> e.getValue().equals(group)).map(Map.Entry::getKey)
        .findFirst().orElseThrow();
  }

  private static List<String> taskIds(String json) throws Exception {
    List<String> ids = new ArrayList<>();
    JSON.readTree(json).forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }
}
