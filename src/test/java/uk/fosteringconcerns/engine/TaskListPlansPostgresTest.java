package uk.fosteringconcerns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.FilterChain;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@link TaskListPlans} on a real PostgreSQL: a task-list read runs planned with its values, in one transaction that
 * the engine's commands join; any other request keeps the connection's cached plans; the setting never outlives the
 * request on the pooled connection.
 */
class TaskListPlansPostgresTest {

  private static EmbeddedPostgres postgres;
  private static HikariDataSource pool;
  private static TaskListPlans filter;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    pool = new HikariDataSource();
    pool.setDataSource(postgres.getPostgresDatabase());
    // one connection: what a request sets must be gone when the next one borrows it
    pool.setMaximumPoolSize(1);
    filter = new TaskListPlans(pool, new DataSourceTransactionManager(pool));
  }

  @AfterAll
  static void stop() throws Exception {
    pool.close();
    postgres.close();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @DisplayName("task-list reads are planned with their values, probing grants task by task; other requests are not")
  @CsvSource({
      "POST, /camunda/api/engine/engine/default/filter/f-1/list, force_custom_plan without material",
      "GET, /camunda/api/engine/engine/default/filter/f-1/count, force_custom_plan without material",
      "POST, /engine-rest/filter/f-1/count, force_custom_plan without material",
      "GET, /engine-rest/task, force_custom_plan without material",
      "POST, /engine-rest/task/count, force_custom_plan without material",
      "GET, /engine-rest/engine/default/task, force_custom_plan without material",
      "POST, /engine-rest/task/t-1/submit-form, auto",
      "POST, /camunda/api/engine/engine/default/task/t-1/submit-form, auto",
      "POST, /engine-rest/process-definition/key/concern-triage/start, auto",
      "GET, /engine-rest/task/t-1/form-variables, auto",
      "DELETE, /engine-rest/filter/f-1, auto",
      "GET, /api/work/overdue, auto"})
  void planning(String method, String path, String expected) throws Exception {
    List<String> seen = new ArrayList<>();
    FilterChain chain = (request, response) -> {
      // as the engine's commands do: the connection of the request's transaction, if there is one
      Connection connection = DataSourceUtils.getConnection(pool);
      try {
        seen.add(show(connection));
      } catch (java.sql.SQLException e) {
        throw new jakarta.servlet.ServletException(e);
      } finally {
        DataSourceUtils.releaseConnection(connection, pool);
      }
    };
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(seen).containsExactly(expected);
    try (Connection next = pool.getConnection()) {
      assertThat(show(next)).as("the next borrower of the connection").isEqualTo("auto");
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName("a step's own reads are planned with their values for the rest of its transaction, and never outside one")
  void forThisTransaction() throws Exception {
    CustomPlans.forThisTransaction(pool);
    try (Connection connection = pool.getConnection()) {
      assertThat(show(connection)).as("outside a transaction: nothing set").isEqualTo("auto");
    }
    List<String> seen = new ArrayList<>();
    new org.springframework.transaction.support.TransactionTemplate(new DataSourceTransactionManager(pool))
        .executeWithoutResult(status -> {
          CustomPlans.forThisTransaction(pool);
          Connection connection = DataSourceUtils.getConnection(pool);
          try {
            seen.add(show(connection));
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          } finally {
            DataSourceUtils.releaseConnection(connection, pool);
          }
        });
    assertThat(seen).containsExactly("force_custom_plan");
    try (Connection next = pool.getConnection()) {
      assertThat(show(next)).as("after the transaction").isEqualTo("auto");
    }
  }

  /** The connection's planning: plan_cache_mode, and whether a plan may materialise (PostgreSQL's default: on). */
  private static String show(Connection connection) throws java.sql.SQLException {
    String planning = setting(connection, "plan_cache_mode");
    return "on".equals(setting(connection, "enable_material")) ? planning : planning + " without material";
  }

  private static String setting(Connection connection, String name) throws java.sql.SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW " + name)) {
      result.next();
      return result.getString(1);
    }
  }
}
