package uk.fosteringconcerns.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Delivers the outbox over SMTP (PROCESS-API section 5), as its own job, apart from the case: a mail server
 * that is down never rolls a case back and never loses a notification.
 *
 * <p>Per row, each step its own short transaction (auto-commit):
 * <ol>
 *   <li>claim: {@code UPDATE … SET state='SENDING', attempts=attempts+1 WHERE id=? AND state='PENDING' AND due};
 *       only the sender whose update hit the row sends it (several nodes or overlapping runs are safe);</li>
 *   <li>send one message to every recipient (Bcc, so that a carer never sees staff addresses), with a
 *       Message-ID made from the outbox id;</li>
 *   <li>success: {@code state='SENT'}; failure: back to PENDING with {@code next_attempt_at} = now + back-off
 *       (first × 2^(attempts-1), capped), or FAILED after the last attempt.</li>
 * </ol>
 * Crash window: if the process dies after the mail server accepted the message and before step 3, the row stays
 * SENDING. It is never sent again by itself (a retried send never sends twice): after the lease it becomes
 * UNCONFIRMED, stays in the outbox and at {@code GET /api/notifications}, and an administrator checks the mail
 * server's log for its Message-ID before setting it back to PENDING. Nothing is lost, nothing is doubled.
 * Only ids and error types are logged: never an address, a name or a text.
 */
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 50;

  public record Settings(String from, Duration firstBackoff, Duration maxBackoff, int maxAttempts, Duration lease) {}

  private final JdbcTemplate jdbc;
  private final Supplier<JavaMailSender> mail;
  private final MailRecipients recipients;
  private final Settings settings;

  public OutboxSender(DataSource dataSource, Supplier<JavaMailSender> mail, MailRecipients recipients,
      Settings settings) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.mail = mail;
    this.recipients = recipients;
    this.settings = settings;
  }

  /** Sends what is due; returns how many went out. Without a configured mail server, everything waits. */
  public int sendDue() {
    JavaMailSender sender = mail.get();
    if (sender == null) {
      return 0;
    }
    Date now = ClockUtil.getCurrentTime();
    giveUpOnVanishedSenders(now);
    JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
    limited.setMaxRows(BATCH);
    List<String> due = limited.queryForList("SELECT id FROM fc_notification WHERE state = ? AND (next_attempt_at"
        + " IS NULL OR next_attempt_at <= ?) ORDER BY created_at, id", String.class, Notification.PENDING, ts(now));
    int sent = 0;
    for (String id : due) {
      if (sendOne(sender, id, now)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean sendOne(JavaMailSender sender, String id, Date now) {
    String messageId = "<" + id + "@fostering-concerns>";
    int claimed = jdbc.update("UPDATE fc_notification SET state = ?, claimed_at = ?, attempts = attempts + 1,"
            + " message_id = ? WHERE id = ? AND state = ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)",
        Notification.SENDING, ts(now), messageId, id, Notification.PENDING, ts(now));
    if (claimed != 1) {
      return false;
    }
    var row = jdbc.queryForMap("SELECT recipient_groups, recipient_address, subject, body, attempts"
        + " FROM fc_notification WHERE id = ?", id);
    int attempts = ((Number) row.get("attempts")).intValue();
    try {
      Set<String> to = recipients.of((String) row.get("recipient_groups"), (String) row.get("recipient_address"));
      if (to.isEmpty()) {
        throw new IllegalStateException("No recipient has an e-mail address");
      }
      sender.send(message(messageId, to, (String) row.get("subject"), (String) row.get("body")));
    } catch (Exception e) {
      failed(id, attempts, now, e);
      return false;
    }
    // also from UNCONFIRMED: a send slower than the lease did go out after all
    jdbc.update("UPDATE fc_notification SET state = ?, sent_at = ?, last_error = NULL WHERE id = ? AND state IN (?, ?)",
        Notification.SENT, ts(ClockUtil.getCurrentTime()), id, Notification.SENDING, Notification.UNCONFIRMED);
    return true;
  }

  private void failed(String id, int attempts, Date now, Exception e) {
    boolean lastAttempt = attempts >= settings.maxAttempts();
    Date next = new Date(now.getTime() + backoff(attempts).toMillis());
    String error = e.getClass().getSimpleName() + (e instanceof IllegalStateException ? ": " + e.getMessage() : "");
    jdbc.update("UPDATE fc_notification SET state = ?, next_attempt_at = ?, last_error = ? WHERE id = ? AND state = ?",
        lastAttempt ? Notification.FAILED : Notification.PENDING, ts(next), error, id, Notification.SENDING);
    LOG.warn("Notification {} not sent (attempt {} of {}): {}", id, attempts, settings.maxAttempts(),
        e.getClass().getSimpleName());
  }

  /** first × 2^(attempts-1), at most maxBackoff. */
  Duration backoff(int attempts) {
    Duration delay = settings.firstBackoff();
    for (int i = 1; i < attempts && delay.compareTo(settings.maxBackoff()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
  }

  private void giveUpOnVanishedSenders(Date now) {
    Date before = new Date(now.getTime() - settings.lease().toMillis());
    int stale = jdbc.update("UPDATE fc_notification SET state = ?, last_error = ? WHERE state = ? AND claimed_at < ?",
        Notification.UNCONFIRMED, "Sender stopped while sending: check the mail log for the Message-ID",
        Notification.SENDING, ts(before));
    if (stale > 0) {
      LOG.error("{} notification(s) UNCONFIRMED: a sender stopped while sending them; check the mail log", stale);
    }
  }

  private MimeMessage message(String messageId, Set<String> to, String subject, String body)
      throws MessagingException {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(new InternetAddress(settings.from()));
    for (String address : to) {
      message.addRecipient(jakarta.mail.Message.RecipientType.BCC, new InternetAddress(address));
    }
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    message.setSentDate(ClockUtil.getCurrentTime());
    return message;
  }

  private static Timestamp ts(Date date) {
    return new Timestamp(date.getTime());
  }
}
