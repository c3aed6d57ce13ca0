package uk.fosteringconcerns.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.get;

import java.net.http.HttpResponse;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.identity.DemoUsers;

/** Issue 17.4: logins, the actuator, response headers and the product API's session use. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:hardening-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class HardeningH2Test {

  @LocalServerPort
  int port;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("an unauthenticated caller cannot lock an account for good: the delay after failed logins expires")
  void loginThrottlingExpires() {
    for (int i = 0; i < 15; i++) {
      assertThat(get(port, "/engine-rest/task", "pat", "wrong-" + i).statusCode()).isEqualTo(401);
    }
    // while the delay runs even the right password is refused
    assertThat(get(port, "/engine-rest/task", "pat", DemoUsers.PASSWORD).statusCode()).isEqualTo(401);
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 61_000));
    assertThat(get(port, "/engine-rest/task", "pat", DemoUsers.PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("/actuator shows only health")
  void actuatorShowsOnlyHealth() {
    assertThat(get(port, "/actuator/health", null, null).statusCode()).isEqualTo(200);
    assertThat(get(port, "/actuator/health", null, null).body()).doesNotContain("components").doesNotContain("db");
    for (String endpoint : new String[] {"env", "beans", "configprops", "mappings", "info", "metrics", "loggers",
        "heapdump", "threaddump"}) {
      assertThat(get(port, "/actuator/" + endpoint, "admin", DemoUsers.PASSWORD).statusCode())
          .as(endpoint).isEqualTo(404);
    }
  }

  @Test
  @DisplayName("answers with case data are no-store and nosniff, at every API door")
  void headers() {
    for (String path : new String[] {"/engine-rest/task", "/api/notifications", "/engine-rest/task/nope"}) {
      HttpResponse<String> response = get(port, path, "carol", DemoUsers.PASSWORD);
      assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
    WebappSession carol = WebappSession.login(port, "carol", DemoUsers.PASSWORD);
    HttpResponse<String> tasklist = carol.get(WebappSession.ENGINE_API + "/task");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  @DisplayName("/api reads with a Tasklist session; a change through /api needs HTTP Basic")
  void apiSession() {
    assertThat(get(port, "/api/notifications", null, null).statusCode()).isEqualTo(401);
    WebappSession carol = WebappSession.login(port, "carol", DemoUsers.PASSWORD);
    assertThat(carol.get("/api/notifications").statusCode()).isEqualTo(200);
    assertThat(carol.json("POST", "/api/notifications", "{}").statusCode()).isEqualTo(401);
  }
}
