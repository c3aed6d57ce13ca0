package uk.fosteringconcerns.records.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The documents of each case (table {@code fc_case_document}): PDF bytes with their SHA-256, never changed. */
public class DocumentStore {

  private final JdbcTemplate jdbc;

  public DocumentStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Written in the caller's transaction (the completing engine command). */
  public void save(StoredDocument document) {
    jdbc.update("INSERT INTO fc_case_document (id, case_reference, process_instance_id, task_id, doc_type, title,"
            + " created_at, created_by, sha256, content) VALUES (?,?,?,?,?,?,?,?,?,?)",
        document.id(), document.caseReference(), document.processInstanceId(), document.taskId(),
        document.type().name(), document.title(), Timestamp.from(document.createdAt()), document.createdBy(),
        document.sha256(), document.content());
  }

  /** The case's documents, oldest first, without their content. */
  public List<StoredDocument> list(String caseReference) {
    return jdbc.query("SELECT id, case_reference, process_instance_id, task_id, doc_type, title, created_at,"
            + " created_by, sha256 FROM fc_case_document WHERE case_reference = ? ORDER BY created_at, id",
        (rs, i) -> row(rs, null), caseReference);
  }

  public Optional<StoredDocument> find(String caseReference, String id) {
    return jdbc.query("SELECT * FROM fc_case_document WHERE case_reference = ? AND id = ?",
        (rs, i) -> row(rs, rs.getBytes("content")), caseReference, id).stream().findFirst();
  }

  private static StoredDocument row(ResultSet rs, byte[] content) throws SQLException {
    return new StoredDocument(rs.getString("id"), rs.getString("case_reference"),
        rs.getString("process_instance_id"), rs.getString("task_id"), DocumentType.valueOf(rs.getString("doc_type")),
        rs.getString("title"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
        rs.getString("sha256"), content);
  }
}
