package uk.fosteringconcerns.engine;

import java.util.List;
import javax.sql.DataSource;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.cluster.StartupLock;

/**
 * What the engine's own queries need at national scale (issue 18) beyond the indexes the engine ships, created after
 * the engine has built its tables, on every start, idempotently and under the start-up lock (two nodes starting
 * together do not race on the same DDL):
 * <ul>
 *   <li><b>Statistics on the permission bits of {@code ACT_RU_AUTHORIZATION} (PostgreSQL 14+).</b> For a user who is
 *       not an administrator every task query joins the user's authorizations on
 *       {@code RESOURCE_ID_ IN (task id, process key, '*')} after filtering them with {@code PERMS_ & 2 = 2}. With no
 *       statistics on that expression PostgreSQL guesses that a handful of rows pass (0.5 %) although every task
 *       grant does, joins by comparing every task with every grant of the user's groups, and the cost grows with the
 *       square of the team's open tasks (EXPLAIN ANALYZE at 100,000 open tasks, a team of 16,668: 278 million rows
 *       compared, 31 s). With the statistics it probes the engine's index on {@code RESOURCE_ID_} once per task.
 *       The plan is only as good as the estimate, so the {@code postgres} profile also makes PostgreSQL plan each
 *       execution with its values ({@code plan_cache_mode=force_custom_plan}): a cached generic plan cannot see the
 *       values and falls back to the same guess.</li>
 *   <li><b>{@code ACT_RU_TASK (DUE_DATE_)}</b>: the Tasklist filters "Overdue" and "Due in the next 2 working days"
 *       select, and every filter sorts, by due date.</li>
 *   <li><b>{@code ACT_RU_JOB (DUEDATE_)}</b>: the job executor acquires by due date (application.yaml
 *       {@code job-executor-acquire-by-due-date}, {@code ensure-job-due-date-not-null}), so each acquisition reads the
 *       due jobs from this index instead of scanning every timer (two statutory timers for each open statutory
 *       task). With {@code ensure-job-due-date-not-null} the engine no longer acquires a job without a due date, so a
 *       job left without one by an earlier version (an asynchronous continuation or the outbox's message) is given
 *       "now" at start ({@link ManagementService#setJobDuedate}).</li>
 * </ul>
 * The same indexes on H2 (which has no expression statistics). Only the database is touched: no engine internals.
 */
public class EngineTuning extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineTuning.class);

  /** Index name, table, column: on every database. */
  static final List<String[]> INDEXES = List.of(
      new String[] {"FC_IDX_RU_TASK_DUE", "ACT_RU_TASK", "DUE_DATE_"},
      new String[] {"FC_IDX_RU_JOB_DUE", "ACT_RU_JOB", "DUEDATE_"});

  /**
   * Statistics name and permission bit, PostgreSQL only: {@code READ} (2, the grant on a task) and {@code READ_TASK}
   * (64, on a process definition), the two bits a task query checks.
   */
  static final List<Object[]> PERMISSION_STATISTICS = List.of(
      new Object[] {"fc_stat_auth_perms_read", 2},
      new Object[] {"fc_stat_auth_perms_read_task", 64});

  private final StartupLock startupLock;

  public EngineTuning(StartupLock startupLock) {
    this.startupLock = startupLock;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    startupLock.exclusively("engine-tuning",
        () -> prepare(configuration.getDataSource(), configuration.getDatabaseType()));
    if (configuration.isEnsureJobDueDateNotNull()) {
      giveDueDates(processEngine.getManagementService());
    }
  }

  /** Messages (the only jobs that can lack a due date) made before due dates were ensured: due now. */
  static int giveDueDates(ManagementService management) {
    int given = 0;
    Date now = ClockUtil.getCurrentTime();
    for (Job job : management.createJobQuery().messages().list()) {
      if (job.getDuedate() == null) {
        management.setJobDuedate(job.getId(), now);
        given++;
      }
    }
    if (given > 0) {
      LOG.info("{} jobs without a due date made due now, so the job executor acquires them", given);
    }
    return given;
  }

  static void prepare(DataSource dataSource, String databaseType) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    boolean postgres = "postgres".equals(databaseType);
    for (String[] index : INDEXES) {
      String sql = "CREATE INDEX IF NOT EXISTS " + index[0] + " ON " + index[1] + " (" + index[2] + ")";
      jdbc.execute(postgres ? sql.toLowerCase() : sql);
    }
    if (!postgres) {
      return;
    }
    Integer version = jdbc.queryForObject("SELECT current_setting('server_version_num')::int", Integer.class);
    if (version == null || version < 140000) {
      LOG.warn("PostgreSQL {} has no statistics on expressions (14 or later has): Tasklist's task lists slow down with"
          + " the square of a team's open tasks", version);
      return;
    }
    boolean created = false;
    for (Object[] statistics : PERMISSION_STATISTICS) {
      Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM pg_statistic_ext WHERE stxname = ?)",
          Boolean.class, statistics[0]);
      if (!Boolean.TRUE.equals(exists)) {
        jdbc.execute("CREATE STATISTICS IF NOT EXISTS " + statistics[0] + " ON (perms_ & " + statistics[1]
            + ") FROM act_ru_authorization");
        created = true;
      }
    }
    if (created) {
      // at once, not at autovacuum's next analyze of the table
      jdbc.execute("ANALYZE act_ru_authorization");
    }
  }
}
