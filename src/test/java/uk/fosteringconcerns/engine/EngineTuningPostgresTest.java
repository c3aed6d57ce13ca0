package uk.fosteringconcerns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.cluster.StartupLock;

/**
 * {@link EngineTuning} on a real PostgreSQL: after the first node's start the indexes and the statistics on the
 * authorization permission bits exist (and have been analysed), a worker's task queries use the indexes made for them,
 * a repeated start changes nothing, and further nodes starting at the same moment on the initialised database all
 * start.
 */
class EngineTuningPostgresTest {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;
  private static final List<ProcessEngine> ENGINES = new ArrayList<>();

  @BeforeAll
  static void firstNode() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    dataSource = postgres.getPostgresDatabase();
    ENGINES.add(node("tuning-first"));
  }

  @AfterAll
  static void stop() throws Exception {
    ENGINES.forEach(ProcessEngine::close);
    postgres.close();
  }

  private static ProcessEngine node(String name) {
    return node(name, dataSource, false);
  }

  private static ProcessEngine node(String name, DataSource source, boolean authorization) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setDataSource(source)
        .setAuthorizationEnabled(authorization)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setJobExecutorActivate(false)
        .setProcessEngineName(name);
    List<ProcessEnginePlugin> plugins = new ArrayList<>();
    plugins.add(new EngineTuning(new StartupLock(dataSource, Duration.ofSeconds(60))));
    configuration.setProcessEnginePlugins(plugins);
    return configuration.buildProcessEngine();
  }

  @Test
  void indexesAndStatisticsExistAfterStart() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname like 'fc_idx_%' order by 1",
        String.class)).containsExactly("fc_idx_auth_task_read", "fc_idx_ru_ident_task", "fc_idx_ru_job_due",
        "fc_idx_ru_task_due");
    assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'fc_idx_ru_ident_task'",
        String.class)).containsIgnoringCase("act_ru_identitylink").contains("(task_id_, type_, group_id_)");
    assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'fc_idx_ru_task_due'",
        String.class)).containsIgnoringCase("act_ru_task").containsIgnoringCase("due_date_");
    // the partial index's predicate is the engine's task permission filter word for word, else it is never used
    assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'fc_idx_auth_task_read'",
        String.class)).contains("(resource_type_ = 7) AND ((perms_ & 2) = 2)")
        .contains("(resource_type_ = 6) AND ((perms_ & 64) = 64)");
    assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxname like 'fc_stat_%' order by 1",
        String.class)).containsExactly("fc_stat_auth_perms_read", "fc_stat_auth_perms_read_task");
  }

  /**
   * A node with authorizations on, on connections that price sequential scans out (so PostgreSQL must take an index)
   * and plan task-list reads with their values as the application does (engine.TaskListPlans), with one model deployed.
   */
  private static ProcessEngine workerNode(String name, org.camunda.bpm.model.bpmn.BpmnModelInstance model) {
    DataSource noSeqScan = postgres.getDatabase("postgres", "postgres",
        java.util.Map.of("options", "-c enable_seqscan=off -c plan_cache_mode=force_custom_plan"));
    ProcessEngine engine = node(name, noSeqScan, true);
    synchronized (ENGINES) {
      ENGINES.add(engine);
    }
    engine.getRepositoryService().createDeployment().addModelInstance(name + ".bpmn", model).deploy();
    return engine;
  }

  /**
   * The partial index is worth something only while its predicate is word for word the engine's own permission filter
   * (an engine upgrade could change it). A worker's task query, with sequential scans priced out so that PostgreSQL
   * must take an index on the grants, reads {@value EngineTuning#TASK_READ_INDEX}.
   */
  @Test
  void aWorkersTaskQueryUsesTheTaskReadIndex() throws Exception {
    ProcessEngine engine = workerNode("tuning-query",
        org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("tuning").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Work").camundaCandidateGroups("team").endEvent().done());
    for (int i = 0; i < 3; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("tuning");
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long before = indexScans(jdbc, EngineTuning.TASK_READ_INDEX);
    engine.getIdentityService().setAuthentication("worker", List.of("team"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("team").count()).isEqualTo(3);
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("team").orderByDueDate().asc()
          .listPage(0, 15)).hasSize(3);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // the statistics reach pg_stat_user_indexes shortly after the statements' transactions end
    assertThat(scansAfter(jdbc, EngineTuning.TASK_READ_INDEX, before)).isGreaterThan(before);
  }

  /**
   * "Due in the next 2 working days" and "Overdue" as Tasklist asks them (the worker's own tasks or their groups', a
   * due-date window, by due date): the join of a task to its candidate groups reads
   * {@value EngineTuning#IDENTITY_LINK_INDEX} alone. Sequential scans are priced out, as above; the engine's own index
   * on {@code TASK_ID_} would answer too, so the test fails if PostgreSQL prefers it (an index-only read of the
   * covering index is the cheaper plan once the table is vacuumed, as autovacuum keeps it).
   */
  @Test
  void aWorkersDueSoonQueryReadsCandidateGroupsFromTheIdentityLinkIndex() throws Exception {
    ProcessEngine engine = workerNode("tuning-due",
        org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("tuningDue").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Due").camundaCandidateGroups("due-team").camundaDueDate("${due}")
            .endEvent().done());
    java.util.Date now = new java.util.Date();
    for (int day = 1; day <= 4; day++) {
      engine.getRuntimeService().startProcessInstanceByKey("tuningDue",
          java.util.Map.of("due", new java.util.Date(now.getTime() + day * 86_400_000L)));
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("VACUUM ANALYZE act_ru_identitylink");
    long before = indexScans(jdbc, EngineTuning.IDENTITY_LINK_INDEX);
    engine.getIdentityService().setAuthentication("due-worker", List.of("due-team"));
    try {
      org.camunda.bpm.engine.task.TaskQuery dueSoon = engine.getTaskService().createTaskQuery().or()
          .taskAssignee("due-worker").taskCandidateGroupIn(List.of("due-team")).endOr()
          .dueAfter(now).dueBefore(new java.util.Date(now.getTime() + 2 * 86_400_000L + 60_000L));
      assertThat(dueSoon.count()).isEqualTo(2);
      assertThat(dueSoon.orderByDueDate().asc().listPage(0, 15)).hasSize(2);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(scansAfter(jdbc, EngineTuning.IDENTITY_LINK_INDEX, before)).isGreaterThan(before);
  }

  /** The statistics reach pg_stat_user_indexes shortly after the statements' transactions end. */
  private static long scansAfter(JdbcTemplate jdbc, String index, long before) throws InterruptedException {
    long after = before;
    for (int i = 0; i < 50 && after == before; i++) {
      Thread.sleep(100);
      after = indexScans(jdbc, index);
    }
    return after;
  }

  private static long indexScans(JdbcTemplate jdbc, String index) {
    return jdbc.execute((java.sql.Connection connection) -> {
      try (var statement = connection.createStatement()) {
        statement.execute("select pg_stat_clear_snapshot()");
        try (var rs = statement.executeQuery("select coalesce(sum(idx_scan), 0) from pg_stat_user_indexes"
            + " where indexrelname = '" + index + "'")) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Test
  void aRepeatedPreparationChangesNothing() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<String> before = jdbc.queryForList(
        "select indexname || ':' || indexdef from pg_indexes where indexname like 'fc_idx_%' order by 1", String.class);
    EngineTuning.prepare(dataSource, "postgres");
    EngineTuning.prepare(dataSource, "postgres");
    assertThat(jdbc.queryForList(
        "select indexname || ':' || indexdef from pg_indexes where indexname like 'fc_idx_%' order by 1", String.class))
        .isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname like 'fc_stat_%'",
        Integer.class)).isEqualTo(2);
  }

  @Test
  void furtherNodesStartingTogetherAllStart() throws Exception {
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      Future<ProcessEngine> second = starting.submit(() -> node("tuning-second"));
      Future<ProcessEngine> third = starting.submit(() -> node("tuning-third"));
      synchronized (ENGINES) {
        ENGINES.add(second.get());
        ENGINES.add(third.get());
      }
    } finally {
      starting.shutdown();
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname like 'fc_idx_%'", Integer.class))
        .isEqualTo(4);
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname like 'fc_stat_%'",
        Integer.class)).isEqualTo(2);
  }
}
