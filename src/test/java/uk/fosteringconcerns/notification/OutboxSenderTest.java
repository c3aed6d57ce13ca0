package uk.fosteringconcerns.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.fosteringconcerns.notification.OutboxTestSupport.mail;
import static uk.fosteringconcerns.notification.OutboxTestSupport.state;
import static uk.fosteringconcerns.notification.OutboxTestSupport.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.Deadlines;

/** PROCESS-API section 5: the outbox delivered over real SMTP (GreenMail), once, to groups and to named users. */
class OutboxSenderTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final Date NOW = Date.from(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, Deadlines.LONDON).toInstant());

  ProcessEngine engine;
  DataSource dataSource;
  NotificationService notifications;
  JdbcTemplate jdbc;

  @BeforeEach
  void setUp(ProcessEngine engine) {
    this.engine = engine;
    ClockUtil.setCurrentTime(NOW);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+");
    dataSource = configuration.getDataSource();
    notifications = new NotificationService(dataSource, new NotificationTemplates());
    jdbc = new JdbcTemplate(dataSource);
    jdbc.update("DELETE FROM fc_notification");
    IdentityService identity = engine.getIdentityService();
    user(identity, "laura-test", "laura@example.gov.uk", "lado");
    user(identity, "lee-test", "lee@example.gov.uk", "lado");
    user(identity, "sam-test", "sam@example.gov.uk", "service-manager");
    user(identity, "nomail-test", null, "lado");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    OutboxTestSupport.clearIdentities(engine.getIdentityService());
  }

  private OutboxSender sender(int port) {
    return new OutboxSender(dataSource, () -> mail(port, 2000), new MailRecipients(() -> engine),
        OutboxTestSupport.settings());
  }

  private String queue(String reference, String groups, String address) {
    return notifications.queue(reference, "lado-notified", groups, address, null,
        Map.of("caseReference", reference));
  }

  private Map<String, Object> row(String id) {
    return OutboxTestSupport.row(jdbc, id);
  }

  @Test
  @DisplayName("PROCESS-API section 5: each member of the recipient groups and the extra address gets it, once")
  void deliversToTheGroupsMembers() throws Exception {
    String id = queue("CC-2026-00001", "lado,service-manager", "carer@example.org");
    OutboxSender sender = sender(greenMail.getSmtp().getPort());

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    assertThat(greenMail.waitForIncomingEmail(5000, 4)).isTrue();
    MimeMessage[] received = greenMail.getReceivedMessages();
    // one message, delivered to four mailboxes (the member without an address is skipped)
    assertThat(received).hasSize(4);
    assertThat(Arrays.stream(received).map(OutboxSenderTest::messageId).distinct())
        .containsExactly(NotificationService.messageId(id));
    assertThat(uk.fosteringconcerns.testing.Mailboxes.of(greenMail)).containsExactlyInAnyOrderEntriesOf(Map.of("laura@example.gov.uk", 1,
        "lee@example.gov.uk", 1, "sam@example.gov.uk", 1, "carer@example.org", 1));
    MimeMessage first = received[0];
    assertThat(first.getSubject()).isEqualTo("Concern CC-2026-00001: the team's answers are ready for the LADO");
    assertThat(first.getFrom()[0].toString()).isEqualTo(OutboxTestSupport.FROM);
    // Bcc: nobody sees the other recipients' addresses
    assertThat(first.getRecipients(Message.RecipientType.TO)).isNull();
    assertThat(first.getHeader("Bcc")).isNull();

    Map<String, Object> row = row(id);
    assertThat(row.get("state")).isEqualTo(Notification.SENT);
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat(row.get("sent_at")).isNotNull();
    assertThat(row.get("message_id")).isEqualTo(NotificationService.messageId(id));
    assertThat(Recipients.split((String) row.get("delivered_to"))).containsExactlyInAnyOrder(
        "laura@example.gov.uk", "lee@example.gov.uk", "sam@example.gov.uk", "carer@example.org");
  }

  @Test
  @DisplayName("issue 9 / PROCESS-API section 6: a notification to named users reaches them alone; groups still work")
  void deliversToNamedUsers() throws Exception {
    String toSam = notifications.queue("CC-2026-00010", "lado-notified", Recipients.users("sam-test"), null,
        Map.of("caseReference", "CC-2026-00010"));
    String mixed = notifications.queue("CC-2026-00011", "lado-notified",
        Recipients.groups("service-manager").andUsers("laura-test", "nomail-test"), null,
        Map.of("caseReference", "CC-2026-00011"));
    assertThat(notifications.find(toSam).recipientUsers()).isEqualTo("sam-test");
    assertThat(notifications.find(toSam).recipientGroups()).isNull();
    assertThat(notifications.find(mixed).recipientUsers()).isEqualTo("laura-test,nomail-test");

    OutboxSender sender = sender(greenMail.getSmtp().getPort());
    assertThat(sender.sendDue()).isEqualTo(2);
    assertThat(greenMail.waitForIncomingEmail(5000, 3)).isTrue();
    // sam once for each; laura for the mixed one; lee (lado, not named) never
    assertThat(uk.fosteringconcerns.testing.Mailboxes.of(greenMail)).containsExactlyInAnyOrderEntriesOf(Map.of("sam@example.gov.uk", 2,
        "laura@example.gov.uk", 1));
    assertThat(row(toSam).get("delivered_to")).isEqualTo("sam@example.gov.uk");

    assertThatThrownBy(() -> notifications.queue("CC-2026-00012", "lado-notified", Recipients.users("a,b c"), null,
        Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("b c");
  }

  @Test
  @DisplayName("issue 9: the mail server is down, then up: nothing is used up meanwhile, and mail goes at the next run")
  void serverDownThenUp() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String one = queue("CC-2026-00002", "lado", null);
    String two = queue("CC-2026-00003", "service-manager", null);
    OutboxSender sender = sender(port);

    assertThat(sender.sendDue()).isZero();
    assertThat(sender.sendDue()).isZero();
    // an unreachable server is nobody's fault in the row: no attempt used, no back-off, still due
    assertThat(row(one).get("state")).isEqualTo(Notification.PENDING);
    assertThat(row(one).get("attempts")).isEqualTo(0);
    assertThat(row(one).get("next_attempt_at")).isNull();

    GreenMail server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    server.start();
    try {
      // the very next run after the server is back (the schedule runs every send-interval, 10 s)
      assertThat(sender.sendDue()).isEqualTo(2);
      assertThat(sender.sendDue()).isZero();
      assertThat(server.waitForIncomingEmail(5000, 3)).isTrue();
      assertThat(server.getReceivedMessages()).hasSize(3);
      assertThat(uk.fosteringconcerns.testing.Mailboxes.of(server)).containsExactlyInAnyOrderEntriesOf(Map.of("laura@example.gov.uk", 1,
          "lee@example.gov.uk", 1, "sam@example.gov.uk", 1));
    } finally {
      server.stop();
    }
    assertThat(row(one).get("state")).isEqualTo(Notification.SENT);
    assertThat(row(two).get("state")).isEqualTo(Notification.SENT);
    assertThat(row(one).get("attempts")).isEqualTo(1);
  }

  @Test
  @DisplayName("issue 9: nobody with an address is a permanent failure: FAILED at once, and kept")
  void noAddressIsFailed() {
    String id = queue("CC-2026-00004", "nobody-here", null);
    OutboxSender sender = sender(greenMail.getSmtp().getPort());
    assertThat(sender.sendDue()).isZero();
    assertThat(row(id).get("state")).isEqualTo(Notification.FAILED);
    assertThat(row(id).get("attempts")).isEqualTo(1);
    assertThat((String) row(id).get("last_error")).contains("No recipient has an e-mail address");
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  @DisplayName("issue 9: a sender that vanished before the message data: its row is sent again by another run")
  void vanishedBeforeDataIsReleased() throws Exception {
    String id = queue("CC-2026-00005", "lado", null);
    jdbc.update("UPDATE fc_notification SET state = ?, claimed_at = ?, claimed_by = ?, attempts = 1 WHERE id = ?",
        Notification.SENDING, new Timestamp(NOW.getTime()), "dead-node/1", id);
    OutboxSender sender = sender(greenMail.getSmtp().getPort());
    // within the lease (2 minutes) the claim is respected
    assertThat(sender.sendDue()).isZero();
    assertThat(state(jdbc, id)).isEqualTo(Notification.SENDING);
    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofMinutes(3).toMillis()));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(state(jdbc, id)).isEqualTo(Notification.SENT);
    assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
    assertThat(uk.fosteringconcerns.testing.Mailboxes.of(greenMail)).containsExactlyInAnyOrderEntriesOf(Map.of("laura@example.gov.uk", 1,
        "lee@example.gov.uk", 1));
  }

  @Test
  @DisplayName("issue 9: a sender that vanished during the message data: UNCONFIRMED, never re-sent by itself")
  void vanishedDuringDataIsUnconfirmed() {
    String id = queue("CC-2026-00006", "lado", null);
    jdbc.update("UPDATE fc_notification SET state = ?, claimed_at = ?, claimed_by = ?, data_started_at = ?,"
        + " attempts = 1 WHERE id = ?", Notification.SENDING, new Timestamp(NOW.getTime()), "dead-node/2",
        new Timestamp(NOW.getTime()), id);
    OutboxSender sender = sender(greenMail.getSmtp().getPort());
    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofMinutes(3).toMillis()));
    assertThat(sender.sendDue()).isZero();
    assertThat(state(jdbc, id)).isEqualTo(Notification.UNCONFIRMED);
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  @DisplayName("issue 9: a row left SENDING by the sender of an earlier version (no claim token): UNCONFIRMED")
  void legacyClaimIsUnconfirmed() {
    String id = queue("CC-2026-00008", "lado", null);
    jdbc.update("UPDATE fc_notification SET state = ?, claimed_at = ?, attempts = 1 WHERE id = ?",
        Notification.SENDING, new Timestamp(NOW.getTime()), id);
    OutboxSender sender = sender(greenMail.getSmtp().getPort());
    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofMinutes(3).toMillis()));
    assertThat(sender.sendDue()).isZero();
    assertThat(state(jdbc, id)).isEqualTo(Notification.UNCONFIRMED);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  @DisplayName("without a mail server configured everything waits in the outbox")
  void noMailServerConfigured() {
    String id = queue("CC-2026-00007", "lado", null);
    OutboxSender sender = new OutboxSender(dataSource, () -> null, new MailRecipients(() -> engine),
        OutboxTestSupport.settings());
    assertThat(sender.sendDue()).isZero();
    assertThat(row(id).get("state")).isEqualTo(Notification.PENDING);
    assertThat(row(id).get("attempts")).isEqualTo(0);
  }

  @Test
  @DisplayName("issue 9: back-off doubles from 10 s and is capped at 45 s: with the 10 s schedule, mail resumes "
      + "within 60 s")
  void backoffIsCapped() {
    OutboxSender sender = sender(1);
    assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(sender.backoff(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(sender.backoff(3)).isEqualTo(Duration.ofSeconds(40));
    for (int attempts = 4; attempts < 10_000; attempts *= 3) {
      assertThat(sender.backoff(attempts)).isEqualTo(Duration.ofSeconds(45));
    }
  }

  static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
