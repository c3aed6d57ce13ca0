package uk.fosteringconcerns.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.casereference.CaseReferenceService;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.identity.IdentitySetup;
import uk.fosteringconcerns.identity.TasklistFilters;

/**
 * Issue 9.2: nodes starting at the same moment on an initialised PostgreSQL all come up. The application runs as
 * separate Spring contexts in this JVM (one per node, each its own engine name, connection pool and job executor)
 * on one embedded PostgreSQL: the first start is done by one node alone (README "Running several nodes"), then two
 * more start at once beside it.
 */
class ClusterStartPostgresTest {

  static EmbeddedPostgres postgres;
  static DataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    dataSource = postgres.getPostgresDatabase();
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static SpringApplicationBuilder node(String name) {
    return ClusterNodes.node(postgres, name);
  }

  @Test
  @DisplayName("issue 9.2: two nodes start at the same moment beside a running one: all three are up, set-up made once")
  void nodesStartTogether() throws Exception {
    // Spring Boot would re-initialise logging for each context; two at once would trip over each other
    String loggingSystem = System.getProperty("org.springframework.boot.logging.LoggingSystem");
    System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    ExecutorService starters = Executors.newFixedThreadPool(2);
    try {
      // the first start of a new database: one node alone
      nodes.add(node("node0").run());

      root.addAppender(log);
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
      for (String name : List.of("node1", "node2")) {
        starting.add(starters.submit(() -> {
          together.await();
          return node(name).run();
        }));
      }
      for (Future<ConfigurableApplicationContext> future : starting) {
        nodes.add(future.get(3, TimeUnit.MINUTES));
      }

      for (ConfigurableApplicationContext node : nodes) {
        assertThat(node.isActive()).isTrue();
        ProcessEngine engine = node.getBean(ProcessEngine.class);
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getJobExecutor().isActive()).isTrue();
      }
      assertThat(nodes).extracting(n -> n.getBean(ProcessEngine.class).getName())
          .containsExactly("node0", "node1", "node2");

      ProcessEngine engine = nodes.get(0).getBean(ProcessEngine.class);
      // the set-up of two nodes in lockstep, again and again, with something missing each time (a group, its grants,
      // a filter): one node adds it, the other finds it; nobody fails, nothing is doubled
      for (int round = 0; round < 6; round++) {
        engine.getIdentityService().deleteGroup(Groups.IRO);
        engine.getFilterService().createFilterQuery().filterName(TasklistFilters.OVERDUE).list()
            .forEach(f -> engine.getFilterService().deleteFilter(f.getId()));
        CyclicBarrier lockstep = new CyclicBarrier(2);
        List<Future<?>> setUps = new ArrayList<>();
        for (ConfigurableApplicationContext node : nodes.subList(1, 3)) {
          setUps.add(starters.submit(() -> {
            lockstep.await();
            node.getBean(IdentitySetup.class).run(new DefaultApplicationArguments());
            return null;
          }));
        }
        for (Future<?> setUp : setUps) {
          setUp.get(1, TimeUnit.MINUTES);
        }
      }
      assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Groups.IRO).count())
          .isEqualTo(uk.fosteringconcerns.identity.DemoUsers.USERS.values().stream().filter(Groups.IRO::equals).count());
      for (String filter : List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_TEAMS_TASKS, TasklistFilters.OVERDUE,
          TasklistFilters.DUE_SOON)) {
        assertThat(engine.getFilterService().createFilterQuery().filterName(filter).count()).as(filter).isOne();
      }
      assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(Groups.ALL.size());
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(Groups.IRO).count())
          .isEqualTo(nodes.get(0).getBean(ProcessEngine.class).getAuthorizationService().createAuthorizationQuery()
              .groupIdIn(Groups.FOSTERING_PANEL).count());
      // nothing logged as an ERROR while the two nodes started and set up
      assertThat(log.list).filteredOn(e -> e.getLevel() == Level.ERROR)
          .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    } finally {
      root.detachAppender(log);
      starters.shutdownNow();
      for (ConfigurableApplicationContext node : nodes) {
        node.close();
      }
      if (loggingSystem == null) {
        System.clearProperty("org.springframework.boot.logging.LoggingSystem");
      } else {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", loggingSystem);
      }
    }
  }

  @Test
  @DisplayName("issue 9.2: the start-up lock lets one node at a time run its set-up")
  void startupLockIsExclusive() throws Exception {
    StartupLock lock = new StartupLock(dataSource, Duration.ofSeconds(30));
    AtomicInteger active = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    together(3, () -> lock.exclusively("test-setup", () -> {
      most.accumulateAndGet(active.incrementAndGet(), Math::max);
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      active.decrementAndGet();
    }));
    assertThat(most.get()).isOne();
    // released: taken again at once
    assertThat(lock.exclusively("test-setup", () -> "again")).isEqualTo("again");
  }

  @Test
  @DisplayName("issue 9.2: case reference years prepared by nodes at the same moment: each year once, no failure")
  void prepareYearsTogether() throws Exception {
    new org.springframework.jdbc.datasource.init.ResourceDatabasePopulator(
        new org.springframework.core.io.ClassPathResource("schema.sql")).execute(dataSource);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("DELETE FROM fc_case_reference WHERE ref_year >= 2040");
    together(4, () -> new CaseReferenceService(dataSource).prepareYears(2040, 2060));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_case_reference WHERE ref_year BETWEEN 2040 AND 2060",
        Integer.class)).isEqualTo(21);
  }

  /** Runs {@code work} on {@code n} threads released at the same moment; fails with the first failure. */
  private static void together(int n, Runnable work) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(n);
    ExecutorService threads = Executors.newFixedThreadPool(n);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        runs.add(threads.submit(() -> {
          barrier.await();
          work.run();
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
