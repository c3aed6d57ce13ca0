package uk.fosteringconcerns.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.mail.javamail.JavaMailSender;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.notification.NotificationConfiguration;
import uk.fosteringconcerns.notification.OutboxSender;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.timescales.ProcedureTimescales;

/** The Spring wiring of escalation and notification (no engine needed: it is looked up lazily). */
class EscalationWiringTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withUserConfiguration(NotificationConfiguration.class, EscalationConfiguration.class)
      .withBean(DataSource.class, () -> new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
          .generateUniqueName(true).addScript("schema.sql").build())
      .withBean(Deadlines.class, () -> new Deadlines(new WorkingDayCalendar(List.of(), 2015, 2030),
          new ProcedureTimescales(() -> null, "dorset")));

  @Test
  @DisplayName("the delegates the escalation model names, and the sender, scheduled by default")
  void defaults() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasBean("escalationStartListener").hasBean("escalationNextStageDelegate")
          .hasBean("escalationStageRanOutListener").hasBean("notifyDelegate");
      assertThat(context).hasSingleBean(OutboxSender.class).hasSingleBean(EscalationStartFormRule.class)
          .hasSingleBean(NotificationConfiguration.OutboxSchedule.class);
      // no spring.mail.host: no mail sender, notifications wait in the outbox
      assertThat(context).doesNotHaveBean(JavaMailSender.class);
      assertThat(context.getBean(OutboxSender.class).sendDue()).isZero();
    });
  }

  @Test
  @DisplayName("spring.mail.host switches SMTP on; the sender's schedule can be switched off for tests")
  void configured() {
    runner.withPropertyValues("spring.mail.host=localhost",
        "fostering.notifications.sender.enabled=false").run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(JavaMailSender.class);
          assertThat(context).doesNotHaveBean(NotificationConfiguration.OutboxSchedule.class);
        });
  }
}
