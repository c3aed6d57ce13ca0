package uk.fosteringconcerns.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Map;
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
        new OutboxSender.Settings("fostering-concerns@example.gov.uk", Duration.ofMinutes(1), Duration.ofHours(4),
            5, Duration.ofMinutes(10)));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT state FROM fc_notification WHERE id = ?",
        String.class, id)).isEqualTo(Notification.SENT);
    assertThat(notifications.outbox("CC-2026-00100", Notification.SENT)).hasSize(1);
  }
}
