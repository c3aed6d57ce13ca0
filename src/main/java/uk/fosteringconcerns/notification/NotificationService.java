package uk.fosteringconcerns.notification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The one way the product notifies anybody (PROCESS-API section 5). A notification is written to the outbox in
 * the same transaction as the case step that raises it, so it is never lost and never sent for a step that
 * rolled back; delivery happens later, as its own job.
 */
public class NotificationService {

  private static final RowMapper<Notification> ROW = (rs, i) -> new Notification(
      rs.getString("id"), rs.getString("case_reference"), rs.getString("template"),
      rs.getString("recipient_groups"), rs.getString("recipient_address"), rs.getString("subject"),
      rs.getString("body"), rs.getString("process_instance_id"), rs.getTimestamp("created_at"),
      rs.getString("state"), rs.getInt("attempts"), rs.getTimestamp("sent_at"), rs.getString("last_error"),
      rs.getString("recipient_users"), rs.getString("message_id"), rs.getString("delivered_to"),
      rs.getString("refused_to"));

  private final JdbcTemplate jdbc;
  private final NotificationTemplates templates;

  public NotificationService(DataSource dataSource, NotificationTemplates templates) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.templates = templates;
  }

  /**
   * Queues a notification to the members of groups and / or one extra address.
   *
   * @param template          template id under `notifications/` (e.g. `lado-notified`)
   * @param recipientGroups   comma-separated Camunda group ids whose members receive it
   * @param recipientAddress  an extra e-mail address, or null
   * @param model             values the template may use (never logged)
   * @return the outbox id
   */
  public String queue(String caseReference, String template, String recipientGroups, String recipientAddress,
      String processInstanceId, Map<String, Object> model) {
    return queue(caseReference, template, Recipients.groups(recipientGroups).andAddress(recipientAddress),
        processInstanceId, model);
  }

  /**
   * Queues a notification to groups, explicit users (by user id, e.g. a case's named worker instead of the whole
   * group, PROCESS-API section 6) and / or an extra address. Users, like groups, are resolved to their e-mail
   * addresses by the identity service when the notification is sent.
   *
   * @return the outbox id (a notification without any recipient is kept, and FAILED when sent: an administrator
   *     sees it)
   */
  public String queue(String caseReference, String template, Recipients recipients, String processInstanceId,
      Map<String, Object> model) {
    if (recipients == null) {
      recipients = new Recipients(null, null, null);
    }
    NotificationTemplates.Rendered rendered = templates.render(template, model);
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO fc_notification (id, case_reference, template, recipient_groups, recipient_users,"
            + " recipient_address, subject, body, process_instance_id, created_at, state, attempts, message_id)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,0,?)",
        id, caseReference, template, recipients.groupList(), recipients.userList(), recipients.address(),
        rendered.subject(), rendered.body(), processInstanceId,
        new Timestamp(ClockUtil.getCurrentTime().getTime()), Notification.PENDING, messageId(id));
    return id;
  }

  /** The stable Message-ID of every attempt to send a row: the mail log can be searched for it. */
  public static String messageId(String id) {
    return "<" + id + "@fostering-concerns>";
  }

  public List<Notification> forCase(String caseReference) {
    return jdbc.query("SELECT * FROM fc_notification WHERE case_reference = ? ORDER BY created_at, id", ROW,
        caseReference);
  }

  /** A row of the outbox with its delivery schedule (for `GET /api/notifications`). */
  public record OutboxRow(Notification notification, Date nextAttemptAt) {}

  /** The outbox, newest first, optionally for one case and / or in one state. */
  public List<OutboxRow> outbox(String caseReference, String state) {
    StringBuilder sql = new StringBuilder("SELECT * FROM fc_notification WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (caseReference != null) {
      sql.append(" AND case_reference = ?");
      args.add(caseReference);
    }
    if (state != null) {
      sql.append(" AND state = ?");
      args.add(state);
    }
    sql.append(" ORDER BY created_at DESC, id DESC");
    return jdbc.query(sql.toString(), (rs, i) -> new OutboxRow(ROW.mapRow(rs, i), rs.getTimestamp("next_attempt_at")),
        args.toArray());
  }

  /** One row, or null. */
  public Notification find(String id) {
    List<Notification> rows = jdbc.query("SELECT * FROM fc_notification WHERE id = ?", ROW, id);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** What an administrator may do with a row that needs a person (issue 9). */
  public enum AdminAction {
    /**
     * UNCONFIRMED or FAILED → PENDING: sent again to every recipient the mail server has not accepted yet (recipients
     * refused for good are tried again too: their address may have been corrected), with a fresh retry window.
     */
    RESEND(Notification.UNCONFIRMED, Notification.FAILED),
    /** UNCONFIRMED → SENT: the mail log shows the mail server delivered it. */
    MARK_SENT(Notification.UNCONFIRMED);

    private final java.util.Set<String> from;

    AdminAction(String... from) {
      this.from = java.util.Set.of(from);
    }

    public java.util.Set<String> allowedFrom() {
      return from;
    }
  }

  /** The result of an administrator's action: the state the row had, and whether the action applied. */
  public record AdminOutcome(boolean found, boolean applied, String previousState) {}

  /**
   * Applies an administrator's action to a row, if the row is (still) in a state that allows it. Conditional on the
   * state read, so two administrators or a sender acting at the same moment cannot both change it.
   */
  public AdminOutcome administer(String id, AdminAction action, String userId) {
    Notification row = find(id);
    if (row == null) {
      return new AdminOutcome(false, false, null);
    }
    if (!action.allowedFrom().contains(row.state())) {
      return new AdminOutcome(true, false, row.state());
    }
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    int updated = switch (action) {
      case RESEND -> jdbc.update("UPDATE fc_notification SET state = ?, next_attempt_at = NULL, first_failed_at = NULL,"
              + " refused_to = NULL, claimed_by = NULL, claimed_at = NULL, data_started_at = NULL, last_error = NULL,"
              + " resolved_by = ?, resolved_at = ? WHERE id = ? AND state = ?",
          Notification.PENDING, userId, now, id, row.state());
      case MARK_SENT -> jdbc.update("UPDATE fc_notification SET state = ?, sent_at = ?, last_error = ?,"
              + " claimed_by = NULL, resolved_by = ?, resolved_at = ? WHERE id = ? AND state = ?",
          Notification.SENT, now, "Marked sent by an administrator", userId, now, id, row.state());
    };
    if (updated != 1) {
      Notification now2 = find(id);
      return new AdminOutcome(true, false, now2 == null ? null : now2.state());
    }
    return new AdminOutcome(true, true, row.state());
  }

  public List<Notification> all() {
    return jdbc.query("SELECT * FROM fc_notification ORDER BY created_at, id", ROW);
  }
}
