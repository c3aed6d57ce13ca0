package uk.fosteringconcerns.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fosteringconcerns.identity.DemoUsers;

/**
 * PROCESS-API section 9 over HTTP, as each role calls it, on the cases of {@link OversightScenario}: the same figures
 * on H2 ({@link OversightApiH2Test}) and on PostgreSQL ({@code postgres.OversightPostgresTest}); workers get 403;
 * team managers see only the groups they oversee (DMN team-oversight); bad dates are a 400 naming the parameter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OversightApiTestBase {

  protected static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  protected int port;
  @Autowired
  protected ProcessEngine engine;

  protected OversightScenario scenario;

  @BeforeAll
  void buildCases() {
    scenario = new OversightScenario(engine).run();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("seed 004 LADO report 6.2: the LADO sees every figure of the financial year, as the cases show them")
  void ladoReport() throws Exception {
    JsonNode report = json(get(port, "/api/reports/lado", "laura", DemoUsers.PASSWORD));
    assertThat(report.path("from").asText()).isEqualTo("2025-04-01");
    assertThat(report.path("to").asText()).isEqualTo("2026-03-31");
    assertFigures(report, scenario.expectedLado());
    // the monthly highlight (seed 003 section 4): June 2025 had two contacts, both referred
    JsonNode june = month(report, "2025-06");
    assertThat(june.path("contacts").path("count").asLong()).isEqualTo(2);
    assertThat(june.path("referrals").path("count").asLong()).isEqualTo(2);
    assertThat(month(report, "2025-08").path("decisionsWithin24Hours").path("late").asLong()).isEqualTo(1);
    assertThat(report.path("months")).hasSize(12);
  }

  @Test
  @DisplayName("seed 000 3.2-3.9, seed 001 4.2-4.3, 5.3: the Standards of Care figures")
  void standardsOfCareReport() throws Exception {
    assertFigures(json(get(port, "/api/reports/standards-of-care", "quinn", DemoUsers.PASSWORD)),
        scenario.expectedStandardsOfCare());
  }

  @Test
  @DisplayName("seed 004 IRO report section 10 and PROCESS-API 8: the escalation figures")
  void escalationsReport() throws Exception {
    assertFigures(json(get(port, "/api/reports/escalations", "diana", DemoUsers.PASSWORD)),
        scenario.expectedEscalations());
  }

  @Test
  @DisplayName("an explicit period counts only what happened in it (dates inclusive)")
  void explicitPeriod() throws Exception {
    JsonNode june = json(get(port, "/api/reports/lado?from=2025-06-03&to=2025-06-06", "laura", DemoUsers.PASSWORD));
    assertThat(june.path("contacts").path("count").asLong()).isEqualTo(2);
    assertThat(june.path("decisionsWithin1WorkingDay").path("count").asLong()).isEqualTo(1);
    assertThat(june.path("months")).hasSize(1);
    JsonNode lastYear = json(get(port, "/api/reports/lado?from=2024-04-01&to=2025-03-31", "laura",
        DemoUsers.PASSWORD));
    assertThat(lastYear.path("contacts").path("count").asLong()).isEqualTo(1);
    assertThat(lastYear.path("iemWithin5WorkingDays").path("onTime").asLong()).isEqualTo(1);
    assertThat(lastYear.path("open").path("count").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName("GET /api/work/overdue: every overdue statutory task, oldest first, working days late")
  void overdueForTheLado() throws Exception {
    var response = get(port, "/api/work/overdue", "laura", DemoUsers.PASSWORD);
    assertJsonHeaders(response);
    assertThat(response.headers().firstValue("X-Total-Count")).hasValue("4");
    assertOverdue(json(response), scenario.expectedOverdue());
  }

  @Test
  @DisplayName("team-oversight: a fostering manager sees the fostering teams' late work and figures, not the rest")
  void fosteringManagerSeesOnlyTheirTeams() throws Exception {
    List<Object[]> expected = scenario.expectedOverdue();
    assertOverdue(json(get(port, "/api/work/overdue", "frank", DemoUsers.PASSWORD)), List.<Object[]>of(expected.get(1)));
    JsonNode soc = json(get(port, "/api/reports/standards-of-care", "frank", DemoUsers.PASSWORD));
    assertThat(soc.path("scope").path("all").asBoolean()).isFalse();
    assertThat(soc.path("visitsOnTime").path("count").asLong()).isEqualTo(3);
    assertThat(soc.path("minutesOnTime").path("count").asLong()).isEqualTo(2);
    // the panel and the Agency Decision Maker are not the fostering manager's teams
    assertThat(soc.path("panelDecisions").path("CONTINUE_APPROVAL").asLong()).isZero();
    assertThat(soc.path("agencyDecisionsOnTime").path("count").asLong()).isZero();
    JsonNode lado = json(get(port, "/api/reports/lado", "frank", DemoUsers.PASSWORD));
    assertThat(lado.path("contacts").path("count").asLong()).isZero();
    assertThat(lado.path("iemWithin5WorkingDays").path("count").asLong()).isZero();
  }

  @Test
  @DisplayName("team-oversight: a children's team manager sees the initial discussions, not the LADO's decisions")
  void childrensTeamManagerSeesOnlyTheirTeams() throws Exception {
    List<Object[]> expected = scenario.expectedOverdue();
    assertOverdue(json(get(port, "/api/work/overdue", "carol", DemoUsers.PASSWORD)), List.<Object[]>of(expected.get(3)));
    JsonNode lado = json(get(port, "/api/reports/lado", "carol", DemoUsers.PASSWORD));
    assertThat(lado.path("initialDiscussionsWithin1WorkingDay").path("count").asLong()).isEqualTo(3);
    assertThat(lado.path("decisionsWithin1WorkingDay").path("count").asLong()).isZero();
    JsonNode escalations = json(get(port, "/api/reports/escalations", "carol", DemoUsers.PASSWORD));
    // both escalations that began at the informal stage (the child's social worker) are the team's
    assertThat(escalations.path("raised").path("count").asLong()).isEqualTo(2);
    assertThat(escalations.path("missedDeadlineChases").path("lado").asLong()).isZero();
  }

  @ParameterizedTest(name = "{0} (a worker) gets 403")
  @ValueSource(strings = {"chris", "fiona", "bella", "ian", "pat", "adam"})
  @DisplayName("workers may not read the oversight figures")
  void workersAreRefused(String user) {
    for (String path : List.of("/api/reports/lado", "/api/reports/standards-of-care", "/api/reports/escalations",
        "/api/work/overdue", "/api/reports/lado?from=nonsense")) {
      var response = get(port, path, user, DemoUsers.PASSWORD);
      assertThat(response.statusCode()).as(user + " " + path).isEqualTo(403);
      assertThat(response.body()).doesNotContain("CC-");
    }
    assertThat(get(port, "/api/reports/lado", null, null).statusCode()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"from=2025-13-01", "from=01/04/2025", "to=2025-02-30", "from=", "to=tomorrow",
      "from=2026-01-01&to=2025-01-01", "from=99999-01-01", "from=2025-04-01&from=2025-05-01"})
  @DisplayName("a bad from/to is a 400 naming the parameter, never a 5xx")
  void badDates(String query) throws Exception {
    var response = get(port, "/api/reports/standards-of-care?" + query, "laura", DemoUsers.PASSWORD);
    assertThat(response.statusCode()).as(query).isEqualTo(400);
    String parameter = json(response).path("parameter").asText();
    assertThat(parameter).isIn("from", "to");
    assertThat(query).contains(parameter);
    assertJsonHeaders(response);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"maxResults=0", "maxResults=many", "firstResult=-1", "maxResults=100001"})
  @DisplayName("a bad page of the overdue list is a 400 naming the parameter")
  void badPage(String query) throws Exception {
    var response = get(port, "/api/work/overdue?" + query, "laura", DemoUsers.PASSWORD);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(query).startsWith(json(response).path("parameter").asText());
  }

  @Test
  @DisplayName("CSV with Accept: text/csv: one row per figure, then month by month")
  void csv() throws Exception {
    var response = getAccept("/api/reports/lado", "text/csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    List<String> lines = response.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("period,figure,category,count,onTime,late,percentOnTime,value");
    assertThat(lines).contains("2025-04-01..2026-03-31,contacts,,4,,,,",
        "2025-04-01..2026-03-31,decisionsWithin24Hours,,3,1,2,33.3,",
        "2025-04-01..2026-03-31,outcomes,SUBSTANTIATED,1,,,,",
        "2025-06,contacts,,2,,,,");
    var overdue = getAccept("/api/work/overdue", "text/csv;q=0.9, application/json;q=0.5");
    List<String> rows = overdue.body().lines().toList();
    assertThat(rows.get(0)).isEqualTo("caseReference,taskName,group,assignee,dueOn,workingDaysLate");
    assertThat(rows).hasSize(5);
    assertThat(rows.get(1)).startsWith(scenario.l4 + ",").endsWith(","
        + scenario.workingDaysLate(LocalDate.of(2025, 4, 24)));
    // JSON stays the default for anything else
    assertThat(getAccept("/api/work/overdue", "text/html").headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
  }

  // ------------------------------------------------------------------ helpers

  protected static void assertFigures(JsonNode report, Map<String, Object> expected) throws Exception {
    for (Map.Entry<String, Object> figure : expected.entrySet()) {
      JsonNode wanted = JSON.readTree(JSON.writeValueAsString(figure.getValue()));
      assertThat(report.path(figure.getKey())).as(report.path("report").asText() + "." + figure.getKey())
          .isEqualTo(wanted);
    }
  }

  protected void assertOverdue(JsonNode list, List<Object[]> expected) {
    List<String> seen = new ArrayList<>();
    list.forEach(task -> seen.add(task.path("caseReference").asText() + " " + task.path("taskKey").asText()));
    assertThat(list).as(seen.toString()).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode task = list.get(i);
      Object[] want = expected.get(i);
      assertThat(task.path("caseReference").asText()).isEqualTo(want[0]);
      assertThat(task.path("taskKey").asText()).isEqualTo(want[1]);
      assertThat(task.path("group").asText()).isEqualTo(want[2]);
      assertThat(task.path("dueOn").asText()).startsWith(want[3].toString());
      assertThat(task.path("workingDaysLate").asInt()).isEqualTo(scenario.workingDaysLate((LocalDate) want[3]));
      assertThat(task.has("assignee")).isTrue();
      assertThat(task.path("taskName").asText()).isNotBlank();
    }
  }

  private static JsonNode month(JsonNode report, String month) {
    for (JsonNode entry : report.path("months")) {
      if (entry.path("month").asText().equals(month)) {
        return entry;
      }
    }
    throw new AssertionError("no month " + month);
  }

  protected static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
    return JSON.readTree(response.body());
  }

  protected static void assertJsonHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  private HttpResponse<String> getAccept(String path, String accept) throws Exception {
    String token = Base64.getEncoder().encodeToString(("laura:" + DemoUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
        .header("Authorization", "Basic " + token).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
