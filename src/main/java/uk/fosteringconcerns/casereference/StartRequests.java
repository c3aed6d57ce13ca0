package uk.fosteringconcerns.casereference;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Idempotent starts (issue 9): a client that retries a start after a lost answer gives the same {@code requestId},
 * and the second start creates nothing and answers with the first case. The request id is written in the start's own
 * transaction under a unique key, so two starts with one id, even on two nodes at once, make exactly one case.
 */
public class StartRequests {

  public static final String REQUEST_ID = "requestId";
  public static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9-]{1,64}\\z");

  /** The case a request id started. */
  public record Started(String requestId, String processKey, String processDefinitionId, String processInstanceId,
      String businessKey) {}

  private final JdbcTemplate jdbc;

  public StartRequests(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  public Optional<Started> find(String requestId) {
    List<Started> rows = jdbc.query("SELECT request_id, process_key, process_definition_id, process_instance_id,"
        + " business_key FROM fc_start_request WHERE request_id = ?", (rs, i) -> new Started(rs.getString(1),
        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), requestId);
    return rows.stream().findFirst();
  }

  /** In the start's transaction; a second start with the same id fails here and rolls back with its case. */
  public void record(Started started) {
    jdbc.update("INSERT INTO fc_start_request (request_id, process_key, process_definition_id, process_instance_id,"
            + " business_key, created_at) VALUES (?,?,?,?,?,?)", started.requestId(), started.processKey(),
        started.processDefinitionId(), started.processInstanceId(), started.businessKey(),
        new Timestamp(ClockUtil.getCurrentTime().getTime()));
  }
}
