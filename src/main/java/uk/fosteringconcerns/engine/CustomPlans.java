package uk.fosteringconcerns.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Has PostgreSQL plan the rest of the current transaction's statements with their values (issue 18), for the few
 * reads whose best plan depends on the value asked for: a worker's task list (which of the team's task grants are the
 * worker's: {@link TaskListPlans}) and a carer's own variables among everybody's (e.g. {@code carerId} = the carer:
 * a plan cached for any carer intersects the value's few rows with every {@code carerId} ever recorded). The rest of
 * the engine's statements keep PostgreSQL's cached plans: planning each of a step's ~90 statements afresh made every
 * step about a fifth slower.
 *
 * <p>{@code SET LOCAL}: the setting ends with the transaction, so a pooled connection never carries it to the next
 * borrower. Nothing happens outside a transaction or on another database (H2).
 */
public final class CustomPlans {

  private CustomPlans() {}

  /** For the rest of the current transaction on the engine's database, if it is PostgreSQL. */
  public static void forThisTransaction(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if ("postgres".equals(configuration.getDatabaseType())) {
      forThisTransaction(configuration.getDataSource());
    }
  }

  /** For the rest of the current transaction on this PostgreSQL data source. */
  public static void forThisTransaction(DataSource dataSource) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try (Statement set = connection.createStatement()) {
      set.execute("SET LOCAL plan_cache_mode = force_custom_plan");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not have PostgreSQL plan with the query's values", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
