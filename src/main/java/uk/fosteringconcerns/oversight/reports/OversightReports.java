package uk.fosteringconcerns.oversight.reports;

import static uk.fosteringconcerns.oversight.recording.Figures.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.oversight.OversightNames;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * The three reports of PROCESS-API section 9, read from the facts the history handler keeps (fc_ov_fact): one
 * grouped query over the period's facts (index on report and date), one for the figures that are a state at the end of
 * the period ({@code open}), one for the median. Every figure is a count; a timed one also the number and % on time.
 */
public class OversightReports {

  public static final String LADO_REPORT = "lado";
  public static final String STANDARDS_OF_CARE_REPORT = "standards-of-care";
  public static final String ESCALATIONS_REPORT = "escalations";
  /** More months than this and the report leaves out the month-by-month figures. */
  static final int MAX_MONTHS = 120;

  /** One figure of a report's answer, and where it comes from. */
  sealed interface Output permits Count, Timed, Breakdown, Open, Median {
    String name();
  }

  /** How many facts (of one category, when given). */
  record Count(String name, String figure, String category) implements Output {}

  /** How many, how many on time and late, and the % on time of those timed; lateWithReason for the IEM. */
  record Timed(String name, String figure, boolean lateReason) implements Output {}

  /** One count per category; the keys listed always appear (0 when none). */
  record Breakdown(String name, String figure, List<String> keys) implements Output {}

  /** How many were open at the end of the period: opened by then and not ended by then. */
  record Open(String name, String opened) implements Output {}

  /** The median of the facts' amounts (e.g. working days to resolve), with how many there were. */
  record Median(String name, String figure) implements Output {}

  record Definition(String name, String report, List<Output> outputs) {}

  private static final List<String> OUTCOME_VALUES = AllegationVariables.OUTCOMES;
  private static final List<String> APPROVAL_VALUES = List.of(AllegationVariables.CONTINUE_APPROVAL,
      AllegationVariables.CHANGE_TERMS, AllegationVariables.TERMINATE_APPROVAL);

  static final Definition LADO_DEFINITION = new Definition(LADO_REPORT, OversightNames.LADO, List.of(
      new Count("contacts", CONTACTS, null),
      new Timed("initialDiscussionsWithin1WorkingDay", INITIAL_DISCUSSIONS, false),
      new Timed("decisionsWithin1WorkingDay", DECISIONS, false),
      new Timed("decisionsWithin24Hours", DECISIONS_24_HOURS, false),
      new Breakdown("routes", DECISIONS, List.of(ConcernTriageVariables.ALLEGATION, OversightNames.THRESHOLD_UNCLEAR,
          ConcernTriageVariables.STANDARDS_OF_CARE, ConcernTriageVariables.COMPLAINT,
          ConcernTriageVariables.NO_FURTHER_ACTION)),
      new Count("referrals", DECISIONS, ConcernTriageVariables.ALLEGATION),
      new Breakdown("referralTypes", REFERRAL_TYPES, OversightNames.HARM_CATEGORIES),
      new Timed("iemWithin5WorkingDays", IEMS, true),
      new Count("thresholdNotMet", THRESHOLD_NOT_MET, null),
      new Timed("paimWithin28Days", PAIMS, false),
      new Breakdown("outcomes", OUTCOMES, OUTCOME_VALUES),
      new Count("dbsReferrals", DBS_REFERRALS, null),
      new Breakdown("closedWithin", CLOSED, List.of("4w", "8w", "12w", "26w", "over26w")),
      new Open("open", ALLEGATIONS_OPENED)));

  static final Definition STANDARDS_OF_CARE_DEFINITION = new Definition(STANDARDS_OF_CARE_REPORT,
      OversightNames.STANDARDS_OF_CARE, List.of(
      new Count("cases", CASES, null),
      new Timed("visitsOnTime", VISITS, false),
      new Timed("visitRecordsOnTime", VISIT_RECORDS, false),
      new Count("meetingsHeld", MEETINGS, null),
      new Timed("meetingsOnTime", MEETINGS, false),
      new Timed("reportsToChairOnTime", REPORTS_TO_CHAIR, false),
      new Timed("reportsToCarerOnTime", REPORTS_TO_CARER, false),
      new Timed("minutesOnTime", MINUTES, false),
      new Breakdown("meetingOutcomes", MEETINGS, List.of(StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION,
          StandardsOfCareVariables.OUTCOME_ACTION_PLAN, StandardsOfCareVariables.OUTCOME_BRING_FORWARD_ANNUAL_REVIEW,
          StandardsOfCareVariables.OUTCOME_REFER_TO_PANEL)),
      new Breakdown("panelDecisions", PANELS, APPROVAL_VALUES),
      new Breakdown("agencyDecisions", AGENCY_DECISIONS, APPROVAL_VALUES),
      new Timed("agencyDecisionsOnTime", AGENCY_DECISIONS, false),
      new Count("resignations", RESIGNATIONS, null),
      new Open("open", CASES)));

  static final Definition ESCALATIONS_DEFINITION = new Definition(ESCALATIONS_REPORT, OversightNames.ESCALATIONS,
      List.of(
      new Count("raised", RAISED, null),
      new Breakdown("raisedBy", RAISED, List.of()),
      new Breakdown("byHighestStage", BY_HIGHEST_STAGE, List.of("0", "1", "2", "3", "4", OversightNames.CAFCASS)),
      new Breakdown("resolvedAtStage", RESOLVED_AT_STAGE, List.of("0", "1", "2", "3", "4")),
      new Median("medianWorkingDaysToResolve", RESOLVED_AT_STAGE),
      new Breakdown("missedDeadlineChases", MISSED_DEADLINE_CHASES, List.of()),
      new Open("open", RAISED)));

  public static Definition definition(String report) {
    return switch (report) {
      case LADO_REPORT -> LADO_DEFINITION;
      case STANDARDS_OF_CARE_REPORT -> STANDARDS_OF_CARE_DEFINITION;
      case ESCALATIONS_REPORT -> ESCALATIONS_DEFINITION;
      default -> throw new IllegalArgumentException("No report " + report);
    };
  }

  /** Counted facts of one figure, category and month. */
  record Tally(String figure, String category, int month, long count, long onTime, long late, long flagged) {}

  private final DataSource dataSource;

  public OversightReports(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The report as JSON-ready maps: period, scope, the figures in the contract's order, then month by month. */
  public Map<String, Object> report(String report, ReportPeriod period, ReportScope scope) {
    Definition definition = definition(report);
    List<Tally> tallies = scope.isEmpty() ? List.of() : tallies(definition.report(), period, scope);
    Map<String, Map<Integer, Map<Long, Long>>> amounts = new LinkedHashMap<>();
    Map<String, Long> open = new LinkedHashMap<>();
    for (Output output : definition.outputs()) {
      if (output instanceof Median median && !scope.isEmpty()) {
        amounts.put(median.figure(), amounts(definition.report(), median.figure(), period, scope));
      }
      if (output instanceof Open state && !scope.isEmpty()) {
        open.put(state.opened(), openAt(definition.report(), state.opened(), period.to(), scope));
      }
    }

    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("report", definition.name());
    answer.put("from", period.from().toString());
    answer.put("to", period.to().toString());
    Map<String, Object> scopeJson = new LinkedHashMap<>();
    scopeJson.put("all", scope.all());
    scopeJson.put("groups", scope.groups());
    answer.put("scope", scopeJson);
    for (Output output : definition.outputs()) {
      answer.put(output.name(), figure(output, tallies, null, amounts, open));
    }
    List<YearMonth> months = period.months();
    if (months.size() <= MAX_MONTHS) {
      List<Map<String, Object>> byMonth = new ArrayList<>();
      for (YearMonth month : months) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("month", month.toString());
        for (Output output : definition.outputs()) {
          if (!(output instanceof Open)) {
            entry.put(output.name(), figure(output, tallies, monthKey(month), amounts, open));
          }
        }
        byMonth.add(entry);
      }
      answer.put("months", byMonth);
    }
    return answer;
  }

  private static Object figure(Output output, List<Tally> tallies, Integer month,
      Map<String, Map<Integer, Map<Long, Long>>> amounts, Map<String, Long> open) {
    if (output instanceof Count count) {
      long n = 0;
      for (Tally tally : select(tallies, count.figure(), month)) {
        if (count.category() == null || count.category().equals(tally.category())) {
          n += tally.count();
        }
      }
      return countJson(n);
    }
    if (output instanceof Timed timed) {
      long n = 0;
      long onTime = 0;
      long late = 0;
      long flagged = 0;
      for (Tally tally : select(tallies, timed.figure(), month)) {
        n += tally.count();
        onTime += tally.onTime();
        late += tally.late();
        flagged += tally.flagged();
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("count", n);
      json.put("onTime", onTime);
      json.put("late", late);
      json.put("percentOnTime", percent(onTime, onTime + late));
      if (timed.lateReason()) {
        json.put("lateWithReason", flagged);
      }
      return json;
    }
    if (output instanceof Breakdown breakdown) {
      Map<String, Long> counts = new LinkedHashMap<>();
      breakdown.keys().forEach(key -> counts.put(key, 0L));
      Set<String> others = new java.util.TreeSet<>();
      for (Tally tally : select(tallies, breakdown.figure(), null)) {
        if (tally.category() != null && !counts.containsKey(tally.category())) {
          others.add(tally.category());
        }
      }
      others.forEach(key -> counts.put(key, 0L));
      for (Tally tally : select(tallies, breakdown.figure(), month)) {
        if (tally.category() != null) {
          counts.merge(tally.category(), tally.count(), Long::sum);
        }
      }
      return counts;
    }
    if (output instanceof Open state) {
      return countJson(open.getOrDefault(state.opened(), 0L));
    }
    Median median = (Median) output;
    Map<Long, Long> distribution = new TreeMap<>();
    amounts.getOrDefault(median.figure(), Map.of()).forEach((m, values) -> {
      if (month == null || month.equals(m)) {
        values.forEach((amount, n) -> distribution.merge(amount, n, Long::sum));
      }
    });
    Map<String, Object> json = new LinkedHashMap<>();
    long n = distribution.values().stream().mapToLong(Long::longValue).sum();
    json.put("count", n);
    json.put("median", median(distribution, n));
    return json;
  }

  private static Map<String, Object> countJson(long n) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("count", n);
    return json;
  }

  static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }

  static Double median(Map<Long, Long> sortedDistribution, long n) {
    if (n == 0) {
      return null;
    }
    long lower = (n - 1) / 2;
    long upper = n / 2;
    Long lowerValue = null;
    Long upperValue = null;
    long seen = 0;
    for (Map.Entry<Long, Long> entry : sortedDistribution.entrySet()) {
      long next = seen + entry.getValue();
      if (lowerValue == null && lower < next) {
        lowerValue = entry.getKey();
      }
      if (upperValue == null && upper < next) {
        upperValue = entry.getKey();
        break;
      }
      seen = next;
    }
    return (lowerValue + upperValue) / 2.0;
  }

  private static List<Tally> select(List<Tally> tallies, String figure, Integer month) {
    List<Tally> selected = new ArrayList<>();
    for (Tally tally : tallies) {
      if (tally.figure().equals(figure) && (month == null || month == tally.month())) {
        selected.add(tally);
      }
    }
    return selected;
  }

  static int monthKey(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }

  // ------------------------------------------------------------------ queries

  private List<Tally> tallies(String report, ReportPeriod period, ReportScope scope) {
    String sql = "SELECT figure, category, event_month, COUNT(*),"
        + " SUM(CASE WHEN on_time = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN on_time = 0 THEN 1 ELSE 0 END),"
        // a late reason counts only on a late step (the form may carry one either way)
        + " SUM(CASE WHEN flag = 1 AND on_time = 0 THEN 1 ELSE 0 END)"
        + " FROM fc_ov_fact WHERE report = ? AND event_on >= ? AND event_on <= ?" + groupFilter(scope)
        + " GROUP BY figure, category, event_month";
    return query(sql, statement -> {
      statement.setString(1, report);
      statement.setObject(2, period.from());
      statement.setObject(3, period.to());
      bindGroups(statement, 4, scope);
    }, rs -> new Tally(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
        rs.getLong(7)));
  }

  /** month → amount → how many. */
  private Map<Integer, Map<Long, Long>> amounts(String report, String figure, ReportPeriod period, ReportScope scope) {
    String sql = "SELECT event_month, amount, COUNT(*) FROM fc_ov_fact WHERE report = ? AND event_on >= ?"
        + " AND event_on <= ? AND figure = ? AND amount IS NOT NULL" + groupFilter(scope)
        + " GROUP BY event_month, amount";
    Map<Integer, Map<Long, Long>> amounts = new TreeMap<>();
    for (long[] row : query(sql, statement -> {
      statement.setString(1, report);
      statement.setObject(2, period.from());
      statement.setObject(3, period.to());
      statement.setString(4, figure);
      bindGroups(statement, 5, scope);
    }, rs -> new long[] {rs.getInt(1), rs.getLong(2), rs.getLong(3)})) {
      amounts.computeIfAbsent((int) row[0], m -> new TreeMap<>()).merge(row[1], row[2], Long::sum);
    }
    return amounts;
  }

  /**
   * Cases opened by the end of the day and not ended by then: the opening facts whose ended_on is after the day
   * (index on report, figure, ended_on), so the cost follows the open and recently ended cases, not all history.
   */
  private long openAt(String report, String openingFigure, LocalDate day, ReportScope scope) {
    String sql = "SELECT COUNT(*) FROM fc_ov_fact WHERE report = ? AND figure = ? AND ended_on > ? AND event_on <= ?"
        + groupFilter(scope);
    return query(sql, statement -> {
      statement.setString(1, report);
      statement.setString(2, openingFigure);
      statement.setObject(3, day);
      statement.setObject(4, day);
      bindGroups(statement, 5, scope);
    }, rs -> rs.getLong(1)).get(0);
  }

  private static String groupFilter(ReportScope scope) {
    if (scope.all()) {
      return "";
    }
    return " AND group_id IN (" + String.join(",", java.util.Collections.nCopies(scope.groups().size(), "?")) + ")";
  }

  private static void bindGroups(PreparedStatement statement, int first, ReportScope scope) throws SQLException {
    if (!scope.all()) {
      for (int i = 0; i < scope.groups().size(); i++) {
        statement.setString(first + i, scope.groups().get(i));
      }
    }
  }

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the oversight facts (SQL state " + e.getSQLState() + ")", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** Names of the figures of a report, in order (for the CSV and the Cockpit plugin). */
  static Set<String> names(Definition definition) {
    Set<String> names = new LinkedHashSet<>();
    definition.outputs().forEach(output -> names.add(output.name()));
    return names;
  }
}
