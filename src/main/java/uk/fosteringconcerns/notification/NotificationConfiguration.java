package uk.fosteringconcerns.notification;

import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
