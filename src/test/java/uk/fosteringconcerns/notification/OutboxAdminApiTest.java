package uk.fosteringconcerns.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.fosteringconcerns.app.AppTestSupport;

/**
 * Issue 9: an administrator resolves in the product what the outbox cannot decide alone, over
 * {@code POST /api/notifications/{id}/resend | mark-sent}, against the whole application (H2, demo users, a real
 * SMTP conversation with a stub that answers after the client's timeout or refuses a recipient).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:outbox-admin;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "spring.mail.host=localhost",
    "spring.mail.properties[mail.smtp.connectiontimeout]=2000",
    "spring.mail.properties[mail.smtp.timeout]=500",
    "fostering.notifications.from=fostering-concerns@example.gov.uk"})
@ActiveProfiles({"demo", "test"})
class OutboxAdminApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SmtpStub STUB;

  static {
    try {
      STUB = new SmtpStub();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", STUB::port);
  }

  @LocalServerPort
  int port;
  @Autowired
  OutboxSender sender;
  @Autowired
  NotificationService notifications;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private Logger controllerLogger;

  @BeforeEach
  void setUp() {
    STUB.reset();
    controllerLogger = (Logger) LoggerFactory.getLogger(NotificationController.class);
    log.start();
    controllerLogger.addAppender(log);
  }

  @AfterEach
  void tearDown() {
    controllerLogger.detachAppender(log);
  }

  private String queueToLado(String reference) {
    return notifications.queue(reference, "lado-notified", "lado", null, null, Map.of("caseReference", reference));
  }

  private HttpResponse<String> post(String path, String user) {
    return AppTestSupport.post(port, path, "", user, user == null ? null : "demo");
  }

  private JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private String unconfirmed(String reference) {
    STUB.finalReplyAfter(Duration.ofMillis(1000));
    String id = queueToLado(reference);
    sender.sendDue();
    assertThat(notifications.find(id).state()).isEqualTo(Notification.UNCONFIRMED);
    STUB.reset();
    return id;
  }

  @Test
  @DisplayName("issue 9.1: the server answers after the timeout: 1 delivery, UNCONFIRMED; the administrator marks it "
      + "sent in the product; every refusal is a 4xx naming the field")
  void unconfirmedMarkedSent() throws Exception {
    int before = STUB.deliveries().size();
    String id = unconfirmed("CC-2026-00401");
    assertThat(STUB.deliveries()).hasSize(before + 1);
    assertThat(sender.sendDue()).isZero();
    assertThat(STUB.deliveries()).hasSize(before + 1);

    // the administrator finds it, with the Message-ID to look for in the mail log
    HttpResponse<String> list = AppTestSupport.get(port, "/api/notifications?state=UNCONFIRMED", "admin", "demo");
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode found = null;
    for (JsonNode n : json(list)) {
      if (n.path("id").asText().equals(id)) {
        found = n;
      }
    }
    assertThat(found).isNotNull();
    assertThat(found.path("messageId").asText()).isEqualTo("<" + id + "@fostering-concerns>");

    // permission first: a LADO (who reads every notification) may not resolve one, nor may an anonymous caller
    HttpResponse<String> forbidden = post("/api/notifications/" + id + "/mark-sent", "laura");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(post("/api/notifications/" + id + "/mark-sent", null).statusCode()).isEqualTo(401);
    assertThat(post("/api/notifications/not_an_id/mark-sent", "laura").statusCode()).isEqualTo(403);
    assertThat(notifications.find(id).state()).isEqualTo(Notification.UNCONFIRMED);

    HttpResponse<String> badId = post("/api/notifications/not_an_id/mark-sent", "admin");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(json(badId).path("parameter").asText()).isEqualTo("id");
    HttpResponse<String> unknown = post("/api/notifications/00000000-0000-0000-0000-000000000000/mark-sent", "admin");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).path("parameter").asText()).isEqualTo("id");

    log.list.clear();
    HttpResponse<String> marked = post("/api/notifications/" + id + "/mark-sent", "admin");
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
    assertThat(json(marked).path("state").asText()).isEqualTo(Notification.SENT);
    assertThat(notifications.find(id).state()).isEqualTo(Notification.SENT);
    List<ILoggingEvent> info = log.list.stream().filter(e -> e.getLevel() == Level.INFO).toList();
    assertThat(info).hasSize(1);
    assertThat(info.get(0).getFormattedMessage()).contains(id).contains("admin").contains("mark-sent");

    // a second time: the row is SENT now
    log.list.clear();
    HttpResponse<String> again = post("/api/notifications/" + id + "/mark-sent", "admin");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).path("parameter").asText()).isEqualTo("state");
    // a refusal is one WARN line, without a stack trace
    assertThat(log.list).hasSize(1);
    assertThat(log.list.get(0).getLevel()).isEqualTo(Level.WARN);
    assertThat(log.list.get(0).getThrowableProxy()).isNull();

    assertThat(sender.sendDue()).isZero();
    assertThat(STUB.deliveries()).hasSize(before + 1);
  }

  @Test
  @DisplayName("issue 9.1: the administrator resends an UNCONFIRMED notification: it goes out again")
  void unconfirmedResent() throws Exception {
    String id = unconfirmed("CC-2026-00402");
    HttpResponse<String> resent = post("/api/notifications/" + id + "/resend", "admin");
    assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
    assertThat(json(resent).path("state").asText()).isEqualTo(Notification.PENDING);
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(notifications.find(id).state()).isEqualTo(Notification.SENT);
    assertThat(STUB.deliveries().stream().filter(d -> NotificationService.messageId(id).equals(d.messageId())))
        .hasSize(2);
    assertThat(notifications.find(id)).extracting(Notification::messageId)
        .isEqualTo(NotificationService.messageId(id));
  }

  @Test
  @DisplayName("issue 9.1: a FAILED notification (recipient refused for good) is re-queued by an administrator and "
      + "goes to that recipient")
  void failedRequeued() throws Exception {
    STUB.refuse("laura@example.org", 550, 1);
    String id = queueToLado("CC-2026-00403");
    sender.sendDue();
    Notification failed = notifications.find(id);
    assertThat(failed.state()).isEqualTo(Notification.FAILED);
    assertThat(failed.refusedTo()).isEqualTo("laura@example.org");

    HttpResponse<String> markSent = post("/api/notifications/" + id + "/mark-sent", "admin");
    assertThat(markSent.statusCode()).isEqualTo(409);
    HttpResponse<String> resent = post("/api/notifications/" + id + "/resend", "admin");
    assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(notifications.find(id).state()).isEqualTo(Notification.SENT);
    assertThat(STUB.deliveredTo(NotificationService.messageId(id), "laura@example.org")).isOne();
  }

  @Test
  @DisplayName("PROCESS-API section 6: a notification to a named user is that user's to read, not the group's")
  void namedUserReadsTheirNotification() throws Exception {
    String id = notifications.queue("CC-2026-00404", "lado-notified", Recipients.users("chris"), null,
        Map.of("caseReference", "CC-2026-00404"));
    HttpResponse<String> chris = AppTestSupport.get(port, "/api/notifications?caseReference=CC-2026-00404", "chris",
        "demo");
    assertThat(chris.statusCode()).isEqualTo(200);
    assertThat(json(chris)).hasSize(1);
    assertThat(json(chris).get(0).path("recipientUsers").get(0).asText()).isEqualTo("chris");
    assertThat(json(AppTestSupport.get(port, "/api/notifications?caseReference=CC-2026-00404", "fiona", "demo")
        .body())).isEmpty();
    assertThat(json(AppTestSupport.get(port, "/api/notifications?caseReference=CC-2026-00404", "laura", "demo")
        .body())).hasSize(1);
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(STUB.deliveredTo(NotificationService.messageId(id), "chris@example.org")).isOne();
  }

  private JsonNode json(String body) throws IOException {
    return JSON.readTree(body);
  }
}
