package uk.fosteringconcerns.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;

/**
 * The case records API of the running application (PROCESS-API section 10, issue 15 item 5): a carer's cases are
 * run through the real models by the demo users, then read over HTTP as each role would. Seeds: 001 Appendix 1 and
 * 4.2, 000 3.7, 004 LADO report section 4 (the secure record of every contact).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:records-h2;DB_CLOSE_DELAY=-1",
    // the Dudley procedure: its Standards of Care cases have the Appendix 1 report (issue 14)
    "fostering.procedure-profile=dudley",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsApiH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CARER = "FC-H2-7";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DataSource dataSource;

  String older;
  String current;

  @BeforeAll
  void cases() {
    var imported = post("/api/earlier-concerns", "[{\"carerId\":\"" + CARER + "\",\"receivedOn\":\"2020-01-15\","
        + "\"category\":\"COMPLAINT\",\"sourceReference\":\"H2-LEGACY-1\"}]", "admin");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    CaseDriver driver = new CaseDriver(engine);
    older = driver.raise(LocalDate.of(2025, 6, 2), CARER, "CH-H2-1");
    driver.run(older, CaseDriver.standardsOfCare(LocalDate.of(2025, 6, 30),
        StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION), null);
    current = driver.raise(LocalDate.of(2026, 3, 2), CARER, "CH-H2-2");
    driver.run(current, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_ACTION_PLAN), "Task_IssueMinutes");
    ClockUtil.reset();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("seed 001 Appendix 1: the carer's chronology, oldest first, as JSON and as a printable PDF; quinn's read is audited")
  void chronology() throws Exception {
    var response = get("/api/carers/" + CARER + "/chronology", "quinn");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    List<JsonNode> entries = new ArrayList<>();
    JSON.readTree(response.body()).forEach(entries::add);
    assertThat(entries.get(0).path("event").asText()).isEqualTo("earlier concern");
    assertThat(entries.get(0).path("sourceReference").asText()).isEqualTo("H2-LEGACY-1");
    assertThat(entries).extracting(e -> e.path("caseReference").asText(null)).filteredOn(java.util.Objects::nonNull)
        .containsSubsequence(older, current);
    assertThat(entries.stream().map(e -> e.path("caseReference").asText("")).filter(r -> !r.isEmpty()).distinct())
        .containsExactly(older, current);
    assertThat(entries).extracting(e -> java.time.OffsetDateTime.parse(e.path("date").asText())
        .atZoneSameInstant(uk.fosteringconcerns.timescales.Deadlines.LONDON).toLocalDate()).isSorted();
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.fieldNames()).toIterable().contains("date", "caseReference", "event", "summary");
      assertThat(e.path("summary").asText()).doesNotContain(CaseDriver.CONCERN_TEXT);
    });

    var pdf = getBytes("/api/carers/" + CARER + "/chronology", "quinn", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    String text = PdfText.of(pdf.body());
    PdfText.keep("chronology", pdf.body());
    assertThat(text).contains("Chronology of concerns: foster carer " + CARER).contains("15 January 2020")
        .contains(older).contains(current);
    assertThat(text.indexOf("15 January 2020")).isLessThan(text.indexOf(older));
    assertThat(text.indexOf(older)).isLessThan(text.indexOf(current));

    JsonNode audit = JSON.readTree(get("/api/cases/" + current + "/audit", "admin").body());
    assertThat(audit.findValues("userId").stream().map(JsonNode::asText)).contains("quinn");
    assertThat(list(audit)).anySatisfy(e -> {
      assertThat(e.path("userId").asText()).isEqualTo("quinn");
      assertThat(e.path("action").asText()).isEqualTo("READ");
      assertThat(e.path("what").asText()).isEqualTo("chronology printed");
    });
  }

  @Test
  @DisplayName("PROCESS-API 10: the case's documents are listed and opened by the workers on the case; each read is audited")
  void documents() throws Exception {
    var listed = get("/api/cases/" + current + "/documents", "fiona");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(listed.headers().firstValue("Cache-Control")).hasValue("no-store");
    List<JsonNode> documents = list(JSON.readTree(listed.body()));
    assertThat(documents).extracting(d -> d.path("type").asText())
        .containsExactly("SOC_VISIT_RECORD", "SOC_MEETING_REPORT", "SOC_MINUTES");
    JsonNode report = documents.get(1);
    assertThat(report.path("url").asText()).isEqualTo("/api/cases/" + current + "/documents/" + report.path("id").asText());
    assertThat(report.path("title").asText()).isEqualTo("Standards of Care Concerns Meeting report");
    assertThat(report.path("createdAt").asText()).startsWith("2026-03-");

    var pdf = getBytes(report.path("url").asText(), "fiona", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(uk.fosteringconcerns.records.documents.CaseDocuments.sha256(pdf.body()))
        .isEqualTo(report.path("sha256").asText());
    String text = PdfText.of(pdf.body());
    // named by the identity service; the previous case and the earlier complaint are in the chronology section
    assertThat(text).contains("STANDARDS OF CARE CONCERNS MEETING REPORT").contains(older).contains("15 January 2020")
        .contains("Frank (demo, fostering-manager)");

    List<JsonNode> audit = list(JSON.readTree(get("/api/cases/" + current + "/audit", "frank").body()));
    assertThat(audit).anySatisfy(e -> {
      assertThat(e.path("userId").asText()).isEqualTo("fiona");
      assertThat(e.path("what").asText()).isEqualTo("document read");
      assertThat(e.path("detail").asText()).contains(report.path("id").asText());
    });
    assertThat(audit).anySatisfy(e -> {
      assertThat(e.path("what").asText()).isEqualTo("task completed");
      assertThat(e.path("userId").asText()).isEqualTo("frank");
      assertThat(e.path("detail").asText()).contains("Task_QualityAssureReport").contains("reportApproved");
    });
    assertThat(audit).anySatisfy(e -> assertThat(e.path("what").asText()).isEqualTo("case started"));
  }

  @Test
  @DisplayName("PROCESS-API 10: reads of task form variables over /engine-rest and in Tasklist are audited with names only; a refused one too")
  void engineReads() throws Exception {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(current)
        .taskDefinitionKey("Task_IssueMinutes").singleResult().getId();
    var read = get("/engine-rest/task/" + taskId + "/form-variables", "bella");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("meetingDate");
    var refused = get("/engine-rest/task/" + taskId + "/form-variables", "chris");
    assertThat(refused.statusCode()).isEqualTo(403);

    // Tasklist: the webapp session of a logged-in worker
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    var login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=bella&password=" + DemoUsers.PASSWORD)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    var tasklist = browser.send(HttpRequest.newBuilder(
        uri("/camunda/api/engine/engine/default/task/" + taskId + "/form-variables")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(tasklist.statusCode()).isEqualTo(200);

    // Cockpit's variables view: a variable-instance query of the case's process instance, as a case reader
    String processInstanceId = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult()
        .getProcessInstanceId();
    var query = post("/engine-rest/variable-instance", "{\"processInstanceIdIn\":[\"" + processInstanceId + "\"]}",
        "frank");
    assertThat(query.statusCode()).as(query.body()).isEqualTo(200);

    List<JsonNode> audit = list(JSON.readTree(get("/api/cases/" + current + "/audit", "admin").body()));
    assertThat(audit).anySatisfy(e -> {
      assertThat(e.path("userId").asText()).isEqualTo("frank");
      assertThat(e.path("what").asText()).isEqualTo("variables read");
      assertThat(e.path("processInstanceId").asText()).isEqualTo(processInstanceId);
      assertThat(e.path("detail").asText()).contains("carerName").contains("meetingDate")
          .doesNotContain(CaseDriver.CARER_NAME);
    });
    List<JsonNode> reads = audit.stream().filter(e -> "task form variables read".equals(e.path("what").asText()))
        .toList();
    assertThat(reads).hasSizeGreaterThanOrEqualTo(2).allSatisfy(e -> {
      assertThat(e.path("userId").asText()).isEqualTo("bella");
      assertThat(e.path("taskId").asText()).isEqualTo(taskId);
      assertThat(e.path("detail").asText()).contains("Task_IssueMinutes").contains("meetingDate")
          .doesNotContain(CaseDriver.CARER_NAME).doesNotContain("2026-03-30");
    });
    assertThat(audit).anySatisfy(e -> {
      assertThat(e.path("userId").asText()).isEqualTo("chris");
      assertThat(e.path("action").asText()).isEqualTo("REFUSED");
      assertThat(e.path("what").asText()).isEqualTo("task form variables read refused");
    });
    assertThat(audit.toString()).doesNotContain(CaseDriver.CONCERN_TEXT);
  }

  @Test
  @DisplayName("PROCESS-API 10: a worker of a group not on the case gets 403 naming nothing of it, and the refusal is audited")
  void otherGroupRefused() throws Exception {
    for (String path : List.of("/api/cases/" + current + "/documents", "/api/cases/" + current + "/audit",
        "/api/carers/" + CARER + "/chronology", "/api/children/CH-H2-2/chronology")) {
      var refused = get(path, "chris");
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).doesNotContain(current).doesNotContain(CARER).doesNotContain("CH-H2");
      assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
    // a case that does not exist looks the same to them
    assertThat(get("/api/cases/CC-2026-99999/documents", "chris").statusCode()).isEqualTo(403);
    assertThat(get("/api/cases/CC-2026-99999/documents", "quinn").statusCode()).isEqualTo(404);
    List<JsonNode> audit = list(JSON.readTree(get("/api/cases/" + current + "/audit", "quinn").body()));
    assertThat(audit).anySatisfy(e -> {
      assertThat(e.path("userId").asText()).isEqualTo("chris");
      assertThat(e.path("action").asText()).isEqualTo("REFUSED");
      assertThat(e.path("what").asText()).isEqualTo("documents listed refused");
    });
    assertThat(audit).anySatisfy(e -> {
      assertThat(e.path("userId").asText()).isEqualTo("chris");
      assertThat(e.path("what").asText()).isEqualTo("chronology read refused");
    });
  }

  @Test
  @DisplayName("PROCESS-API 10: verify answers for the administrator only and finds the chain intact")
  void verify() throws Exception {
    var verified = get("/api/audit/verify", "admin");
    assertThat(verified.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(verified.body());
    assertThat(json.path("intact").asBoolean()).isTrue();
    assertThat(json.path("entries").asLong()).isPositive();
    assertThat(get("/api/audit/verify", "quinn").statusCode()).isEqualTo(403);
    assertThat(get("/api/audit/verify", null).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("earlier concerns: only an administrator imports; every field is checked; a refused import stores nothing")
  void importValidation() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM fc_earlier_concern", Integer.class);
    String valid = "{\"carerId\":\"FC-IMP-1\",\"receivedOn\":\"2021-02-03\",\"category\":\"ALLEGATION\","
        + "\"sourceReference\":\"IMP-1\"}";
    assertThat(post("/api/earlier-concerns", "[" + valid + "]", "quinn").statusCode()).isEqualTo(403);
    assertRefused("[" + valid + ",{\"receivedOn\":\"2021-02-03\",\"category\":\"ALLEGATION\",\"sourceReference\":\"IMP-2\"}]",
        "[1].carerId");
    assertRefused("[" + valid.replace("FC-IMP-1", "FC IMP/1") + "]", "[0].carerId");
    assertRefused("[" + valid.replace("\"carerId\"", "\"childId\":\"bad id!\",\"carerId\"") + "]", "[0].childId");
    assertRefused("[" + valid.replace("2021-02-03", "03/02/2021") + "]", "[0].receivedOn");
    assertRefused("[" + valid.replace("2021-02-03", "2099-01-01") + "]", "[0].receivedOn");
    assertRefused("[" + valid.replace("ALLEGATION", "GOSSIP") + "]", "[0].category");
    assertRefused("[" + valid.replace("\"carerId\"", "\"outcome\":\"\",\"carerId\"") + "]", "[0].outcome");
    assertRefused("[" + valid.replace("IMP-1", "") + "]", "[0].sourceReference");
    assertRefused("[" + valid + "," + valid + "]", "[1].sourceReference");
    assertRefused("[" + valid.replace("\"carerId\"", "\"concern\":\"text\",\"carerId\"") + "]", "[0].concern");
    assertRefused("{\"carerId\":\"FC-IMP-1\"}", "body");
    assertRefused("[]", "body");
    assertRefused("[{", "body");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_earlier_concern", Integer.class)).isEqualTo(before);

    var imported = post("/api/earlier-concerns", "[" + valid + "]", "admin");
    assertThat(imported.statusCode()).isEqualTo(201);
    assertThat(imported.headers().firstValue("Cache-Control")).hasValue("no-store");
    // the same file again changes nothing
    var again = post("/api/earlier-concerns", "[" + valid + "]", "admin");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).path("alreadyImported").asInt()).isOne();
    assertRefused("[" + valid.replace("ALLEGATION", "OTHER") + "]", "[0].sourceReference");
  }

  @Test
  @DisplayName("bad path values get 400 naming the parameter; no user gets 401")
  void badParameters() throws Exception {
    assertBad(get("/api/carers/bad.id!/chronology", "quinn"), "carerId");
    assertBad(get("/api/children/" + "x".repeat(33) + "/chronology", "quinn"), "childId");
    assertBad(get("/api/cases/CC-26-1/documents", "quinn"), "caseReference");
    assertBad(get("/api/cases/not-a-case/audit", "quinn"), "caseReference");
    assertBad(get("/api/cases/" + current + "/documents/not-an-id", "quinn"), "documentId");
    assertThat(get("/api/cases/" + current + "/documents/00000000-0000-0000-0000-000000000000", "quinn").statusCode())
        .isEqualTo(404);
    assertThat(get("/api/cases/" + current + "/documents", null).statusCode()).isEqualTo(401);
  }

  private void assertRefused(String body, String field) throws Exception {
    var refused = post("/api/earlier-concerns", body, "admin");
    assertThat(refused.statusCode()).as(body).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("field").asText()).as(body).isEqualTo(field);
  }

  private static void assertBad(HttpResponse<String> response, String parameter) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("parameter").asText()).isEqualTo(parameter);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> get(String path, String user) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), user, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> getBytes(String path, String user, String accept) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET(), user,
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> post(String path, String json, String user) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), user, HttpResponse.BodyHandlers.ofString());
  }

  private static <T> HttpResponse<T> send(HttpRequest.Builder builder, String user, HttpResponse.BodyHandler<T> body) {
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HttpClient.newHttpClient().send(builder.build(), body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
