package uk.fosteringconcerns.cluster;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Several nodes on one database (issue 9): see README "Running several nodes". */
@Configuration
public class ClusterConfiguration {

  @Bean
  public StartupLock startupLock(DataSource dataSource,
      @Value("${fostering.cluster.startup-lock-wait:PT5M}") String maxWait) {
    return new StartupLock(dataSource, Duration.parse(maxWait));
  }
}
