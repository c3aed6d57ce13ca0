package uk.fosteringconcerns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkerGroups}: a worker's commands no longer read every group that holds a grant, and still see exactly what
 * their groups' grants allow (issue 18). Engine with authorizations on, as the application runs it; H2 counts the
 * statements (INFORMATION_SCHEMA.QUERY_STATISTICS).
 */
class WorkerGroupsTest {

  private static final String GROUP_LIST = "DISTINCT(A.GROUP_ID_)";

  private final List<ProcessEngine> engines = new ArrayList<>();
  private JdbcDataSource dataSource;

  @AfterEach
  void close() {
    engines.forEach(ProcessEngine::close);
  }

  @Test
  void aWorkerSeesTheirGroupsTasksWithoutTheGroupList() throws SQLException {
    ProcessEngine engine = engine(List.of(new WorkerGroups()));
    String teamTask = teamTask(engine, "fostering-social-worker");
    teamTask(engine, "lado");

    List<Task> seen = asWorker(engine, "fiona", List.of("fostering-social-worker", "no-grants-group"));
    List<Task> ladoSees = asWorker(engine, "laura", List.of("lado"));
    List<Task> outsiderSees = asWorker(engine, "olive", List.of("no-grants-group"));

    assertThat(seen).extracting(Task::getId).containsExactly(teamTask);
    assertThat(ladoSees).hasSize(1).extracting(Task::getId).doesNotContain(teamTask);
    assertThat(outsiderSees).isEmpty();
    assertThat(executions(GROUP_LIST)).isZero();
  }

  @Test
  void withoutItTheEngineReadsTheGroupListInEveryCommand() throws SQLException {
    ProcessEngine engine = engine(List.of());
    String teamTask = teamTask(engine, "fostering-social-worker");

    List<Task> seen = asWorker(engine, "fiona", List.of("fostering-social-worker", "no-grants-group"));

    assertThat(seen).extracting(Task::getId).containsExactly(teamTask);
    assertThat(executions(GROUP_LIST)).isPositive();
  }

  @Test
  void aUserInVeryManyGroupsKeepsTheEnginesNarrowing() throws SQLException {
    ProcessEngine engine = engine(List.of(new WorkerGroups()));
    String teamTask = teamTask(engine, "fostering-social-worker");
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < WorkerGroups.THRESHOLD; i++) {
      groups.add("directory-group-" + i);
    }
    groups.add("fostering-social-worker");

    List<Task> seen = asWorker(engine, "dora", groups);

    assertThat(seen).extracting(Task::getId).containsExactly(teamTask);
    assertThat(executions(GROUP_LIST)).isPositive();
  }

  /** A task for a candidate group: the engine grants the group READ on it, as it does for every user task. */
  private static String teamTask(ProcessEngine engine, String group) {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.newTask();
    task.setName("A step of a case");
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), group);
    return task.getId();
  }

  /** The tasks a worker lists (counted from here on). */
  private List<Task> asWorker(ProcessEngine engine, String user, List<String> groups) throws SQLException {
    resetStatistics();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return engine.getTaskService().createTaskQuery().list();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessEngine engine(List<ProcessEnginePlugin> plugins) throws SQLException {
    String name = "worker-groups-" + UUID.randomUUID();
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setDbMetricsReporterActivate(false);
    configuration.setAuthorizationEnabled(true);
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+");
    configuration.setProcessEnginePlugins(new ArrayList<>(plugins));
    ProcessEngine engine = configuration.buildProcessEngine();
    engines.add(engine);
    // a grant of another kind for a group, so that the engine's group list is not empty
    AuthorizationService authorizations = engine.getAuthorizationService();
    var grant = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("lado");
    grant.setResource(Resources.FILTER);
    grant.setResourceId("*");
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
    return engine;
  }

  private void resetStatistics() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SET QUERY_STATISTICS FALSE");
      statement.execute("SET QUERY_STATISTICS TRUE");
    }
  }

  /** How often statements containing the text ran since the statistics were reset. */
  private long executions(String text) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
      long count = 0;
      while (rows.next()) {
        if (rows.getString(1).toUpperCase().replace(" ", "").contains(text.replace(" ", ""))) {
          count += rows.getLong(2);
        }
      }
      return count;
    }
  }
}
