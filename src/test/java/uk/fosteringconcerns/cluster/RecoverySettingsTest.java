package uk.fosteringconcerns.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 9.5: the figures in application.yaml that bound recovery, as the README states them: a crashed node's jobs
 * run on another node within 60 s, mail resumes within 60 s of the mail server's return, transient mail failures
 * are retried for at least 24 hours, and an orderly stop outwaits one SMTP read.
 */
class RecoverySettingsTest {

  private static Properties yaml() {
    YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
    factory.setResources(new ClassPathResource("application.yaml"));
    return factory.getObject();
  }

  private static Duration duration(Properties p, String key) {
    return Duration.parse(p.getProperty(key));
  }

  private static Duration millis(Properties p, String key) {
    return Duration.ofMillis(Long.parseLong(p.getProperty(key)));
  }

  @Test
  @DisplayName("a crashed node's locked jobs are free after the lock time and found within the longest poll: <= 60 s")
  void jobsOfACrashedNode() {
    Properties p = yaml();
    Duration lock = millis(p, "camunda.bpm.job-execution.lock-time-in-millis");
    Duration longestPoll = millis(p, "camunda.bpm.job-execution.max-wait");
    assertThat(lock.plus(longestPoll)).isLessThanOrEqualTo(Duration.ofSeconds(50));
    assertThat(millis(p, "camunda.bpm.job-execution.wait-time-in-millis")).isLessThanOrEqualTo(longestPoll);
  }

  @Test
  @DisplayName("mail resumes within 60 s of the server's return; transient failures are retried for >= 24 h")
  void outbox() {
    Properties p = yaml();
    Duration interval = duration(p, "fostering.notifications.send-interval");
    Duration cap = duration(p, "fostering.notifications.max-backoff");
    assertThat(interval.plus(cap)).isLessThanOrEqualTo(Duration.ofSeconds(60));
    assertThat(duration(p, "fostering.notifications.first-backoff")).isLessThanOrEqualTo(cap);
    assertThat(duration(p, "fostering.notifications.retry-for")).isGreaterThanOrEqualTo(Duration.ofHours(24));
    Duration smtpRead = Duration.ofMillis(Long.parseLong(p.getProperty("spring.mail.properties[mail.smtp.timeout]")));
    assertThat(duration(p, "fostering.notifications.stop-timeout")).isGreaterThan(smtpRead);
    // the claim is renewed every quarter of the lease: several renewals fit in before another node may step in
    assertThat(duration(p, "fostering.notifications.sending-lease")).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
  }
}
