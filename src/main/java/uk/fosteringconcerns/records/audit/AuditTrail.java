package uk.fosteringconcerns.records.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit trail of case records (PROCESS-API section 10). Each entry stores a SHA-256 over its own
 * fields and the previous entry's hash, so a changed, inserted or removed entry breaks the chain and
 * {@link #verify()} finds it. Appends lock the single head row, so appends from several nodes form one line; the
 * lock is held only for the few inserts at the end of a transaction. The application has no way to change or
 * delete an entry (and on PostgreSQL a trigger refuses it).
 *
 * <p>An append joins the caller's transaction when there is one (an engine command: the audit commits or rolls back
 * with the case step) and runs in its own otherwise (a read over the API).
 */
public class AuditTrail {

  public static final String GENESIS = "0".repeat(64);
  static final int DETAIL_LENGTH = 2000;

  private static final RowMapper<AuditRecord> ROW = (rs, i) -> record(rs);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public AuditTrail(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(transactions);
  }

  public void append(AuditEntry entry) {
    append(List.of(entry));
  }

  public void append(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    transaction.executeWithoutResult(status -> {
      Map<String, Object> head = jdbc.queryForMap(
          "SELECT last_seq, last_hash FROM fc_audit_head WHERE id = 1 FOR UPDATE");
      long seq = ((Number) head.get("last_seq")).longValue();
      String previous = (String) head.get("last_hash");
      Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
      for (AuditEntry raw : entries) {
        AuditEntry entry = bounded(raw);
        seq++;
        String hash = hash(seq, now, entry, previous);
        jdbc.update("INSERT INTO fc_audit (seq, occurred_at, user_id, action, what, case_reference,"
                + " process_instance_id, task_id, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            seq, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), entry.userId(), entry.action(), entry.what(),
            entry.caseReference(), entry.processInstanceId(), entry.taskId(), entry.detail(), previous, hash);
        previous = hash;
      }
      jdbc.update("UPDATE fc_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, previous);
    });
  }

  /** Every entry about one case, oldest first. */
  public List<AuditRecord> forCase(String caseReference) {
    return jdbc.query("SELECT * FROM fc_audit WHERE case_reference = ? ORDER BY seq", ROW, caseReference);
  }

  /** The result of {@link #verify()}: {@code firstBroken} is the first entry that does not fit, or null. */
  public record Verification(boolean intact, long entries, Long firstBroken, String problem) {}

  /** Recomputes the whole chain from the first entry and compares it with the head. */
  public Verification verify() {
    long[] expected = {1};
    String[] previous = {GENESIS};
    Verification[] broken = {null};
    jdbc.query("SELECT * FROM fc_audit ORDER BY seq", (RowCallbackHandler) rs -> {
      if (broken[0] != null) {
        return;
      }
      AuditRecord record = record(rs);
      if (record.seq() != expected[0]) {
        broken[0] = new Verification(false, 0, expected[0], "entry missing");
      } else if (!record.previousHash().equals(previous[0])) {
        broken[0] = new Verification(false, 0, record.seq(), "chain broken");
      } else if (!record.hash().equals(hash(record.seq(), record.occurredAt(), record.entry(), previous[0]))) {
        broken[0] = new Verification(false, 0, record.seq(), "entry changed");
      }
      previous[0] = record.hash();
      expected[0]++;
    });
    long count = expected[0] - 1;
    if (broken[0] != null) {
      return new Verification(false, count, broken[0].firstBroken(), broken[0].problem());
    }
    Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM fc_audit_head WHERE id = 1");
    long headSeq = ((Number) head.get("last_seq")).longValue();
    if (headSeq != count || !previous[0].equals(head.get("last_hash"))) {
      return new Verification(false, count, Math.min(headSeq, count + 1), "last entries missing");
    }
    return new Verification(true, count, null, null);
  }

  /** SHA-256 over the entry's fields, each length-prefixed so that no two entries share an encoding. */
  static String hash(long seq, Instant occurredAt, AuditEntry entry, String previousHash) {
    StringBuilder text = new StringBuilder();
    for (String field : new String[] {Long.toString(seq), Long.toString(occurredAt.toEpochMilli()), entry.userId(),
        entry.action(), entry.what(), entry.caseReference(), entry.processInstanceId(), entry.taskId(),
        entry.detail(), previousHash}) {
      text.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field).append('|');
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AuditEntry bounded(AuditEntry entry) {
    String detail = entry.detail();
    if (detail != null && detail.length() > DETAIL_LENGTH) {
      detail = detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }
    String what = entry.what().length() > 100 ? entry.what().substring(0, 100) : entry.what();
    return new AuditEntry(entry.userId(), entry.action(), what, entry.caseReference(), entry.processInstanceId(),
        entry.taskId(), detail);
  }

  private static AuditRecord record(ResultSet rs) throws SQLException {
    OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
    AuditEntry entry = new AuditEntry(rs.getString("user_id"), rs.getString("action"), rs.getString("what"),
        rs.getString("case_reference"), rs.getString("process_instance_id"), rs.getString("task_id"),
        rs.getString("detail"));
    return new AuditRecord(rs.getLong("seq"), at.toInstant(), entry, rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
