package uk.fosteringconcerns.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.Deadlines;

/** PROCESS-API section 5: the outbox delivered over real SMTP (GreenMail), once, with retries and back-off. */
class OutboxSenderTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final Date NOW = Date.from(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, Deadlines.LONDON).toInstant());
  static final OutboxSender.Settings SETTINGS = new OutboxSender.Settings("fostering-concerns@example.gov.uk",
      Duration.ofMinutes(1), Duration.ofHours(4), 5, Duration.ofMinutes(10));

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
    IdentityService identity = engine.getIdentityService();
    identity.createUserQuery().list().forEach(u -> identity.deleteUser(u.getId()));
    identity.createGroupQuery().list().forEach(g -> identity.deleteGroup(g.getId()));
  }

  private static void user(IdentityService identity, String id, String email, String group) {
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      var g = identity.newGroup(group);
      g.setName(group);
      identity.saveGroup(g);
    }
    User user = identity.newUser(id);
    user.setEmail(email);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  private OutboxSender sender(int port) {
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("localhost");
    mail.setPort(port);
    Properties properties = new Properties();
    properties.put("mail.smtp.connectiontimeout", "2000");
    properties.put("mail.smtp.timeout", "2000");
    mail.setJavaMailProperties(properties);
    return new OutboxSender(dataSource, () -> mail, new MailRecipients(() -> engine), SETTINGS);
  }

  private String queue(String reference, String groups, String address) {
    return notifications.queue(reference, "lado-notified", groups, address, null,
        Map.of("caseReference", reference));
  }

  private Map<String, Object> row(String id) {
    return jdbc.queryForMap("SELECT * FROM fc_notification WHERE id = ?", id);
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
    assertThat(Arrays.stream(received).map(m -> {
      try {
        return m.getMessageID();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).distinct()).containsExactly("<" + id + "@fostering-concerns>");
    assertThat(mailboxes(greenMail)).containsExactlyInAnyOrderEntriesOf(Map.of("laura@example.gov.uk", 1,
        "lee@example.gov.uk", 1, "sam@example.gov.uk", 1, "carer@example.org", 1));
    MimeMessage first = received[0];
    assertThat(first.getSubject()).isEqualTo("Concern CC-2026-00001: LADO decision needed");
    assertThat(first.getFrom()[0].toString()).isEqualTo("fostering-concerns@example.gov.uk");
    // Bcc: nobody sees the other recipients' addresses
    assertThat(first.getRecipients(Message.RecipientType.TO)).isNull();
    assertThat(first.getHeader("Bcc")).isNull();

    Map<String, Object> row = row(id);
    assertThat(row.get("STATE")).isEqualTo(Notification.SENT);
    assertThat(row.get("ATTEMPTS")).isEqualTo(1);
    assertThat(row.get("SENT_AT")).isNotNull();
  }

  @Test
  @DisplayName("PROCESS-API section 5: the mail server is down, then up: every notification arrives, once")
  void serverDownThenUp() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String one = queue("CC-2026-00002", "lado", null);
    String two = queue("CC-2026-00003", "service-manager", null);
    OutboxSender sender = sender(port);

    assertThat(sender.sendDue()).isZero();
    assertThat(row(one).get("STATE")).isEqualTo(Notification.PENDING);
    assertThat(row(one).get("ATTEMPTS")).isEqualTo(1);
    assertThat(((java.sql.Timestamp) row(one).get("NEXT_ATTEMPT_AT")).getTime())
        .isEqualTo(NOW.getTime() + Duration.ofMinutes(1).toMillis());
    assertThat((String) row(one).get("LAST_ERROR")).doesNotContain("@");

    // within the back-off nothing is tried again
    assertThat(sender.sendDue()).isZero();
    assertThat(row(two).get("ATTEMPTS")).isEqualTo(1);

    // second failure: back-off doubles
    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofMinutes(1).toMillis()));
    assertThat(sender.sendDue()).isZero();
    assertThat(row(one).get("ATTEMPTS")).isEqualTo(2);
    assertThat(((java.sql.Timestamp) row(one).get("NEXT_ATTEMPT_AT")).getTime())
        .isEqualTo(NOW.getTime() + Duration.ofMinutes(3).toMillis());

    GreenMail server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    server.start();
    try {
      ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofMinutes(3).toMillis()));
      assertThat(sender.sendDue()).isEqualTo(2);
      assertThat(sender.sendDue()).isZero();
      ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofHours(5).toMillis()));
      assertThat(sender.sendDue()).isZero();

      assertThat(server.waitForIncomingEmail(5000, 3)).isTrue();
      MimeMessage[] received = server.getReceivedMessages();
      assertThat(received).hasSize(3);
      assertThat(mailboxes(server)).containsExactlyInAnyOrderEntriesOf(Map.of("laura@example.gov.uk", 1,
          "lee@example.gov.uk", 1, "sam@example.gov.uk", 1));
      assertThat(Arrays.stream(received).filter(m -> subject(m).contains("CC-2026-00002"))).hasSize(2);
      assertThat(Arrays.stream(received).filter(m -> subject(m).contains("CC-2026-00003"))).hasSize(1);
    } finally {
      server.stop();
    }
    assertThat(row(one).get("STATE")).isEqualTo(Notification.SENT);
    assertThat(row(two).get("STATE")).isEqualTo(Notification.SENT);
    assertThat(row(one).get("ATTEMPTS")).isEqualTo(3);
  }

  @Test
  @DisplayName("after the last attempt a notification is FAILED, and kept")
  void givesUpAfterMaxAttempts() {
    String id = queue("CC-2026-00004", "nobody-here", null);
    OutboxSender sender = sender(greenMail.getSmtp().getPort());
    for (int attempt = 1; attempt <= SETTINGS.maxAttempts(); attempt++) {
      sender.sendDue();
      ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofHours(5).toMillis()));
    }
    assertThat(row(id).get("STATE")).isEqualTo(Notification.FAILED);
    assertThat(row(id).get("ATTEMPTS")).isEqualTo(SETTINGS.maxAttempts());
    assertThat((String) row(id).get("LAST_ERROR")).contains("No recipient has an e-mail address");
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  @DisplayName("a sender that died while sending: the row is never re-sent by itself, it becomes UNCONFIRMED")
  void crashWhileSendingIsNeverResent() {
    String id = queue("CC-2026-00005", "lado", null);
    // a sender claimed it and vanished before marking it SENT
    jdbc.update("UPDATE fc_notification SET state = ?, claimed_at = ?, attempts = 1 WHERE id = ?",
        Notification.SENDING, new java.sql.Timestamp(NOW.getTime()), id);
    OutboxSender sender = sender(greenMail.getSmtp().getPort());
    assertThat(sender.sendDue()).isZero();
    assertThat(row(id).get("STATE")).isEqualTo(Notification.SENDING);
    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofMinutes(11).toMillis()));
    assertThat(sender.sendDue()).isZero();
    assertThat(row(id).get("STATE")).isEqualTo(Notification.UNCONFIRMED);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  @DisplayName("without a mail server configured everything waits in the outbox")
  void noMailServerConfigured() {
    String id = queue("CC-2026-00006", "lado", null);
    OutboxSender sender = new OutboxSender(dataSource, () -> null, new MailRecipients(() -> engine), SETTINGS);
    assertThat(sender.sendDue()).isZero();
    assertThat(row(id).get("STATE")).isEqualTo(Notification.PENDING);
    assertThat(row(id).get("ATTEMPTS")).isEqualTo(0);
  }

  @Test
  @DisplayName("back-off doubles from the first delay up to the cap")
  void backoff() {
    OutboxSender sender = sender(1);
    assertThat(sender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(sender.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(sender.backoff(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(sender.backoff(20)).isEqualTo(Duration.ofHours(4));
  }

  /** Messages per mailbox (GreenMail makes one per envelope recipient). */
  private static Map<String, Integer> mailboxes(com.icegreen.greenmail.base.GreenMailOperations server) throws Exception {
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (var user : server.getUserManager().listUser()) {
      int count = server.getManagers().getImapHostManager().getInbox(user).getMessageCount();
      if (count > 0) {
        counts.put(user.getEmail(), count);
      }
    }
    return counts;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
