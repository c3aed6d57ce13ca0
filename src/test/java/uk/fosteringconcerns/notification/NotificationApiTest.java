package uk.fosteringconcerns.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.app.AppTestSupport;

/**
 * The whole application on H2: an IRO raises an escalation over REST (seed 004 section 10), the stage's managers
 * are notified, the outbox is read at GET /api/notifications by role and delivered over SMTP (PROCESS-API 5).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:notification-api;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "spring.mail.host=localhost",
    "spring.mail.port=3025",
    "fostering.notifications.from=fostering-concerns@example.gov.uk"})
@ActiveProfiles({"demo", "test"})
class NotificationApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort
  int port;

  @Autowired
  OutboxSender sender;


  private JsonNode notifications(String user, String query) throws Exception {
    HttpResponse<String> response = AppTestSupport.get(port, "/api/notifications" + query, user, "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  @DisplayName("seed 004 10.3: the IRO raises an escalation at stage 1; managers read the outbox, mail goes out once")
  void escalationNotifiesOverRestAndSmtp() throws Exception {
    String body = """
        {"variables": {
          "subject": {"value": "Care plan not progressing", "type": "String"},
          "caseReference": {"value": "CC-2026-00321", "type": "String"},
          "raisedByGroup": {"value": "iro", "type": "String"},
          "startStage": {"value": 1, "type": "Integer"}}}""";
    HttpResponse<String> started = AppTestSupport.post(port,
        "/engine-rest/process-definition/key/escalation/start", body, "ian", "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(JSON.readTree(started.body()).path("businessKey").asText()).isEqualTo("CC-2026-00321");

    // an IRO may not raise it in a role they do not hold: 400 naming the field
    HttpResponse<String> refused = AppTestSupport.post(port,
        "/engine-rest/process-definition/key/escalation/start",
        body.replace("\"iro\"", "\"director\""), "ian", "demo");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("field").asText()).isEqualTo("raisedByGroup");

    JsonNode forCarol = notifications("carol", "?caseReference=CC-2026-00321");
    assertThat(forCarol).hasSize(1);
    assertThat(forCarol.get(0).path("template").asText()).isEqualTo("escalation-stage");
    assertThat(forCarol.get(0).path("state").asText()).isEqualTo(Notification.PENDING);
    assertThat(StreamSupport.stream(forCarol.get(0).path("recipientGroups").spliterator(), false)
        .map(JsonNode::asText)).containsExactly("childrens-team-manager", "iro");
    assertThat(forCarol.get(0).path("body").asText()).doesNotContain("Care plan not progressing");
    // the IRO sees it (addressed to iro), the child's social worker does not
    assertThat(notifications("ian", "?caseReference=CC-2026-00321")).hasSize(1);
    assertThat(notifications("chris", "?caseReference=CC-2026-00321")).isEmpty();

    assertThat(AppTestSupport.get(port, "/api/notifications", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> bad = AppTestSupport.get(port, "/api/notifications?maxResults=x", "carol", "demo");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("maxResults");

    assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.waitForIncomingEmail(5000, 3)).isTrue();
    assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains("CC-2026-00321");
      } catch (Exception e) {
        return false;
      }
    })).hasSize(3); // carol (the stage's manager) and both IROs, ian and iris (the raiser's group: no named IRO)
    assertThat(notifications("carol", "?caseReference=CC-2026-00321").get(0).path("state").asText())
        .isEqualTo(Notification.SENT);
  }
}
