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
 *   <li><b>A worker's task lists and counts (PostgreSQL).</b> For a user who is not an administrator every task query
 *       joins the user's grants on {@code RESOURCE_ID_ IN (task id, process key, '*')} after filtering them with
 *       {@code PERMS_ & 2 = 2} (or 64 on a process definition). PostgreSQL can answer that with one index probe per
 *       task, or by comparing every task of the team with every task grant of the team, which grows with the square
 *       of a team's open tasks (benchmark, 20,020 open tasks, a team of 2,860: 8.2 million rows compared, 1.05 s for
 *       the count Tasklist shows). It takes the probes when (1) it knows how many grants pass the permission filter:
 *       statistics on {@code perms_ & 2} and {@code perms_ & 64} (PostgreSQL 14+; without them it guesses 0.5 %), and
 *       a worker's task lists are planned with their values ({@link TaskListPlans}); (2) a
 *       probe is cheap: the partial index {@value #TASK_READ_INDEX} holds only the grants the filter can pass (a
 *       probe for {@code '*'} reads 2 rows, not the 75 {@code '*'} grants of every resource type), and the profile
 *       prices a random page read as the cached SSD read it is ({@code random_page_cost=1.1}). Together: 1.05 s to
 *       31 ms for that count.</li>
 *   <li><b>{@code ACT_RU_IDENTITYLINK (TASK_ID_, TYPE_, GROUP_ID_)}</b> (PostgreSQL): a task's candidate groups read
 *       from the index alone ({@value #IDENTITY_LINK_INDEX}).</li>
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

  /**
   * PostgreSQL only: the engine's index on {@code RESOURCE_ID_} narrowed to the grants a task query can use. Its
   * predicate is, word for word, the permission filter of the engine's task query ({@code READ} on the task or
   * {@code READ_TASK} on its process definition, no revokes), so PostgreSQL may use it for that query and no other.
   * Probing it for {@code RESOURCE_ID_ = '*'} finds only the two administrator grants that carry those bits instead
   * of every {@code '*'} grant of every resource type (75 rows here), once for every task a worker's list or count
   * looks at.
   */
  static final String TASK_READ_INDEX = "fc_idx_auth_task_read";
  static final String TASK_READ_INDEX_SQL = "CREATE INDEX IF NOT EXISTS " + TASK_READ_INDEX
      + " ON act_ru_authorization (resource_id_) WHERE type_ < 2"
      + " AND ((resource_type_ = 7 AND perms_ & 2 = 2) OR (resource_type_ = 6 AND perms_ & 64 = 64))";

  /**
   * PostgreSQL only: a task's identity links with the two columns Tasklist's filters test, so that the join of a task
   * to its candidate groups is answered from the index alone. "Due in the next 2 working days" asks for the worker's
   * own tasks or their groups' ({@code RES.ASSIGNEE_ = ? or (I.TYPE_ = 'candidate' and I.GROUP_ID_ in (...))}, every
   * task in the due-date window left-joined to its identity links): with only the engine's index on {@code TASK_ID_}
   * PostgreSQL counted them by walking all open tasks in id order against all identity links (benchmark, 20,020 open
   * tasks: 20,000 task rows and 16,000 links read, 34 ms for {@code fiona}'s count); with this index it reads the
   * window's tasks by due date and their links from the index (20 ms). "My team's tasks" finds a group's tasks from
   * it without reading the link table (page 16 to 13 ms).
   */
  static final String IDENTITY_LINK_INDEX = "fc_idx_ru_ident_task";
  static final String IDENTITY_LINK_INDEX_SQL = "CREATE INDEX IF NOT EXISTS " + IDENTITY_LINK_INDEX
      + " ON act_ru_identitylink (task_id_, type_, group_id_)";

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
    jdbc.execute(TASK_READ_INDEX_SQL);
    jdbc.execute(IDENTITY_LINK_INDEX_SQL);
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
