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
      rs.getString("state"), rs.getInt("attempts"), rs.getTimestamp("sent_at"), rs.getString("last_error"));

  private final JdbcTemplate jdbc;
  private final NotificationTemplates templates;

  public NotificationService(DataSource dataSource, NotificationTemplates templates) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.templates = templates;
  }

  /**
   * Queues a notification.
   *
   * @param template          template id under `notifications/` (e.g. `lado-notified`)
   * @param recipientGroups   comma-separated Camunda group ids whose members receive it
   * @param recipientAddress  an extra e-mail address, or null
   * @param model             values the template may use (never logged)
   * @return the outbox id
   */
  public String queue(String caseReference, String template, String recipientGroups, String recipientAddress,
      String processInstanceId, Map<String, Object> model) {
    NotificationTemplates.Rendered rendered = templates.render(template, model);
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO fc_notification (id, case_reference, template, recipient_groups, recipient_address,"
            + " subject, body, process_instance_id, created_at, state, attempts) VALUES (?,?,?,?,?,?,?,?,?,?,0)",
        id, caseReference, template, recipientGroups, recipientAddress, rendered.subject(), rendered.body(),
        processInstanceId, new Timestamp(ClockUtil.getCurrentTime().getTime()), Notification.PENDING);
    return id;
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

  public List<Notification> all() {
    return jdbc.query("SELECT * FROM fc_notification ORDER BY created_at, id", ROW);
  }
}
