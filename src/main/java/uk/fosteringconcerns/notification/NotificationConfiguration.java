package uk.fosteringconcerns.notification;

import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration
public class NotificationConfiguration {

  @Bean
  public NotificationTemplates notificationTemplates() {
    return new NotificationTemplates();
  }

  @Bean
  @DependsOnDatabaseInitialization
  public NotificationService notificationService(DataSource dataSource, NotificationTemplates templates) {
    return new NotificationService(dataSource, templates);
  }

  @Bean("notifyDelegate")
  public NotifyDelegate notifyDelegate(NotificationService notifications) {
    return new NotifyDelegate(notifications);
  }

  @Bean
  public MailRecipients mailRecipients(ObjectProvider<ProcessEngine> engine) {
    return new MailRecipients(engine::getObject);
  }

  /**
   * SMTP delivery of the outbox. The JavaMailSender exists only when `spring.mail.host` is configured; without it
   * notifications stay PENDING in the outbox (still readable at /api/notifications). A SmartLifecycle bean: an
   * orderly stop finishes or releases the row being sent.
   */
  @Bean
  @DependsOnDatabaseInitialization
  public OutboxSender outboxSender(DataSource dataSource, ObjectProvider<JavaMailSender> mail,
      MailRecipients recipients,
      @Value("${fostering.notifications.from:fostering-concerns@localhost}") String from,
      @Value("${fostering.notifications.first-backoff:PT10S}") String firstBackoff,
      @Value("${fostering.notifications.max-backoff:PT45S}") String maxBackoff,
      @Value("${fostering.notifications.retry-for:P3D}") String retryFor,
      @Value("${fostering.notifications.sending-lease:PT2M}") String lease,
      @Value("${fostering.notifications.stop-timeout:PT35S}") String stopTimeout,
      @Value("${fostering.notifications.outage-alert:PT15M}") String outageAlert) {
    return new OutboxSender(dataSource, mail::getIfAvailable, recipients,
        new OutboxSender.Settings(from, Duration.parse(firstBackoff), Duration.parse(maxBackoff),
            Duration.parse(retryFor), Duration.parse(lease), Duration.parse(stopTimeout), Duration.parse(outageAlert)));
  }

  /** The sending job; `fostering.notifications.sender.enabled: false` switches it off (e.g. in tests). */
  @Configuration
  @EnableScheduling
  @ConditionalOnProperty(name = "fostering.notifications.sender.enabled", havingValue = "true", matchIfMissing = true)
  public static class OutboxSchedule {

    private final OutboxSender sender;

    public OutboxSchedule(OutboxSender sender) {
      this.sender = sender;
    }

    @Scheduled(initialDelayString = "${fostering.notifications.send-interval:PT10S}",
        fixedDelayString = "${fostering.notifications.send-interval:PT10S}")
    public void send() {
      sender.sendDue();
    }
  }
}
