package uk.fosteringconcerns.oversight.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * {@code GET /api/work/overdue} (PROCESS-API section 9): every open statutory task past its due date whose group the
 * caller oversees, oldest first, with how many working days late it is (England and Wales calendar). Read from
 * fc_ov_open_task, which holds only the open statutory and measured tasks (index on statutory, due date).
 */
public class OverdueWork {

  /** One late task. */
  public record OverdueTask(String taskId, String taskKey, String taskName, String caseReference,
      String processInstanceId, String processKey, String group, List<String> groups, String assignee, Date dueAt,
      LocalDate dueOn, Integer workingDaysLate) {}

  /** A page of the list and how many there are in all. */
  public record Page(long total, List<OverdueTask> tasks) {}

  private final DataSource dataSource;
  private final WorkingDayCalendar calendar;

  public OverdueWork(DataSource dataSource, WorkingDayCalendar calendar) {
    this.dataSource = dataSource;
    this.calendar = calendar;
  }

  public Page overdue(ReportScope scope, Date now, int firstResult, int maxResults) {
    if (scope.isEmpty()) {
      return new Page(0, List.of());
    }
    String where = " FROM fc_ov_open_task WHERE statutory = 1 AND due_at < ?" + groupFilter(scope);
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      long total;
      try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
        bind(count, now, scope);
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<OverdueTask> tasks = new ArrayList<>();
      if (total > firstResult) {
        try (PreparedStatement select = connection.prepareStatement("SELECT task_id, task_key, task_name,"
            + " case_reference, process_instance_id, process_key, candidate_groups, assignee, due_at" + where
            + " ORDER BY due_at, task_id LIMIT ? OFFSET ?")) {
          int next = bind(select, now, scope);
          select.setInt(next, maxResults);
          select.setInt(next + 1, firstResult);
          LocalDate today = Deadlines.toLocalDate(now);
          Map<LocalDate, Integer> lateness = new HashMap<>();
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              List<String> groups = groups(rs.getString(7));
              Timestamp due = rs.getTimestamp(9);
              LocalDate dueOn = Deadlines.toLocalDate(new Date(due.getTime()));
              tasks.add(new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                  rs.getString(5), rs.getString(6), shownGroup(groups, scope), groups, rs.getString(8),
                  new Date(due.getTime()), dueOn, lateness.computeIfAbsent(dueOn, day -> workingDaysLate(day, today))));
            }
          }
        }
      }
      return new Page(total, tasks);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the open tasks (SQL state " + e.getSQLState() + ")", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** Working days after the due day up to today; null when a date lies outside the calendar's checked years. */
  private Integer workingDaysLate(LocalDate dueOn, LocalDate today) {
    try {
      return calendar.workingDaysBetween(dueOn, today);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The group shown: the first of the task's groups the caller oversees. */
  private static String shownGroup(List<String> groups, ReportScope scope) {
    return groups.stream().filter(scope::covers).findFirst().orElse(groups.isEmpty() ? null : groups.get(0));
  }

  static List<String> groups(String framed) {
    return framed == null ? List.of() : Arrays.stream(framed.split(",")).filter(g -> !g.isBlank()).toList();
  }

  private static String groupFilter(ReportScope scope) {
    if (scope.all()) {
      return "";
    }
    List<String> likes = new ArrayList<>();
    scope.groups().forEach(group -> likes.add("candidate_groups LIKE ?"));
    return " AND (" + String.join(" OR ", likes) + ")";
  }

  private static int bind(PreparedStatement statement, Date now, ReportScope scope) throws SQLException {
    int index = 1;
    statement.setTimestamp(index++, new Timestamp(now.getTime()));
    if (!scope.all()) {
      for (String group : scope.groups()) {
        // group ids are [a-zA-Z0-9-]+ (engine whitelist): no LIKE wildcards to escape
        statement.setString(index++, "%," + group + ",%");
      }
    }
    return index;
  }
}
