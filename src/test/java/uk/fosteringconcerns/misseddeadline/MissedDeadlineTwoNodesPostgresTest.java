package uk.fosteringconcerns.misseddeadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.fosteringconcerns.cluster.ClusterNodes;
import uk.fosteringconcerns.forms.CaseForms;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * Issue 12.2 / PROCESS-API 8: two nodes, each with its job executor, on one PostgreSQL. Cases whose initial discussion
 * is already late are raised on one node; every due statutory timer of those tasks is then run by both nodes at the
 * same moment, as two job executors would when both pick it up. Every late task starts exactly one missed-deadline.
 */
class MissedDeadlineTwoNodesPostgresTest {

  static final int CASES = 24;

  static EmbeddedPostgres postgres;
  static List<ConfigurableApplicationContext> nodes = new ArrayList<>();
  static String loggingSystem;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    loggingSystem = System.getProperty("org.springframework.boot.logging.LoggingSystem");
    System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    nodes.add(ClusterNodes.node(postgres, "late-node-a").run());
    nodes.add(ClusterNodes.node(postgres, "late-node-b").run());
  }

  @AfterAll
  static void stop() throws Exception {
    for (ConfigurableApplicationContext node : nodes) {
      node.close();
    }
    if (loggingSystem == null) {
      System.clearProperty("org.springframework.boot.logging.LoggingSystem");
    } else {
      System.setProperty("org.springframework.boot.logging.LoggingSystem", loggingSystem);
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @DisplayName("PROCESS-API 8 / issue 12.2: two nodes on one database - exactly one missed-deadline per late task")
  void oneChasePerLateTask() throws Exception {
    ProcessEngine engine = nodes.get(0).getBean(ProcessEngine.class);
    // the cases are raised with both job executors stopped
    nodes.forEach(node -> jobExecutor(node).shutdown());
    CaseForms forms = nodes.get(0).getBean(CaseForms.class);
    String received = LocalDate.now(Deadlines.LONDON).minusDays(14).toString();
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Map<String, Object> intake = new HashMap<>();
      intake.put(ConcernTriageVariables.RECEIVED_ON, received);
      intake.put(ConcernTriageVariables.CARER_ID, "FC-" + (5000 + i));
      intake.put(ConcernTriageVariables.CARER_NAME, "Cluster Carer");
      intake.put(ConcernTriageVariables.CHILD_ID, "CH-" + (5000 + i));
      intake.put(ConcernTriageVariables.CONCERN_SUMMARY, "Raised to test two nodes");
      intake.put(ConcernTriageVariables.RAISED_BY, "anonymous");
      intake.put(ConcernTriageVariables.CONCERN_ABOUT_OWN_CHILD, false);
      intake.put(ConcernTriageVariables.CARER_LIVES_IN_OTHER_AUTHORITY, false);
      ProcessInstance instance = forms.submitStartForm(ConcernTriageVariables.PROCESS_KEY, intake);
      cases.add(instance.getId());
    }
    List<Task> late = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(ConcernTriageVariables.TASK_INITIAL_DISCUSSION).list();
    assertThat(late).hasSize(CASES).allSatisfy(task -> assertThat(task.getDueDate()).isBefore(new java.util.Date()));

    // every due timer of the late tasks is run by both nodes at the same moment: one wins, the other's transaction
    // fails and leaves nothing (what two job executors do when both pick a job up)
    ProcessEngine other = nodes.get(1).getBean(ProcessEngine.class);
    Thread.sleep(3_000); // the timers of a task already late fall due a moment after it is created
    ExecutorService pair = Executors.newFixedThreadPool(2);
    Map<String, Integer> wins = new HashMap<>();
    int raced = 0;
    try {
      for (Job timer : engine.getManagementService().createJobQuery().executable().timers()
          .activityId(ConcernTriageVariables.TASK_INITIAL_DISCUSSION).list()) {
        raced++;
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<String>> runs = new ArrayList<>();
        for (ProcessEngine node : List.of(engine, other)) {
          runs.add(pair.submit(() -> {
            together.await();
            try {
              node.getManagementService().executeJob(timer.getId());
              return node == engine ? "first" : "second";
            } catch (RuntimeException lost) {
              return null; // optimistic locking or the job already gone: rolled back
            }
          }));
        }
        for (Future<String> run : runs) {
          String winner = run.get(1, TimeUnit.MINUTES);
          if (winner != null) {
            wins.merge(winner, 1, Integer::sum);
          }
        }
      }
    } finally {
      pair.shutdownNow();
    }
    System.out.println("statutory timers raced: " + raced + ", won per node: " + wins);
    assertThat(raced).as("the chase of each late task (a task already late gets no reminder)").isEqualTo(CASES);
    assertChasedOnce(engine, late);

    // and with both job executors running, nothing more happens to them
    nodes.forEach(node -> jobExecutor(node).start());
    Thread.sleep(3_000);
    assertChasedOnce(engine, late);
  }

  private static void assertChasedOnce(ProcessEngine engine, List<Task> late) {
    Map<Object, Long> chasesPerTask = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName(MissedDeadlineVariables.LATE_TASK_ID).list().stream()
        .filter(v -> engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(v.getProcessInstanceId()).processDefinitionKey(MissedDeadlineVariables.PROCESS_KEY)
            .count() == 1)
        .collect(Collectors.groupingBy(v -> v.getValue(), Collectors.counting()));
    assertThat(chasesPerTask).hasSize(CASES).allSatisfy((task, count) -> assertThat(count).isOne());
    assertThat(chasesPerTask.keySet()).containsExactlyInAnyOrderElementsOf(late.stream().map(Task::getId).toList());
  }

  private static org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor(ConfigurableApplicationContext node) {
    return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration()).getJobExecutor();
  }

}
