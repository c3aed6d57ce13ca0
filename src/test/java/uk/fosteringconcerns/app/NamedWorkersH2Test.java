package uk.fosteringconcerns.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.get;
import static uk.fosteringconcerns.app.AppTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.allocation.CaseWorkers;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.triage.ConcernTriageVariables;
import uk.fosteringconcerns.triage.FormSubmissions;

/**
 * PROCESS-API section 6 through the running application, as the users do it over REST (Tasklist's calls): the
 * supervising social worker named at intake gets the Standards of Care visit; a fostering manager moves it to a
 * colleague with the case-allocation start form; a name outside the group is refused naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:named-workers-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class NamedWorkersH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PW = DemoUsers.PASSWORD;

  @LocalServerPort
  int port;

  private JsonNode open(String reference, String taskKey, String asUser) throws Exception {
    JsonNode tasks = JSON.readTree(get(port, "/engine-rest/task?processInstanceBusinessKey=" + reference
        + "&taskDefinitionKey=" + taskKey, asUser, PW).body());
    return tasks.size() == 0 ? null : tasks.get(0);
  }

  private void complete(JsonNode task, String user, Map<String, Object> answers) throws Exception {
    String form = formKeyOf(task.path("id").asText());
    var done = post(port, "/engine-rest/task/" + task.path("id").asText() + "/submit-form",
        AppTestSupport.formBody(FormSubmissions.fill(form, answers)), user, PW);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  private String formKeyOf(String taskId) throws Exception {
    return JSON.readTree(get(port, "/engine-rest/task/" + taskId + "/form", "admin", PW).body()).path("camundaFormRef")
        .path("key").asText();
  }

  private String allocate(String user, Map<String, Object> names) {
    return post(port, "/engine-rest/process-definition/key/" + CaseWorkers.PROCESS_KEY + "/submit-form",
        AppTestSupport.formBody(names), user, PW).statusCode() + "";
  }

  @Test
  @DisplayName("PROCESS-API 6: felix named at intake gets the SoC visit; frank moves it to fiona; chris is not a supervising social worker")
  void namedAtIntakeThenReallocated() throws Exception {
    var started = post(port, "/engine-rest/process-definition/key/concern-triage/start",
        ConcernRequests.startBody(ConcernRequests.validIntake().with(CaseWorkers.FOSTERING_SOCIAL_WORKER, "felix",
            "String")), "carol", PW);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String reference = JSON.readTree(started.body()).path("businessKey").asText();

    complete(open(reference, ConcernTriageVariables.TASK_INITIAL_DISCUSSION, "carol"), "carol",
        FormSubmissions.answers(ConcernTriageVariables.STANDARDS_OF_CARE_CONCERN, true));
    complete(open(reference, ConcernTriageVariables.TASK_LADO_DECISION, "laura"), "laura",
        FormSubmissions.answers(ConcernTriageVariables.LADO_DECISION, ConcernTriageVariables.STANDARDS_OF_CARE));

    JsonNode visit = open(reference, StandardsOfCareVariables.TASK_VISIT_FOSTER_CARER, "felix");
    assertThat(visit).isNotNull();
    assertThat(visit.path("assignee").asText()).isEqualTo("felix");
    // in felix's "My tasks"; fiona still sees it in her team's list (to cover), but it is not hers
    assertThat(JSON.readTree(get(port, "/engine-rest/task?assignee=felix&processInstanceBusinessKey=" + reference,
        "felix", PW).body())).hasSize(1);
    assertThat(JSON.readTree(get(port, "/engine-rest/task?assignee=fiona&processInstanceBusinessKey=" + reference,
        "fiona", PW).body())).isEmpty();
    assertThat(open(reference, StandardsOfCareVariables.TASK_VISIT_FOSTER_CARER, "fiona")).isNotNull();

    // a name outside the group is refused, naming the field, and nothing moves
    var refused = post(port, "/engine-rest/process-definition/key/" + CaseWorkers.PROCESS_KEY + "/submit-form",
        AppTestSupport.formBody(Map.of(CaseWorkers.CASE_REFERENCE, reference, CaseWorkers.FOSTERING_SOCIAL_WORKER,
            "chris")), "frank", PW);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains(CaseWorkers.FOSTERING_SOCIAL_WORKER).doesNotContain("chris");
    // a worker may not reallocate
    assertThat(allocate("felix", Map.of(CaseWorkers.CASE_REFERENCE, reference, CaseWorkers.FOSTERING_SOCIAL_WORKER,
        "fiona"))).isIn("403", "404");
    assertThat(open(reference, StandardsOfCareVariables.TASK_VISIT_FOSTER_CARER, "felix").path("assignee").asText())
        .isEqualTo("felix");

    // the fostering manager reallocates: the open visit moves to fiona
    assertThat(allocate("frank", Map.of(CaseWorkers.CASE_REFERENCE, reference, CaseWorkers.FOSTERING_SOCIAL_WORKER,
        "fiona"))).isEqualTo("200");
    assertThat(open(reference, StandardsOfCareVariables.TASK_VISIT_FOSTER_CARER, "fiona").path("assignee").asText())
        .isEqualTo("fiona");
  }
}
