package uk.fosteringconcerns.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.post;

import uk.fosteringconcerns.app.ConcernRequests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL (issue 2, item 5): profile `postgres` configured from the same
 * environment variables as production; a concern is raised over REST and gets its case reference.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "demo", "test"})
class PostgresApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresSupport.register(registry);
  }

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  @DisplayName("the engine runs on PostgreSQL")
  void runsOnPostgres() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("concern-triage")
        .count()).isOne();
  }

  @Test
  @DisplayName("the application's connections send a batch of inserts as multi-row INSERTs (issue 18)")
  void batchedInsertsAreRewritten() throws Exception {
    javax.sql.DataSource source = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDataSource();
    try (java.sql.Connection connection = source.getConnection();
        java.sql.Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE TEMPORARY TABLE fc_batch_check (n integer)");
      try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO fc_batch_check VALUES (?)")) {
        for (int n = 1; n <= 4; n++) {
          insert.setInt(1, n);
          insert.addBatch();
        }
        // one row count a statement without the option; "no info" for each when the driver sent them as one INSERT
        // (it groups rows in powers of two: four rows make one statement)
        assertThat(insert.executeBatch()).containsOnly(java.sql.Statement.SUCCESS_NO_INFO);
      }
      ddl.execute("DROP TABLE fc_batch_check");
    }
  }

  @Test
  @DisplayName("reads of a value among many (a carer's id in the history) are planned with the value, in a transaction of their own")
  void readsPlannedWithTheirValues() {
    javax.sql.DataSource source = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDataSource();
    java.util.function.Supplier<String> planning = () -> {
      java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(source);
      try (java.sql.Statement statement = connection.createStatement();
          java.sql.ResultSet result = statement.executeQuery("SHOW plan_cache_mode")) {
        result.next();
        return result.getString(1);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      } finally {
        org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, source);
      }
    };
    assertThat(planning.get()).as("the application's connections").isEqualTo("auto");
    assertThat(uk.fosteringconcerns.engine.CustomPlans.read(engine, planning)).isEqualTo("force_custom_plan");
    assertThat(planning.get()).as("after the read").isEqualTo("auto");
  }

  @Test
  @DisplayName("a concern raised over REST starts with a case reference; a bad one is refused with 400 and nothing made")
  void raiseConcern() throws Exception {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    var refused = post(port, "/engine-rest/process-definition/key/concern-triage/start",
        ConcernRequests.startBody(ConcernRequests.validIntake().without("carerId")), "carol", "demo");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("carerId");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);

    var started = post(port, "/engine-rest/process-definition/key/concern-triage/start",
        ConcernRequests.startBody(ConcernRequests.validIntake()), "carol", "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode instance = JSON.readTree(started.body());
    assertThat(instance.path("businessKey").asText()).matches("CC-\\d{4}-\\d{5}");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.path("id").asText())
        .taskDefinitionKey("Task_InitialDiscussion").count()).isOne();
  }
}
