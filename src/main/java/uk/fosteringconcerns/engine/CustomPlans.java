package uk.fosteringconcerns.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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

  /**
   * Runs reads of a value's few rows among many (a carer's or a worker's id in the history) planned with their values:
   * in the current transaction if there is one (a step's: the setting then lasts until the step ends), otherwise in a
   * transaction of their own that the engine's queries join. On another database, or without Spring's transactions
   * (the engine-only tests), the work just runs.
   */
  public static <T> T read(ProcessEngine engine, Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return work.get();
    }
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      forThisTransaction(configuration.getDataSource());
      return work.get();
    }
    if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getTransactionManager() != null) {
      return new TransactionTemplate(spring.getTransactionManager()).execute(status -> {
        forThisTransaction(configuration.getDataSource());
        return work.get();
      });
    }
    return work.get();
  }

  /** For the rest of the current transaction on this PostgreSQL data source. */
  public static void forThisTransaction(DataSource dataSource) {
    setLocal(dataSource, "SET LOCAL plan_cache_mode = force_custom_plan");
  }

  /**
   * For a task list, for the rest of the current transaction: planned with its values, and the worker's grants probed
   * task by task. The engine joins each task to the worker's grants on {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_,
   * '*')}, which PostgreSQL can only answer with a nested loop: either an index probe a task (linear) or the grants
   * materialised once and compared with every task (quadratic). Where it under-estimates the tasks (an {@code OR} of
   * assignee and candidate group, as "Due in the next 2 working days"), it chose the second: 716 tasks x 716 grants,
   * 71 ms, against 12 ms probed (10,000 open tasks). Without materialising, every other task list measured within 10 %.
   */
  public static void forTaskLists(DataSource dataSource) {
    setLocal(dataSource, "SET LOCAL plan_cache_mode = force_custom_plan", "SET LOCAL enable_material = off");
  }

  private static void setLocal(DataSource dataSource, String... settings) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try (Statement set = connection.createStatement()) {
      for (String setting : settings) {
        set.execute(setting);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not have PostgreSQL plan with the query's values", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
