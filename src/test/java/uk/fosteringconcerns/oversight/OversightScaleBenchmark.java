package uk.fosteringconcerns.oversight;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.oversight.reports.OverdueWork;
import uk.fosteringconcerns.oversight.reports.OversightReports;
import uk.fosteringconcerns.oversight.reports.ReportPeriod;
import uk.fosteringconcerns.oversight.reports.ReportScope;

/**
 * The oversight queries at the scale of issue 18 on a real PostgreSQL: 1,000,000 cases of history (about ten facts
 * each, ten years) and 100,000 open tasks, filled in bulk; prints p50/p95 of each report for a financial year and of
 * the overdue list. A benchmark, not a test: runs only with {@code -Doversight.benchmark=true}, e.g.
 * {@code mvn -Dtest=OversightScaleBenchmark -Doversight.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false test}.
 * The SQL below also shows how a bulk fill writes the reporting tables.
 */
class OversightScaleBenchmark {

  private static final int CASES = 1_000_000;
  private static final int OPEN_TASKS = 100_000;
  private static final int RUNS = 20;

  @Test
  void reportsAndOverdueListAtScale() throws Exception {
    assumeTrue(Boolean.getBoolean("oversight.benchmark"), "benchmark: -Doversight.benchmark=true");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource dataSource = postgres.getPostgresDatabase();
      new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
      long filling = System.nanoTime();
      try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
        // ten facts a case over ten financial years from April 2016, three of them timed, 20% late
        sql.execute("INSERT INTO fc_ov_fact (id, report, figure, category, event_on, event_month, group_id, on_time,"
            + " flag, amount, due_on, case_reference, process_instance_id, recorded_at, ended_on)"
            + " SELECT 'p' || c || ':' || f.figure, f.report, f.figure, f.category, d, EXTRACT(YEAR FROM d) * 100"
            + " + EXTRACT(MONTH FROM d), f.grp, CASE WHEN f.timed THEN (CASE WHEN c % 5 = 0 THEN 0 ELSE 1 END) END,"
            + " NULL, CASE WHEN f.figure = 'closedWithin' THEN c % 200 END, NULL, 'CC-' || c, 'p' || c, now(),"
            + " CASE WHEN f.figure = 'allegationsOpened' THEN (CASE WHEN c % 50 = 0 THEN DATE '9999-12-31'"
            + " ELSE d + 40 END) END"
            + " FROM generate_series(1, " + CASES + ") c"
            + " CROSS JOIN LATERAL (SELECT DATE '2016-04-01' + (c % 3650) AS d) day"
            + " CROSS JOIN (VALUES ('LADO', 'contacts', NULL, 'lado', false),"
            + " ('LADO', 'initialDiscussionsWithin1WorkingDay', NULL, 'childrens-team-manager', true),"
            + " ('LADO', 'decisionsWithin1WorkingDay', 'ALLEGATION', 'lado', true),"
            + " ('LADO', 'decisionsWithin24Hours', NULL, 'lado', true),"
            + " ('LADO', 'iemWithin5WorkingDays', NULL, 'lado', true),"
            + " ('LADO', 'paimWithin28Days', NULL, 'lado', true),"
            + " ('LADO', 'outcomes', 'UNFOUNDED', 'lado', false),"
            + " ('LADO', 'allegationsOpened', NULL, 'lado', false),"
            + " ('LADO', 'dbsReferrals', NULL, 'lado', false),"
            + " ('LADO', 'closedWithin', '8w', 'lado', false)) f(report, figure, category, grp, timed)");
        // open tasks: a third overdue, across the groups
        sql.execute("INSERT INTO fc_ov_open_task (task_id, process_instance_id, process_key, case_reference, task_key,"
            + " task_name, candidate_groups, assignee, created_at, due_at, statutory, kpi_due_on)"
            + " SELECT 't' || t, 'p' || t, 'standards-of-care', 'CC-' || t, 'Task_VisitFosterCarer',"
            + " 'Visit the foster carer', (ARRAY[',lado,', ',fostering-social-worker,', ',childrens-team-manager,',"
            + " ',business-support,', ',iro,'])[1 + t % 5], NULL, TIMESTAMP '2025-01-01' + (t % 400) * INTERVAL '1 day',"
            + " TIMESTAMP '2025-10-01' + (t % 270) * INTERVAL '1 day', CASE WHEN t % 10 = 0 THEN 0 ELSE 1 END, NULL"
            + " FROM generate_series(1, " + OPEN_TASKS + ") t");
        sql.execute("VACUUM ANALYZE fc_ov_fact");
        sql.execute("VACUUM ANALYZE fc_ov_open_task");
      }
      System.out.printf("oversight benchmark: filled %,d cases (%,d facts) and %,d open tasks in %.1f s%n", CASES,
          CASES * 10L, OPEN_TASKS, (System.nanoTime() - filling) / 1e9);

      OversightReports reports = new OversightReports(dataSource);
      ReportPeriod year = new ReportPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
      time("GET /api/reports/lado (a financial year, all)",
          () -> reports.report(OversightReports.LADO_REPORT, year, ReportScope.everyone()));
      time("GET /api/reports/lado (a financial year, a team manager)",
          () -> reports.report(OversightReports.LADO_REPORT, year,
              new ReportScope(false, List.of("childrens-social-worker", "childrens-team-manager"))));
      time("GET /api/reports/standards-of-care (a financial year)",
          () -> reports.report(OversightReports.STANDARDS_OF_CARE_REPORT, year, ReportScope.everyone()));
      time("GET /api/reports/escalations (a financial year)",
          () -> reports.report(OversightReports.ESCALATIONS_REPORT, year, ReportScope.everyone()));
      OverdueWork overdue = new OverdueWork(dataSource, new WorkingDayCalendar(List.of(), 2015, 2030));
      Date now = OversightScenario.QUERY_TIME;
      time("GET /api/work/overdue (first 1000, all)", () -> overdue.overdue(ReportScope.everyone(), now, 0, 1000));
      time("GET /api/work/overdue (first 1000, a team manager)", () -> overdue.overdue(
          new ReportScope(false, List.of("fostering-social-worker", "business-support", "fostering-manager")), now, 0,
          1000));
    }
  }

  private static void time(String what, Runnable query) {
    query.run();
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      query.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    System.out.printf("oversight benchmark: %-60s p50 %7.1f ms  p95 %7.1f ms%n", what, millis.get(RUNS / 2),
        millis.get((int) Math.ceil(RUNS * 0.95) - 1));
  }
}
