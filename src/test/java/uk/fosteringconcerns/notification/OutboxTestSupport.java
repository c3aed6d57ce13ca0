package uk.fosteringconcerns.notification;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail senders and settings for the outbox tests, with timeouts short enough to keep the tests fast. */
final class OutboxTestSupport {

  static final String FROM = "fostering-concerns@example.gov.uk";

  private OutboxTestSupport() {}

  /** Production figures (application.yaml) apart from the stop timeout. */
  static OutboxSender.Settings settings() {
    return settings(Duration.ofMinutes(2), Duration.ofSeconds(5));
  }

  static OutboxSender.Settings settings(Duration lease, Duration stopTimeout) {
    return new OutboxSender.Settings(FROM, Duration.ofSeconds(10), Duration.ofSeconds(45), Duration.ofDays(3), lease,
        stopTimeout, Duration.ofMinutes(15));
  }

  /** SMTP to localhost:port; the client gives up on any answer after {@code timeoutMillis}. */
  static JavaMailSenderImpl mail(int port, int timeoutMillis) {
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("localhost");
    mail.setPort(port);
    Properties properties = new Properties();
    properties.put("mail.smtp.connectiontimeout", "2000");
    properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
    properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
    mail.setJavaMailProperties(properties);
    return mail;
  }

  static Map<String, Object> row(JdbcTemplate jdbc, String id) {
    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM fc_notification WHERE id = ?", id);
    // H2 answers upper-case column names, PostgreSQL lower-case
    Map<String, Object> out = new java.util.HashMap<>();
    row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return out;
  }

  /** A user with an address (or none) in a group, both created when missing. */
  static void user(org.camunda.bpm.engine.IdentityService identity, String id, String email, String group) {
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      var g = identity.newGroup(group);
      g.setName(group);
      identity.saveGroup(g);
    }
    var user = identity.newUser(id);
    user.setEmail(email);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  /** Removes every user and group of a test engine. */
  static void clearIdentities(org.camunda.bpm.engine.IdentityService identity) {
    identity.createUserQuery().list().forEach(u -> identity.deleteUser(u.getId()));
    identity.createGroupQuery().list().forEach(g -> identity.deleteGroup(g.getId()));
  }

  static String state(JdbcTemplate jdbc, String id) {
    return (String) row(jdbc, id).get("state");
  }
}
