package uk.fosteringconcerns.standardsofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * The whole app on the Dudley profile: a fostering manager starts Standards of Care directly over REST (seed 001 4.1),
 * the visit counting from receiving the information (seed 001 4.2); other groups are refused and nothing starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:dudley-direct-start-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "fostering.procedure-profile=dudley"})
@ActiveProfiles({"demo", "test"})
class DudleyDirectStartH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SOC = "/engine-rest/process-definition/key/standards-of-care/start";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  Deadlines deadlines;

  @Test
  @DisplayName("seed 001 4.1-4.2: the fostering manager starts it (granted at start-up), the visit is due 5 working days after the information came in; a child's social worker is refused")
  void fosteringManagerStartsDirectly() throws Exception {
    assertThat(engine.getAuthorizationService().isUserAuthorized("frank", java.util.List.of("fostering-manager"),
        Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "standards-of-care")).isTrue();
    LocalDate received = LocalDate.now(Deadlines.LONDON).minusDays(1);
    String intake = TasklistBodies.socIntake(received + "T09:00:00.000+0000");
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("standards-of-care").count();
    // a group without the grant cannot even see the procedure: refused before the form is read (the guard's 404)
    HttpResponse<String> refused = post(port, SOC, intake, "chris", DemoUsers.PASSWORD);
    assertThat(refused.statusCode()).as(refused.body()).isIn(403, 404);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("standards-of-care").count()).isEqualTo(before);

    HttpResponse<String> started = post(port, SOC, intake, "frank", DemoUsers.PASSWORD);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode instance = JSON.readTree(started.body());
    assertThat(instance.path("businessKey").asText()).matches("CC-\\d{4}-\\d{5}");
    Task visit = engine.getTaskService().createTaskQuery().processInstanceId(instance.path("id").asText())
        .taskDefinitionKey("Task_VisitFosterCarer").singleResult();
    assertThat(Deadlines.toLocalDate(visit.getDueDate()))
        .isEqualTo(Deadlines.toLocalDate(deadlines.after("SOC_VISIT", received)));
  }

  @Test
  @DisplayName("seed 000 section 2 / 001 4.1: moving an installation to a profile without direct starts takes the grant back (idempotent both ways)")
  void grantFollowsTheProfile() {
    java.util.List<String> groups = java.util.List.of("fostering-manager");
    SocDirectStartAccess.apply(engine.getAuthorizationService(), false);
    SocDirectStartAccess.apply(engine.getAuthorizationService(), false);
    assertThat(engine.getAuthorizationService().isUserAuthorized("frank", groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "standards-of-care")).isFalse();
    assertThat(engine.getAuthorizationService().isUserAuthorized("frank", groups, Permissions.READ,
        Resources.PROCESS_DEFINITION, "standards-of-care")).isTrue();
    SocDirectStartAccess.apply(engine.getAuthorizationService(), true);
    SocDirectStartAccess.apply(engine.getAuthorizationService(), true);
    assertThat(engine.getAuthorizationService().isUserAuthorized("frank", groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "standards-of-care")).isTrue();
  }

  /** REST bodies of the soc-intake start form. */
  static final class TasklistBodies {
    static String socIntake(String receivedOn) {
      return "{\"variables\":{\"receivedOn\":{\"value\":\"" + receivedOn + "\",\"type\":\"Date\"},"
          + "\"carerId\":{\"value\":\"FC-DUD-1\",\"type\":\"String\"},"
          + "\"carerName\":{\"value\":\"Test Carer\",\"type\":\"String\"},"
          + "\"childId\":{\"value\":\"CH-DUD-1\",\"type\":\"String\"},"
          + "\"concernSummary\":{\"value\":\"Placeholder concern\",\"type\":\"String\"},"
          + "\"raisedBy\":{\"value\":\"anonymous\",\"type\":\"String\"}}}";
    }
  }
}
