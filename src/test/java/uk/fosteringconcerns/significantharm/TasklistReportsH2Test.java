package uk.fosteringconcerns.significantharm;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.get;
import static uk.fosteringconcerns.app.AppTestSupport.post;
import static uk.fosteringconcerns.app.AppTestSupport.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.app.ConcernRequests;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.resignation.CarerResignationVariables;
import uk.fosteringconcerns.standardsofcare.SocDirectStartRule;

/**
 * The whole app over REST, as Tasklist and integrations call it (PROCESS-API section 7, default Dorset profile): a
 * worker reports significant harm on an open case (seed 000 3.10), the fostering team records a carer's resignation
 * (seed 001 5.3); wrong groups get 403, bad references and carers 400 naming the field, and nothing starts. A direct
 * Standards of Care start is refused under the Dorset guidance (seed 000 section 2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:tasklist-reports-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class TasklistReportsH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PW = DemoUsers.PASSWORD;
  private static final String HARM = "/engine-rest/process-definition/key/significant-harm-report/start";
  private static final String RESIGN = "/engine-rest/process-definition/key/carer-resignation/start";
  private static final String SOC = "/engine-rest/process-definition/key/standards-of-care/start";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  static String earlier() {
    return ZonedDateTime.now(ZoneOffset.UTC).minusHours(2)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
  }

  static String body(Object... nameValueType) {
    ObjectNode variables = JSON.createObjectNode();
    for (int i = 0; i < nameValueType.length; i += 3) {
      ObjectNode v = variables.putObject((String) nameValueType[i]);
      v.putPOJO("value", nameValueType[i + 1]);
      v.put("type", (String) nameValueType[i + 2]);
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  String raiseConcern(String carerId) throws Exception {
    HttpResponse<String> raised = post(port, "/engine-rest/process-definition/key/concern-triage/start",
        ConcernRequests.startBody(ConcernRequests.validIntake().with("carerId", carerId, "String")), "carol", PW);
    assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
    return JSON.readTree(raised.body()).path("businessKey").asText();
  }

  long started(String processKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  static String field(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).path("field").asText();
  }

  @Test
  @DisplayName("seed 000 3.10: the child's social worker reports significant harm on an open case from Tasklist; the referral and the LADO's decision follow on the case")
  void reportSignificantHarm() throws Exception {
    String reference = raiseConcern("FC-H2-HARM");
    HttpResponse<String> reported = post(port, HARM, body("caseReference", reference, "String",
        "harmDescription", "Placeholder: new information", "String", "reportedOn", earlier(), "Date"), "chris", PW);
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
    JsonNode instance = JSON.readTree(reported.body());
    assertThat(instance.path("businessKey").asText()).isEqualTo(reference);

    // the child's social worker sees the referral in Tasklist; the LADO the decision (both on the case reference)
    HttpResponse<String> mine = get(port, "/engine-rest/task?processInstanceBusinessKey=" + reference
        + "&taskDefinitionKey=Task_MakeSafeguardingReferral", "chris", PW);
    assertThat(JSON.readTree(mine.body())).hasSize(1);
    HttpResponse<String> lado = get(port, "/engine-rest/task?processInstanceId=" + instance.path("id").asText()
        + "&taskDefinitionKey=Task_LadoDecision", "laura", PW);
    assertThat(JSON.readTree(lado.body())).hasSize(1);
    // another worker group may report too (PROCESS-API section 7: every worker group)
    HttpResponse<String> byPanel = post(port, HARM, body("caseReference", reference, "String",
        "harmDescription", "Placeholder: more", "String", "reportedOn", earlier(), "Date"), "pat", PW);
    assertThat(byPanel.statusCode()).as(byPanel.body()).isEqualTo(200);
  }

  @Test
  @DisplayName("PROCESS-API section 7: an unknown or malformed case reference, or a future date, is a 400 naming the field; nothing starts")
  void significantHarmRefusals() throws Exception {
    long before = started("significant-harm-report");
    HttpResponse<String> unknown = post(port, HARM, body("caseReference", "CC-2026-99999", "String",
        "harmDescription", "x", "String", "reportedOn", earlier(), "Date"), "chris", PW);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(field(unknown)).isEqualTo("caseReference");
    assertThat(unknown.body()).doesNotContain("CC-2026-99999");
    HttpResponse<String> malformed = post(port, HARM, body("caseReference", "CC-26-1", "String",
        "harmDescription", "x", "String", "reportedOn", earlier(), "Date"), "chris", PW);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(field(malformed)).isEqualTo("caseReference");
    String reference = raiseConcern("FC-H2-FUTURE");
    HttpResponse<String> future = post(port, HARM, body("caseReference", reference, "String",
        "harmDescription", "x", "String", "reportedOn", "2030-12-01T10:00:00.000+0000", "Date"), "chris", PW);
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(field(future)).isEqualTo("reportedOn");
    assertThat(started("significant-harm-report")).isEqualTo(before);
  }

  @Test
  @DisplayName("seed 001 5.3: the supervising social worker records a resignation; the child's social worker may not; a carer without an open concern or a second notice is a 400 naming carerId")
  void recordResignation() throws Exception {
    long before = started(CarerResignationVariables.PROCESS_KEY);
    String reference = raiseConcern("FC-H2-RESIGN");
    String resignation = body("carerId", "FC-H2-RESIGN", "String", "resignationReceivedOn", earlier(), "Date");
    // a group without the grant cannot even see the procedure: refused before the form is read (the guard's 404)
    HttpResponse<String> wrongGroup = post(port, RESIGN, resignation, "chris", PW);
    assertThat(wrongGroup.statusCode()).as(wrongGroup.body()).isIn(403, 404);
    assertThat(started(CarerResignationVariables.PROCESS_KEY)).isEqualTo(before);

    HttpResponse<String> recorded = post(port, RESIGN, resignation, "fiona", PW);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(
        JSON.readTree(recorded.body()).path("id").asText()).count()).isOne();
    // the panel is told of the open concern, on its case
    HttpResponse<String> outbox = get(port, "/api/notifications?caseReference=" + reference, "frank", PW);
    assertThat(outbox.body()).contains("soc-resignation-panel");

    HttpResponse<String> again = post(port, RESIGN, resignation, "frank", PW);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(field(again)).isEqualTo("carerId");
    HttpResponse<String> noConcern = post(port, RESIGN, body("carerId", "FC-H2-NOBODY", "String",
        "resignationReceivedOn", earlier(), "Date"), "fiona", PW);
    assertThat(noConcern.statusCode()).isEqualTo(400);
    assertThat(field(noConcern)).isEqualTo("carerId");
    assertThat(started(CarerResignationVariables.PROCESS_KEY)).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("seed 000 section 2: under the Dorset guidance nobody starts Standards of Care directly: a fostering manager gets 403, an administrator 400")
  void directStandardsOfCareStartRefused() throws Exception {
    long before = started("standards-of-care");
    String intake = body("receivedOn", earlier(), "Date", "carerId", "FC-H2-SOC", "String", "carerName", "Test Carer",
        "String", "childId", "CH-1", "String", "concernSummary", "x", "String", "raisedBy", "anonymous", "String");
    HttpResponse<String> manager = post(port, SOC, intake, "frank", PW);
    assertThat(manager.statusCode()).as(manager.body()).isEqualTo(403);
    HttpResponse<String> admin = request(port, "POST", SOC, intake, "admin", PW, "Content-Type", "application/json",
        "X-Reason", "test");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(400);
    assertThat(field(admin)).isEqualTo(SocDirectStartRule.FIELD);
    assertThat(started("standards-of-care")).isEqualTo(before);
  }
}
