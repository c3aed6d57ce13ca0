package uk.fosteringconcerns.records.documents;

import java.sql.Timestamp;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.records.audit.AuditEntry;
import uk.fosteringconcerns.records.audit.AuditTrail;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Keeps a case's documents exactly as long as the case's history: once the engine's history cleanup has removed
 * every process instance of a case (history time to live, P3650D after the case ended), its documents are deleted
 * too, and the deletion is audited. Documents younger than the time to live are never even considered: a case
 * cannot have been removed before then.
 */
public class DocumentRetention {

  private final JdbcTemplate jdbc;
  private final Supplier<ProcessEngine> engine;
  private final AuditTrail audit;
  private final Period timeToLive;

  public DocumentRetention(DataSource dataSource, Supplier<ProcessEngine> engine, AuditTrail audit,
      Period timeToLive) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.engine = engine;
    this.audit = audit;
    this.timeToLive = timeToLive;
  }

  /** Deletes the documents of cases whose history is gone; returns how many documents were deleted. */
  public int removeDocumentsOfRemovedCases() {
    Timestamp before = Timestamp.from(ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Deadlines.LONDON)
        .minus(timeToLive).toInstant());
    List<String> candidates = jdbc.queryForList(
        "SELECT DISTINCT case_reference FROM fc_case_document WHERE created_at < ?", String.class, before);
    int removed = 0;
    for (String caseReference : candidates) {
      long remaining = engine.get().getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).count();
      if (remaining == 0) {
        int deleted = jdbc.update("DELETE FROM fc_case_document WHERE case_reference = ?", caseReference);
        audit.append(AuditEntry.change(null, "documents removed at the end of retention", caseReference,
            deleted + " documents; the case's history had been removed after its time to live (" + timeToLive + ")"));
        removed += deleted;
      }
    }
    return removed;
  }
}
