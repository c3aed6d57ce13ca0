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
 * {@link EngineTuning} on a real PostgreSQL: after the first node's start the due-date indexes and the statistics on
 * the authorization permission bits exist (and have been analysed), a repeated start changes nothing, and further
 * nodes starting at the same moment on the initialised database all start.
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
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setDataSource(dataSource)
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
        String.class)).containsExactly("fc_idx_ru_job_due", "fc_idx_ru_task_due");
    assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'fc_idx_ru_task_due'",
        String.class)).containsIgnoringCase("act_ru_task").containsIgnoringCase("due_date_");
    assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxname like 'fc_stat_%' order by 1",
        String.class)).containsExactly("fc_stat_auth_perms_read", "fc_stat_auth_perms_read_task");
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
        .isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname like 'fc_stat_%'",
        Integer.class)).isEqualTo(2);
  }
}
