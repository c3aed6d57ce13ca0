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
import org.camunda.bpm.engine.history.HistoricJobLog;
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
 * is already late are raised on one node; the statutory timers of those tasks fall due at once and both nodes' job
 * executors take them. Every late task starts exactly one missed-deadline, whichever node ran its timer.
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
    // the cases are raised with both job executors stopped, then both start together: both take the timers
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

    // the job executors of both nodes run the late tasks' timers; wait until every late task is chased
    nodes.forEach(node -> jobExecutor(node).start());
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline && (chases(engine) < CASES
        || engine.getManagementService().createJobQuery().executable().timers().count() > 0)) {
      Thread.sleep(250);
    }
    Thread.sleep(2_000); // anything running twice would show by now

    Map<Object, Long> chasesPerTask = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName(MissedDeadlineVariables.LATE_TASK_ID).list().stream()
        .filter(v -> engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(v.getProcessInstanceId()).processDefinitionKey(MissedDeadlineVariables.PROCESS_KEY)
            .count() == 1)
        .collect(Collectors.groupingBy(v -> v.getValue(), Collectors.counting()));
    assertThat(chasesPerTask).hasSize(CASES).allSatisfy((task, count) -> assertThat(count).isOne());
    assertThat(chasesPerTask.keySet()).containsExactlyInAnyOrderElementsOf(late.stream().map(Task::getId).toList());

    // both nodes took part: otherwise the test would not have shown what it claims
    Map<String, Long> byNode = engine.getHistoryService().createHistoricJobLogQuery().successLog()
        .activityIdIn(ConcernTriageVariables.TASK_INITIAL_DISCUSSION).list().stream()
        .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
    System.out.println("statutory timers run per node: " + byNode);
    assertThat(byNode).containsOnlyKeys("late-node-a", "late-node-b");
  }

  private static org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor(ConfigurableApplicationContext node) {
    return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration()).getJobExecutor();
  }

  private static long chases(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(MissedDeadlineVariables.PROCESS_KEY).count();
  }
}
