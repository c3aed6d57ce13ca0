package uk.fosteringconcerns.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox and the deadline watch's table on a real PostgreSQL (schema.sql must run on H2 and PostgreSQL). */
class OutboxPostgresTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static EmbeddedPostgres postgres;
  static DataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    dataSource = postgres.getPostgresDatabase();
    // run twice: every start of the application runs it again
    new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
    new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @DisplayName("PROCESS-API section 5 on PostgreSQL: queued, claimed, sent once")
  void sendsOnceOnPostgres() {
    NotificationService notifications = new NotificationService(dataSource, new NotificationTemplates());
    String id = notifications.queue("CC-2026-00100", "lado-notified", null, "lado@example.gov.uk", null,
        Map.of("caseReference", "CC-2026-00100"));
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("localhost");
    mail.setPort(greenMail.getSmtp().getPort());
    OutboxSender sender = new OutboxSender(dataSource, () -> mail, new MailRecipients(() -> null),
        OutboxTestSupport.settings());
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT state FROM fc_notification WHERE id = ?",
        String.class, id)).isEqualTo(Notification.SENT);
    assertThat(notifications.outbox("CC-2026-00100", Notification.SENT)).hasSize(1);
  }

  @Test
  @DisplayName("issue 9.1: two senders on one PostgreSQL, mail slower than the lease: every row sent once, no false "
      + "UNCONFIRMED")
  void twoSendersWithSlowMail() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("DELETE FROM fc_notification");
    NotificationService notifications = new NotificationService(dataSource, new NotificationTemplates());
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String reference = "CC-2026-0030" + i;
      ids.add(notifications.queue(reference, "lado-notified", null, "worker" + i + "@example.gov.uk", null,
          Map.of("caseReference", reference)));
    }
    // each send takes 1.2 s, longer than the 1 s lease: only the renewal of the claim keeps it the sender's
    OutboxSender.Settings settings = OutboxTestSupport.settings(Duration.ofSeconds(1), Duration.ofSeconds(5));
    try (SmtpStub slow = new SmtpStub().finalReplyAfter(Duration.ofMillis(1200))) {
      OutboxSender nodeA = new OutboxSender(dataSource, () -> OutboxTestSupport.mail(slow.port(), 5000),
          new MailRecipients(() -> null), settings);
      OutboxSender nodeB = new OutboxSender(dataSource, () -> OutboxTestSupport.mail(slow.port(), 5000),
          new MailRecipients(() -> null), settings);
      ExecutorService nodes = Executors.newFixedThreadPool(2);
      try {
        AtomicBoolean unconfirmedSeen = new AtomicBoolean();
        List<Future<Integer>> runs = new ArrayList<>();
        for (OutboxSender node : List.of(nodeA, nodeB)) {
          runs.add(nodes.submit(() -> {
            int sent = 0;
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline && jdbc.queryForObject(
                "SELECT COUNT(*) FROM fc_notification WHERE state IN ('PENDING', 'SENDING')", Integer.class) > 0) {
              sent += node.sendDue();
              Thread.sleep(50);
            }
            return sent;
          }));
        }
        while (runs.stream().anyMatch(f -> !f.isDone())) {
          if (jdbc.queryForObject("SELECT COUNT(*) FROM fc_notification WHERE state = 'UNCONFIRMED'",
              Integer.class) > 0) {
            unconfirmedSeen.set(true);
          }
          Thread.sleep(25);
        }
        int sent = runs.get(0).get() + runs.get(1).get();
        assertThat(unconfirmedSeen).as("a live sender was taken for dead").isFalse();
        assertThat(sent).isEqualTo(3);
        for (String id : ids) {
          assertThat(jdbc.queryForObject("SELECT state FROM fc_notification WHERE id = ?", String.class, id))
              .isEqualTo(Notification.SENT);
          assertThat(slow.deliveries().stream().filter(d -> NotificationService.messageId(id).equals(d.messageId())))
              .hasSize(1);
        }
        assertThat(slow.deliveries()).hasSize(3);
      } finally {
        nodes.shutdownNow();
        nodeA.stop();
        nodeB.stop();
      }
    }
  }
}
