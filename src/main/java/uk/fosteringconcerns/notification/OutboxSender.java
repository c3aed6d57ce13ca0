package uk.fosteringconcerns.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Delivers the outbox over SMTP (PROCESS-API section 5), as its own job, apart from the case: a mail server that
 * is down never rolls a case back and never loses a notification, and nothing is sent twice (issue 9).
 *
 * <p>A run connects once (a mail server that cannot be reached leaves every row as it is, due, so mail resumes
 * at the first run after the server is back) and then, row by row, each step its own short statement:
 * <ol>
 *   <li><b>claim</b>: {@code PENDING → SENDING} with the row's own claim time and a claim token; only the sender
 *       whose conditional update hit the row sends it. While it sends, the claim time is renewed every quarter of
 *       {@code sending-lease}, so another node never takes a live sender for dead;</li>
 *   <li><b>recipients</b>: the groups' members and users resolved to addresses now, minus those the server has
 *       already accepted ({@code delivered_to}) or refused for good ({@code refused_to});</li>
 *   <li><b>before DATA</b> ({@link OutboxTransport}): {@code data_started_at} is written, conditional on the claim
 *       being still ours; a sender that lost its claim or is stopping stops here, before any message data;</li>
 *   <li><b>outcome</b>, from the SMTP transport's own answer (partial sending on, so refused recipients do not stop
 *       the others): accepted recipients are added to {@code delivered_to}; recipients refused with 5xx to
 *       {@code refused_to}; recipients refused with 4xx, or a failure before the data, are retried alone with a
 *       capped back-off ({@code first-backoff} doubling up to {@code max-backoff}) for {@code retry-for};
 *       a timeout or lost connection after the server's 354 and before its final reply is <b>ambiguous</b>: the row
 *       becomes UNCONFIRMED with its stable Message-ID and waits for an administrator (resend / mark sent).</li>
 * </ol>
 * A sender that vanished (crash) is found by its expired lease: before DATA its row is safely released to
 * PENDING, after DATA it becomes UNCONFIRMED. An orderly stop ({@link SmartLifecycle}) claims nothing more, waits up
 * to {@code stop-timeout} for the row being sent, then releases it (before DATA) or marks it UNCONFIRMED: a stop
 * never leaves a row SENDING. Only ids, error types and SMTP codes are logged: never an address, a name or a text.
 */
public class OutboxSender implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 50;

  /**
   * @param firstBackoff wait after the first failed attempt of a row; doubles with each further attempt
   * @param maxBackoff   cap of the back-off (with the send interval, how soon mail resumes after a failure)
   * @param retryFor     how long transient failures are retried before a row is FAILED
   * @param lease        a SENDING row whose claim was not renewed for this long belongs to a vanished sender
   * @param stopTimeout  how long an orderly stop waits for the row being sent
   * @param outageAlert  an unreachable mail server is logged as ERROR once it has been down this long
   */
  public record Settings(String from, Duration firstBackoff, Duration maxBackoff, Duration retryFor,
      Duration lease, Duration stopTimeout, Duration outageAlert) {

    public Settings {
      for (Duration d : List.of(firstBackoff, maxBackoff, retryFor, lease, stopTimeout, outageAlert)) {
        if (d == null || d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("Outbox durations must be positive");
        }
      }
    }

    /** How often a live sender renews its claim. */
    public Duration renewEvery() {
      return lease.dividedBy(4);
    }
  }

  /** What became of one row in one run. */
  enum Outcome { SKIPPED, SENT, RETRY, FAILED, UNCONFIRMED, LOST }

  /** A row this sender has claimed and is sending. */
  private static final class Claim {
    final String id;
    final String token;
    volatile boolean abandoned;

    Claim(String id, String token) {
      this.id = id;
      this.token = token;
    }
  }

  private final JdbcTemplate jdbc;
  private final Supplier<JavaMailSender> mail;
  private final MailRecipients recipients;
  private final Settings settings;
  private final String node;
  /** Claims being sent, by token; also the monitor a stop waits on. */
  private final Map<String, Claim> inFlight = new LinkedHashMap<>();
  private volatile boolean stopping;
  private volatile boolean running;
  private ScheduledExecutorService renewer;
  private volatile Date downSince;
  private volatile boolean outageAlerted;

  public OutboxSender(DataSource dataSource, Supplier<JavaMailSender> mail, MailRecipients recipients,
      Settings settings) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.mail = mail;
    this.recipients = recipients;
    this.settings = settings;
    String jvm = ManagementFactory.getRuntimeMXBean().getName();
    this.node = (jvm.length() > 40 ? jvm.substring(0, 40) : jvm) + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Settings settings() {
    return settings;
  }

  /** Sends what is due; returns how many rows were completely sent. Without a configured mail server, all waits. */
  public int sendDue() {
    JavaMailSender configured = mail.get();
    if (configured == null || stopping) {
      return 0;
    }
    Date now = now();
    expireVanishedClaims(now);
    JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
    limited.setMaxRows(BATCH);
    List<String> due = limited.queryForList("SELECT id FROM fc_notification WHERE state = ? AND (next_attempt_at"
        + " IS NULL OR next_attempt_at <= ?) ORDER BY created_at, id", String.class, Notification.PENDING, ts(now));
    if (due.isEmpty()) {
      return 0;
    }
    int sent = 0;
    OutboxTransport transport = null;
    try {
      for (String id : due) {
        if (stopping) {
          break;
        }
        if (transport == null) {
          transport = connect(configured, due.size());
          if (transport == null) {
            break;
          }
        }
        Outcome outcome = sendOne(transport, id);
        if (outcome == Outcome.SENT) {
          sent++;
        }
        if (outcome != Outcome.SENT && outcome != Outcome.SKIPPED) {
          // after a failure the SMTP session may be mid-transaction or dead: start the next row on a fresh one
          close(transport);
          transport = null;
        }
      }
    } finally {
      close(transport);
    }
    return sent;
  }

  private OutboxTransport connect(JavaMailSender configured, int waiting) {
    if (!(configured instanceof JavaMailSenderImpl impl)) {
      throw new IllegalStateException("SMTP delivery needs Spring's JavaMailSenderImpl (spring.mail.*)");
    }
    String protocol = impl.getProtocol() == null ? "smtp" : impl.getProtocol();
    Properties properties = new Properties();
    properties.putAll(impl.getSession().getProperties());
    // refused recipients do not stop the others; the transport reports who got it (valid sent / unsent / invalid)
    properties.put("mail." + protocol + ".sendpartial", "true");
    // QUIT is not worth waiting for
    properties.put("mail." + protocol + ".quitwait", "false");
    OutboxTransport transport = new OutboxTransport(Session.getInstance(properties), protocol);
    try {
      transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
    } catch (MessagingException | RuntimeException e) {
      mailServerDown(e, waiting);
      return null;
    }
    mailServerUp();
    return transport;
  }

  private void mailServerDown(Exception e, int waiting) {
    Date now = now();
    if (downSince == null) {
      downSince = now;
      LOG.warn("Mail server unreachable ({}); {} notification(s) wait in the outbox and go when it is back",
          e.getClass().getSimpleName(), waiting);
    } else if (!outageAlerted && now.getTime() - downSince.getTime() >= settings.outageAlert().toMillis()) {
      outageAlerted = true;
      LOG.error("Mail server unreachable for {} minutes ({}); {} notification(s) waiting: check spring.mail.* and "
          + "the mail server", Duration.ofMillis(now.getTime() - downSince.getTime()).toMinutes(),
          e.getClass().getSimpleName(), waiting);
    }
  }

  private void mailServerUp() {
    if (downSince != null) {
      LOG.info("Mail server reachable again after {} s", (now().getTime() - downSince.getTime()) / 1000);
      downSince = null;
      outageAlerted = false;
    }
  }

  /** The parts of a row a send needs. */
  private record Row(String groups, String users, String address, String subject, String body, String messageId,
      int attempts, Set<String> delivered, Set<String> refused, Date firstFailedAt) {}

  Outcome sendOne(OutboxTransport transport, String id) {
    Claim claim = claim(id);
    if (claim == null) {
      return Outcome.SKIPPED;
    }
    try {
      Row row = load(id);
      Set<String> resolved;
      try {
        resolved = recipients.of(row.groups(), row.users(), row.address());
      } catch (RuntimeException e) {
        return retryLater(claim, row, row.delivered(), row.refused(), e.getClass().getSimpleName()
            + " while looking up the recipients");
      }
      if (resolved.isEmpty() && row.delivered().isEmpty()) {
        return failed(claim, row.delivered(), row.refused(), "No recipient has an e-mail address");
      }
      Set<String> to = new LinkedHashSet<>(resolved);
      to.removeAll(row.delivered());
      to.removeAll(row.refused());
      if (to.isEmpty()) {
        return finished(claim, row.delivered(), row.refused(), null);
      }
      MimeMessage message;
      InternetAddress[] addresses;
      try {
        addresses = addresses(to);
        message = message(row, addresses);
      } catch (MessagingException e) {
        return failed(claim, row.delivered(), row.refused(), "Cannot build the message: "
            + e.getClass().getSimpleName());
      }
      transport.prepare(() -> dataStarting(claim));
      try {
        transport.sendMessage(message, addresses);
        Set<String> delivered = new LinkedHashSet<>(row.delivered());
        delivered.addAll(to);
        return finished(claim, delivered, row.refused(), null);
      } catch (MessagingException e) {
        return afterFailure(claim, row, transport.dataAccepted(), e);
      }
    } catch (RuntimeException e) {
      // the database went away mid-send, most likely: the lease sorts the row out
      LOG.warn("Notification {} left to its lease: {}", id, e.getClass().getSimpleName());
      return Outcome.LOST;
    } finally {
      finish(claim);
    }
  }

  /** Classifies a failed send by the SMTP transport's own report. */
  private Outcome afterFailure(Claim claim, Row row, boolean dataAccepted, MessagingException e) {
    Set<String> delivered = new LinkedHashSet<>(row.delivered());
    Set<String> refused = new LinkedHashSet<>(row.refused());
    SendFailedException perRecipient = e instanceof SendFailedException f ? f : null;
    Set<String> sentNow = perRecipient == null ? Set.of() : names(perRecipient.getValidSentAddresses());
    Set<String> refusedNow = perRecipient == null ? Set.of() : names(perRecipient.getInvalidAddresses());
    Set<String> unsentNow = perRecipient == null ? Set.of() : names(perRecipient.getValidUnsentAddresses());
    int code = e instanceof SMTPSendFailedException smtp ? smtp.getReturnCode() : 0;
    boolean finalReply = code >= 200 && code <= 599;
    // 5xx to RCPT (550, 551, 553, …): refused for good; those recipients are not tried again by themselves
    refused.addAll(refusedNow);
    if (sentNow.isEmpty() && dataAccepted && !finalReply) {
      // the data went and no final reply came (timeout, connection lost): it may have been delivered
      return unconfirmed(claim, delivered, refused, e.getClass().getSimpleName()
          + " after the message data, without the mail server's final reply");
    }
    delivered.addAll(sentNow);
    String error = describe(e, code);
    if (perRecipient == null || !unsentNow.isEmpty() || (sentNow.isEmpty() && refusedNow.isEmpty())) {
      // a failure of the connection, MAIL FROM, DATA or its reply, or recipients answered 4xx: the recipients not
      // yet accepted (and not refused for good) are tried again after the back-off
      return retryLater(claim, row, delivered, refused, error);
    }
    return finished(claim, delivered, refused, error);
  }

  // ---- row states (every update is conditional on the claim still being ours) ----

  private Claim claim(String id) {
    Claim claim;
    synchronized (inFlight) {
      if (stopping) {
        return null;
      }
      claim = new Claim(id, node + "/" + UUID.randomUUID().toString().substring(0, 8));
      inFlight.put(claim.token, claim);
    }
    Date now = now();
    int claimed;
    try {
      claimed = jdbc.update("UPDATE fc_notification SET state = ?, claimed_at = ?, claimed_by = ?,"
            + " attempts = attempts + 1, data_started_at = NULL, message_id = COALESCE(message_id, ?)"
            + " WHERE id = ? AND state = ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)",
          Notification.SENDING, ts(now), claim.token, NotificationService.messageId(id), id, Notification.PENDING,
          ts(now));
    } catch (RuntimeException e) {
      finish(claim);
      throw e;
    }
    if (claimed != 1) {
      finish(claim);
      return null;
    }
    ensureRenewer();
    return claim;
  }

  private Row load(String id) {
    Map<String, Object> r = jdbc.queryForMap("SELECT recipient_groups, recipient_users, recipient_address, subject,"
        + " body, message_id, attempts, delivered_to, refused_to, first_failed_at FROM fc_notification WHERE id = ?",
        id);
    return new Row((String) r.get("recipient_groups"), (String) r.get("recipient_users"),
        (String) r.get("recipient_address"), (String) r.get("subject"), (String) r.get("body"),
        (String) r.get("message_id"), ((Number) r.get("attempts")).intValue(), set((String) r.get("delivered_to")),
        set((String) r.get("refused_to")), (Date) r.get("first_failed_at"));
  }

  /** The gate before DATA: records the data phase, or refuses when the claim is no longer ours. */
  private void dataStarting(Claim claim) throws MessagingException {
    if (claim.abandoned) {
      throw new MessagingException("Sender stopping");
    }
    int marked = jdbc.update("UPDATE fc_notification SET data_started_at = ? WHERE id = ? AND claimed_by = ?"
        + " AND state = ?", ts(now()), claim.id, claim.token, Notification.SENDING);
    if (marked != 1) {
      throw new MessagingException("Claim lost before the message data");
    }
  }

  private Outcome finished(Claim claim, Set<String> delivered, Set<String> refused, String error) {
    if (!refused.isEmpty()) {
      String why = "Refused for good for " + refused.size() + " recipient(s)" + (error == null ? "" : ": " + error)
          + (delivered.isEmpty() ? "" : "; delivered to " + delivered.size());
      return failed(claim, delivered, refused, why);
    }
    int updated = jdbc.update("UPDATE fc_notification SET state = ?, sent_at = ?, last_error = NULL,"
            + " delivered_to = ?, refused_to = NULL, next_attempt_at = NULL, first_failed_at = NULL"
            + " WHERE id = ? AND claimed_by = ? AND state IN (?, ?)",
        Notification.SENT, ts(now()), join(delivered), claim.id, claim.token, Notification.SENDING,
        Notification.UNCONFIRMED);
    return updated == 1 ? Outcome.SENT : Outcome.LOST;
  }

  private Outcome failed(Claim claim, Set<String> delivered, Set<String> refused, String why) {
    // delivered to some: when that happened is kept
    SqlParameterValue sentAt = new SqlParameterValue(Types.TIMESTAMP, delivered.isEmpty() ? null : ts(now()));
    int updated = jdbc.update("UPDATE fc_notification SET state = ?, last_error = ?, delivered_to = ?, refused_to = ?,"
            + " sent_at = COALESCE(?, sent_at) WHERE id = ? AND claimed_by = ? AND state IN (?, ?)",
        Notification.FAILED, truncate(why), join(delivered), join(refused), sentAt, claim.id, claim.token,
        Notification.SENDING, Notification.UNCONFIRMED);
    if (updated == 1) {
      LOG.error("Notification {} FAILED: {}. Fix the cause (a recipient's address, the mail server), then resend it "
          + "(POST /api/notifications/{}/resend)", claim.id, why, claim.id);
      return Outcome.FAILED;
    }
    return Outcome.LOST;
  }

  private Outcome retryLater(Claim claim, Row row, Set<String> delivered, Set<String> refused, String error) {
    Date now = now();
    Date firstFailed = row.firstFailedAt() == null ? now : row.firstFailedAt();
    if (now.getTime() - firstFailed.getTime() >= settings.retryFor().toMillis()) {
      return failed(claim, delivered, refused, "Gave up after " + settings.retryFor().toHours()
          + " hours of failures: " + error);
    }
    Duration wait = backoff(row.attempts());
    int updated = jdbc.update("UPDATE fc_notification SET state = ?, next_attempt_at = ?, last_error = ?,"
            + " first_failed_at = ?, delivered_to = ?, refused_to = ? WHERE id = ? AND claimed_by = ? AND state = ?",
        Notification.PENDING, ts(new Date(now.getTime() + wait.toMillis())), truncate(error), ts(firstFailed),
        join(delivered), join(refused), claim.id, claim.token, Notification.SENDING);
    if (updated == 1) {
      LOG.warn("Notification {} not sent (attempt {}): {}; next attempt in {} s", claim.id, row.attempts(), error,
          wait.toSeconds());
      return Outcome.RETRY;
    }
    return Outcome.LOST;
  }

  private Outcome unconfirmed(Claim claim, Set<String> delivered, Set<String> refused, String why) {
    int updated = jdbc.update("UPDATE fc_notification SET state = ?, last_error = ?, delivered_to = ?, refused_to = ?"
            + " WHERE id = ? AND claimed_by = ? AND state IN (?, ?)",
        Notification.UNCONFIRMED, truncate(why + ": check the mail log for its Message-ID"), join(delivered),
        join(refused), claim.id, claim.token, Notification.SENDING, Notification.UNCONFIRMED);
    if (updated == 1) {
      LOG.error("Notification {} UNCONFIRMED: {}. Check the mail log for Message-ID <{}@fostering-concerns>, then "
          + "resend it or mark it sent (POST /api/notifications/{}/resend | mark-sent)", claim.id, why, claim.id,
          claim.id);
      return Outcome.UNCONFIRMED;
    }
    return Outcome.LOST;
  }

  /** first × 2^(attempts-1), at most maxBackoff. */
  public Duration backoff(int attempts) {
    Duration delay = settings.firstBackoff();
    for (int i = 1; i < attempts && delay.compareTo(settings.maxBackoff()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
  }

  // ---- claims of vanished senders, renewal, orderly stop ----

  private void expireVanishedClaims(Date now) {
    Date before = new Date(now.getTime() - settings.lease().toMillis());
    List<Map<String, Object>> stale = jdbc.queryForList("SELECT id, claimed_by, data_started_at FROM fc_notification"
        + " WHERE state = ? AND claimed_at < ?", Notification.SENDING, ts(before));
    for (Map<String, Object> row : stale) {
      String id = (String) row.get("id");
      String token = row.get("claimed_by") == null ? "" : (String) row.get("claimed_by");
      // a row claimed before claims recorded the data phase (no token) may have gone: never released blindly
      if (row.get("data_started_at") == null && !token.isEmpty()) {
        if (jdbc.update("UPDATE fc_notification SET state = ?, next_attempt_at = NULL, last_error = ? WHERE id = ?"
                + " AND state = ? AND claimed_at < ? AND data_started_at IS NULL AND COALESCE(claimed_by, '') = ?",
            Notification.PENDING, "Its sender stopped before the message data; sent again", id, Notification.SENDING,
            ts(before), token) == 1) {
          LOG.info("Notification {} released: its sender stopped before the message data", id);
        }
      } else if (jdbc.update("UPDATE fc_notification SET state = ?, last_error = ? WHERE id = ? AND state = ?"
              + " AND claimed_at < ? AND (data_started_at IS NOT NULL OR claimed_by IS NULL)"
              + " AND COALESCE(claimed_by, '') = ?",
          Notification.UNCONFIRMED, "Its sender stopped during the message data: check the mail log for its"
              + " Message-ID", id, Notification.SENDING, ts(before), token) == 1) {
        LOG.error("Notification {} UNCONFIRMED: its sender stopped during the message data. Check the mail log for "
            + "Message-ID <{}@fostering-concerns>, then resend it or mark it sent (POST /api/notifications/{}/"
            + "resend | mark-sent)", id, id, id);
      }
    }
  }

  private synchronized void ensureRenewer() {
    if (renewer == null) {
      renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-claim-renewal");
        t.setDaemon(true);
        return t;
      });
      long every = Math.max(1, settings.renewEvery().toMillis());
      renewer.scheduleWithFixedDelay(this::renewClaims, every, every, TimeUnit.MILLISECONDS);
    }
  }

  /** Keeps the claim time of every row being sent fresh, so no other node takes this live sender for dead. */
  private void renewClaims() {
    List<Claim> claims;
    synchronized (inFlight) {
      claims = new ArrayList<>(inFlight.values());
    }
    for (Claim claim : claims) {
      try {
        jdbc.update("UPDATE fc_notification SET claimed_at = ? WHERE id = ? AND claimed_by = ? AND state = ?",
            ts(now()), claim.id, claim.token, Notification.SENDING);
      } catch (RuntimeException e) {
        LOG.warn("Claim of notification {} not renewed: {}", claim.id, e.getClass().getSimpleName());
      }
    }
  }

  private void finish(Claim claim) {
    synchronized (inFlight) {
      inFlight.remove(claim.token);
      inFlight.notifyAll();
    }
  }

  @Override
  public void start() {
    stopping = false;
    running = true;
  }

  /**
   * Orderly stop: nothing more is claimed; the row being sent is given {@code stop-timeout} to finish, then
   * released (before its data went) or marked UNCONFIRMED (after). Never leaves a row SENDING.
   */
  @Override
  public void stop() {
    List<Claim> left;
    synchronized (inFlight) {
      stopping = true;
      long deadline = System.nanoTime() + settings.stopTimeout().toNanos();
      while (!inFlight.isEmpty()) {
        long waitMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (waitMs <= 0) {
          break;
        }
        try {
          inFlight.wait(waitMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      left = new ArrayList<>(inFlight.values());
    }
    for (Claim claim : left) {
      claim.abandoned = true;
      try {
        releaseAtStop(claim);
      } catch (RuntimeException e) {
        LOG.warn("Notification {} left to its lease at shutdown: {}", claim.id, e.getClass().getSimpleName());
      }
    }
    synchronized (this) {
      if (renewer != null) {
        renewer.shutdownNow();
        renewer = null;
      }
    }
    running = false;
  }

  private void releaseAtStop(Claim claim) {
    if (jdbc.update("UPDATE fc_notification SET state = ?, next_attempt_at = NULL, last_error = ? WHERE id = ?"
            + " AND claimed_by = ? AND state = ? AND data_started_at IS NULL",
        Notification.PENDING, "Released at shutdown before the message data", claim.id, claim.token,
        Notification.SENDING) == 1) {
      LOG.info("Notification {} released at shutdown before the message data", claim.id);
    } else if (jdbc.update("UPDATE fc_notification SET state = ?, last_error = ? WHERE id = ? AND claimed_by = ?"
            + " AND state = ? AND data_started_at IS NOT NULL",
        Notification.UNCONFIRMED, "Shut down before the mail server's final reply: check the mail log for its"
            + " Message-ID", claim.id, claim.token, Notification.SENDING) == 1) {
      LOG.error("Notification {} UNCONFIRMED: shut down before the mail server's final reply. Check the mail log for "
          + "Message-ID <{}@fostering-concerns>, then resend it or mark it sent (POST /api/notifications/{}/resend "
          + "| mark-sent)", claim.id, claim.id, claim.id);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  // ---- helpers ----

  private MimeMessage message(Row row, InternetAddress[] to) throws MessagingException {
    String messageId = row.messageId();
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(new InternetAddress(settings.from()));
    // Bcc (never written to the message): nobody sees the other recipients' addresses
    message.addRecipients(jakarta.mail.Message.RecipientType.BCC, to);
    message.setSubject(row.subject(), StandardCharsets.UTF_8.name());
    message.setText(row.body(), StandardCharsets.UTF_8.name());
    message.setSentDate(now());
    message.saveChanges();
    return message;
  }

  private static InternetAddress[] addresses(Set<String> to) throws MessagingException {
    List<InternetAddress> out = new ArrayList<>();
    for (String address : to) {
      out.add(new InternetAddress(address, true));
    }
    return out.toArray(InternetAddress[]::new);
  }

  /** Exception type and SMTP codes (of the command and of each refused recipient): never an address. */
  private static String describe(MessagingException e, int code) {
    StringBuilder out = new StringBuilder(e.getClass().getSimpleName());
    if (code > 0 && code != 250) {
      out.append(' ').append(code);
    }
    Map<Integer, Integer> recipientCodes = new java.util.TreeMap<>();
    Exception next = e.getNextException();
    for (int i = 0; next instanceof MessagingException m && i < 1000; i++, next = m.getNextException()) {
      if (next instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException failed) {
        recipientCodes.merge(failed.getReturnCode(), 1, Integer::sum);
      }
    }
    if (!recipientCodes.isEmpty()) {
      out.append(", recipients refused:");
      recipientCodes.forEach((c, n) -> out.append(' ').append(c).append(" x").append(n));
    }
    return out.toString();
  }

  private static Set<String> names(Address[] addresses) {
    Set<String> out = new LinkedHashSet<>();
    if (addresses != null) {
      for (Address address : addresses) {
        if (address instanceof InternetAddress internet) {
          out.add(MailRecipients.normalise(internet.getAddress()));
        }
      }
    }
    return out;
  }

  private static Set<String> set(String column) {
    return new LinkedHashSet<>(Recipients.split(column));
  }

  private static String join(Set<String> addresses) {
    return addresses.isEmpty() ? null : String.join(",", addresses);
  }

  private static String truncate(String text) {
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }

  private static void close(OutboxTransport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException | RuntimeException e) {
        // the connection is gone either way
      }
    }
  }

  private static Date now() {
    return ClockUtil.getCurrentTime();
  }

  private static Timestamp ts(Date date) {
    return new Timestamp(date.getTime());
  }
}
