package uk.fosteringconcerns.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * Part 1a, the reference: a bare Camunda 7.24 engine (no plugins, listeners, forms or authorizations; history full;
 * the same PostgreSQL server, a pool of the same kind) walking a synthetic model: a start and then {@code waitStates}
 * user tasks in a row, each with a candidate group and completed with five variables, as many cases as the product
 * ran, on the same number of threads.
 */
final class BareRun {

  record Result(int cases, int waitStates, long transactions, long elapsedNanos) {
    double transactionsPerSecond() {
      return transactions / (elapsedNanos / 1e9);
    }

    double casesPerSecond() {
      return cases / (elapsedNanos / 1e9);
    }
  }

  private BareRun() {}

  static Result run(String jdbcUrl, int cases, int userTasks, int threads) throws Exception {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(jdbcUrl);
    pool.setUsername("postgres");
    pool.setPassword("postgres");
    pool.setMaximumPoolSize(10);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare");
    configuration.setDataSource(pool);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setDbMetricsReporterActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess("bare-case").camundaHistoryTimeToLive(3650)
          .startEvent("Event_Start");
      for (int i = 1; i <= userTasks; i++) {
        builder = builder.userTask("Task_" + i).name("Step " + i).camundaCandidateGroups("bare-team");
      }
      BpmnModelInstance model = builder.endEvent("Event_End").done();
      engine.getRepositoryService().createDeployment().addModelInstance("bare-case.bpmn", model).deploy();

      ExecutorService threadsPool = Executors.newFixedThreadPool(threads);
      long started = System.nanoTime();
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int share = cases / threads + (t < cases % threads ? 1 : 0);
          int thread = t;
          running.add(threadsPool.submit(() -> {
            for (int c = 0; c < share; c++) {
              String id = engine.getRuntimeService().startProcessInstanceByKey("bare-case", "BARE-" + thread + "-" + c,
                  Map.of("carerId", "FC-" + c, "childId", "CH-" + c, "receivedOn", new java.util.Date())).getId();
              while (true) {
                Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
                if (task == null) {
                  break;
                }
                engine.getTaskService().complete(task.getId(), Map.of("answer", "Recorded", "done", true,
                    "notes", "Recorded by the benchmark", "step", task.getTaskDefinitionKey(),
                    "doneOn", new java.util.Date()));
              }
            }
            return null;
          }));
        }
        for (Future<?> future : running) {
          future.get();
        }
      } finally {
        threadsPool.shutdownNow();
      }
      long elapsed = System.nanoTime() - started;
      return new Result(cases, userTasks, (long) cases * (userTasks + 1), elapsed);
    } finally {
      engine.close();
      pool.close();
    }
  }
}
