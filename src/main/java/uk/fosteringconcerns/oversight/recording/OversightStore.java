package uk.fosteringconcerns.oversight.recording;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reporting tables of {@code schema.sql} (fc_ov_*), written on the engine command's own connection so that they
 * commit or roll back with the engine's history. Upserts use each database's own statement (one round trip).
 */
final class OversightStore {

  /** A running process instance: its key, case reference, start and the group its process-level facts belong to. */
  record ProcessRow(String processInstanceId, String processKey, String caseReference, Date startedAt,
      String groupId) {}

  /** An open statutory or measured task. */
  record OpenTaskRow(String taskId, String processInstanceId, String processKey, String caseReference,
      String taskKey, String taskName, String candidateGroups, String assignee, Date createdAt, Date dueAt,
      boolean statutory, LocalDate kpiDueOn) {}

  private final Connection connection;
  private final boolean postgres;
  private final boolean h2;

  OversightStore(Connection connection, String databaseType) {
    this.connection = connection;
    this.postgres = "postgres".equals(databaseType);
    this.h2 = "h2".equals(databaseType);
  }

  Map<String, CapturedValue> variables(String processInstanceId) throws SQLException {
    Map<String, CapturedValue> values = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT name, kind, text_value, number_value,"
        + " date_value FROM fc_ov_variable WHERE process_instance_id = ?")) {
      select.setString(1, processInstanceId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          double number = rs.getDouble(4);
          Double boxed = rs.wasNull() ? null : number;
          Timestamp date = rs.getTimestamp(5);
          values.put(rs.getString(1), new CapturedValue(rs.getString(2), rs.getString(3), boxed,
              date == null ? null : new Date(date.getTime())));
        }
      }
    }
    return values;
  }

  ProcessRow process(String processInstanceId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT process_key, case_reference, started_at,"
        + " group_id FROM fc_ov_process WHERE process_instance_id = ?")) {
      select.setString(1, processInstanceId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new ProcessRow(processInstanceId, rs.getString(1), rs.getString(2), date(rs.getTimestamp(3)),
            rs.getString(4));
      }
    }
  }

  OpenTaskRow openTask(String taskId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT process_instance_id, process_key,"
        + " case_reference, task_key, task_name, candidate_groups, assignee, created_at, due_at, statutory, kpi_due_on"
        + " FROM fc_ov_open_task WHERE task_id = ?")) {
      select.setString(1, taskId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new OpenTaskRow(taskId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), date(rs.getTimestamp(8)), date(rs.getTimestamp(9)),
            rs.getInt(10) == 1, rs.getObject(11, LocalDate.class));
      }
    }
  }

  void insertProcesses(Collection<ProcessRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fc_ov_process (process_instance_id,"
        + " process_key, case_reference, started_at, group_id) VALUES (?,?,?,?,?)")) {
      for (ProcessRow row : rows) {
        insert.setString(1, row.processInstanceId());
        insert.setString(2, row.processKey());
        insert.setString(3, row.caseReference());
        insert.setTimestamp(4, timestamp(row.startedAt()));
        insert.setString(5, row.groupId());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** A running process's case reference changed (its business key was set later). */
  void updateCaseReference(String processInstanceId, String caseReference) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE fc_ov_process SET case_reference = ? WHERE process_instance_id = ?")) {
      update.setString(1, caseReference);
      update.setString(2, processInstanceId);
      update.executeUpdate();
    }
  }

  void deleteProcesses(Collection<String> processInstanceIds) throws SQLException {
    if (processInstanceIds.isEmpty()) {
      return;
    }
    for (String table : List.of("fc_ov_variable", "fc_ov_process")) {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM " + table + " WHERE process_instance_id = ?")) {
        for (String id : processInstanceIds) {
          delete.setString(1, id);
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
  }

  void upsertVariables(String processInstanceId, Map<String, CapturedValue> values) throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    String sql;
    if (postgres) {
      sql = "INSERT INTO fc_ov_variable (process_instance_id, name, kind, text_value, number_value, date_value)"
          + " VALUES (?,?,?,?,?,?) ON CONFLICT (process_instance_id, name) DO UPDATE SET kind = EXCLUDED.kind,"
          + " text_value = EXCLUDED.text_value, number_value = EXCLUDED.number_value, date_value = EXCLUDED.date_value";
    } else if (h2) {
      sql = "MERGE INTO fc_ov_variable (process_instance_id, name, kind, text_value, number_value, date_value)"
          + " KEY (process_instance_id, name) VALUES (?,?,?,?,?,?)";
    } else {
      // other databases: delete and insert (same transaction)
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM fc_ov_variable WHERE process_instance_id = ? AND name = ?")) {
        for (String name : values.keySet()) {
          delete.setString(1, processInstanceId);
          delete.setString(2, name);
          delete.addBatch();
        }
        delete.executeBatch();
      }
      sql = "INSERT INTO fc_ov_variable (process_instance_id, name, kind, text_value, number_value, date_value)"
          + " VALUES (?,?,?,?,?,?)";
    }
    try (PreparedStatement upsert = connection.prepareStatement(sql)) {
      for (Map.Entry<String, CapturedValue> entry : values.entrySet()) {
        CapturedValue value = entry.getValue();
        upsert.setString(1, processInstanceId);
        upsert.setString(2, entry.getKey());
        upsert.setString(3, value.kind());
        upsert.setString(4, value.text());
        if (value.number() == null) {
          upsert.setNull(5, Types.DOUBLE);
        } else {
          upsert.setDouble(5, value.number());
        }
        upsert.setTimestamp(6, timestamp(value.date()));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  void insertOpenTasks(Collection<OpenTaskRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fc_ov_open_task (task_id,"
        + " process_instance_id, process_key, case_reference, task_key, task_name, candidate_groups, assignee,"
        + " created_at, due_at, statutory, kpi_due_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (OpenTaskRow row : rows) {
        insert.setString(1, row.taskId());
        insert.setString(2, row.processInstanceId());
        insert.setString(3, row.processKey());
        insert.setString(4, row.caseReference());
        insert.setString(5, row.taskKey());
        insert.setString(6, row.taskName());
        insert.setString(7, row.candidateGroups());
        insert.setString(8, row.assignee());
        insert.setTimestamp(9, timestamp(row.createdAt()));
        insert.setTimestamp(10, timestamp(row.dueAt()));
        insert.setInt(11, row.statutory() ? 1 : 0);
        insert.setObject(12, row.kpiDueOn(), Types.DATE);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Who holds the task, its due date and name (a claim, a new assignee, a moved due date). */
  void updateOpenTask(String taskId, String taskName, String assignee, Date dueAt) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE fc_ov_open_task SET task_name = ?, assignee = ?, due_at = ? WHERE task_id = ?")) {
      update.setString(1, taskName);
      update.setString(2, assignee);
      update.setTimestamp(3, timestamp(dueAt));
      update.setString(4, taskId);
      update.executeUpdate();
    }
  }

  void updateCandidateGroups(String taskId, String candidateGroups) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE fc_ov_open_task SET candidate_groups = ? WHERE task_id = ?")) {
      update.setString(1, candidateGroups);
      update.setString(2, taskId);
      update.executeUpdate();
    }
  }

  void deleteOpenTasks(Collection<String> taskIds) throws SQLException {
    if (taskIds.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM fc_ov_open_task WHERE task_id = ?")) {
      for (String id : taskIds) {
        delete.setString(1, id);
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  /** Facts are written once; a fact already there (same event) is left as it is. */
  void insertFacts(Collection<Fact> facts, Date recordedAt) throws SQLException {
    if (facts.isEmpty()) {
      return;
    }
    String columns = "(id, report, figure, category, event_on, event_month, group_id, on_time, flag, amount, due_on,"
        + " case_reference, process_instance_id, recorded_at, ended_on)";
    String sql = postgres
        ? "INSERT INTO fc_ov_fact " + columns + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING"
        : h2 ? "MERGE INTO fc_ov_fact " + columns + " KEY (id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        : "INSERT INTO fc_ov_fact " + columns + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (Fact fact : facts) {
        insert.setString(1, fact.id());
        insert.setString(2, fact.report());
        insert.setString(3, fact.figure());
        insert.setString(4, fact.category());
        insert.setObject(5, fact.eventOn(), Types.DATE);
        insert.setInt(6, fact.eventOn().getYear() * 100 + fact.eventOn().getMonthValue());
        insert.setString(7, fact.group());
        setFlag(insert, 8, fact.onTime());
        setFlag(insert, 9, fact.flag());
        if (fact.amount() == null) {
          insert.setNull(10, Types.INTEGER);
        } else {
          insert.setInt(10, fact.amount());
        }
        insert.setObject(11, fact.dueOn(), Types.DATE);
        insert.setString(12, fact.caseReference());
        insert.setString(13, fact.processInstanceId());
        insert.setTimestamp(14, timestamp(recordedAt));
        insert.setObject(15, Figures.OPENING_FIGURES.contains(fact.figure()) ? Figures.STILL_OPEN : null, Types.DATE);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The cases that ended: their opening fact gets the day (fact id → day). */
  void endCases(Map<String, LocalDate> endedOn) throws SQLException {
    if (endedOn.isEmpty()) {
      return;
    }
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE fc_ov_fact SET ended_on = ? WHERE id = ?")) {
      for (Map.Entry<String, LocalDate> entry : endedOn.entrySet()) {
        update.setObject(1, entry.getValue(), Types.DATE);
        update.setString(2, entry.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static void setFlag(PreparedStatement statement, int index, Boolean value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.SMALLINT);
    } else {
      statement.setShort(index, (short) (value ? 1 : 0));
    }
  }

  private static Timestamp timestamp(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }

  private static Date date(Timestamp timestamp) {
    return timestamp == null ? null : new Date(timestamp.getTime());
  }
}
