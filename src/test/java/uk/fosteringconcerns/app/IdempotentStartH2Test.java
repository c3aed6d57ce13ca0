package uk.fosteringconcerns.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.identity.DemoUsers;

/** Issue 9.5, PROCESS-API section 2: a start repeating a requestId creates nothing and answers with the first case. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:idempotent-start-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class IdempotentStartH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String START = "/engine-rest/process-definition/key/concern-triage/start";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  private String body(String requestId) {
    return ConcernRequests.startBody(ConcernRequests.validIntake().with("requestId", requestId, "String"));
  }

  private long cases() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("concern-triage")
        .count();
  }

  @Test
  @DisplayName("the same requestId twice: one case, and the retry gets the first case's reference")
  void repeatedStart() throws Exception {
    long before = cases();
    HttpResponse<String> first = post(port, START, body("client-42-a"), "carol", DemoUsers.PASSWORD);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    HttpResponse<String> retry = post(port, START, body("client-42-a"), "carol", DemoUsers.PASSWORD);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    JsonNode a = JSON.readTree(first.body());
    JsonNode b = JSON.readTree(retry.body());
    assertThat(b.path("businessKey").asText()).isEqualTo(a.path("businessKey").asText()).matches("CC-\\d{4}-\\d{5}");
    assertThat(b.path("id").asText()).isEqualTo(a.path("id").asText());
    assertThat(cases()).isEqualTo(before + 1);
    assertThat(engine.getRuntimeService().getVariable(a.path("id").asText(), "requestId")).isEqualTo("client-42-a");
  }

  @Test
  @DisplayName("two starts with one requestId at the same moment make exactly one case")
  void concurrentStarts() throws Exception {
    long before = cases();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<HttpResponse<String>>> starts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        starts.add(() -> post(port, START, body("client-race-1"), "carol", DemoUsers.PASSWORD));
      }
      List<String> keys = new ArrayList<>();
      for (Future<HttpResponse<String>> result : pool.invokeAll(starts)) {
        HttpResponse<String> response = result.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        keys.add(JSON.readTree(response.body()).path("businessKey").asText());
      }
      assertThat(keys).hasSize(4).containsOnly(keys.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(cases()).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("a requestId is checked whole: a trailing line break or a bad character is a 400 naming it")
  void badRequestId() throws Exception {
    long before = cases();
    for (String bad : new String[] {"client-1\n", "client 1", "x".repeat(65), ""}) {
      HttpResponse<String> refused = post(port, START, body(bad), "carol", DemoUsers.PASSWORD);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(JSON.readTree(refused.body()).path("field").asText()).isEqualTo("requestId");
    }
    assertThat(cases()).isEqualTo(before);
  }
}
