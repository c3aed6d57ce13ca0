package uk.fosteringconcerns.misseddeadline;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.misseddeadline.MissedDeadlineVariables.*;
import static uk.fosteringconcerns.testing.London.london;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.timescales.StatutoryTasks;

/**
 * Missed deadlines (PROCESS-API section 8): every statutory task of every model is reminded once before its due date
 * and, once late, chased by its team's manager (DMN missed-deadline-manager), one level up while still late, never past
 * the head of service and never to Cafcass; the chase ends the moment the task is done; a moved due date moves both.
 * Engine-only, the clock moved and the timers executed as the job executor would.
 */
class MissedDeadlineProcessTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  /** Monday 2 March 2026, 10:00: no bank holiday for weeks. */
  private static final Date MONDAY = london(2026, 3, 2, 10);

  @BeforeEach
  void clock() {
    ClockUtil.setCurrentTime(MONDAY);
  }

  /** Every statutory user task of every deployed model, with the first group of its candidates. */
  static Stream<Arguments> statutoryTasks() {
    List<Arguments> tasks = new ArrayList<>();
    for (String model : List.of("concern-triage", "management-of-allegations", "standards-of-care",
        "approval-review", "significant-harm-report")) {
      BpmnModelInstance instance = org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(
          MissedDeadlineProcessTest.class.getClassLoader().getResourceAsStream("bpmn/" + model + ".bpmn"));
      for (String key : StatutoryTasks.keysIn(instance)) {
        UserTask task = instance.getModelElementById(key);
        tasks.add(Arguments.of(model, key, task.getCamundaCandidateGroups().split(",")[0].trim()));
      }
    }
    return tasks.stream();
  }

  /** The manager group that first chases a group's late work (the contract's examples and the seeds' lines). */
  private static final Map<String, String> FIRST_CHASER = Map.of(
      "childrens-social-worker", "childrens-team-manager",
      "childrens-team-manager", "service-manager",
      "fostering-social-worker", "fostering-manager",
      "business-support", "fostering-manager",
      "fostering-manager", "service-manager",
      "lado", "quality-assurance",
      "iro", "quality-assurance",
      "fostering-panel", "service-manager",
      "agency-decision-maker", "head-of-service");

  private Map<String, Object> caseVariables(Date on) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("carerId", "FC-4242");
    v.put("carerName", "Case Carer");
    v.put("childId", "CH-4242");
    v.put("concernSummary", "Late work test");
    v.put("raisedBy", "anonymous");
    for (String date : List.of("receivedOn", "referredOn", "socDecisionOn", "lastMeetingOn", "iemHeldOn", "panelDate",
        "visitDate", "meetingDate", "reportDueBy", "actionsDueOn", "meetingActionsDueOn", "minutesIssuedOn",
        "meetingDecidedOn", "ladoNotifiedOn", "ladoDecisionOn", "resignationReceivedOn", "terminationProposedOn",
        "visitCountsFrom", "reportedOn", "finalDecisionFrom")) {
      v.put(date, on);
    }
    v.put("meetingDate", Date.from(on.toInstant().plus(java.time.Duration.ofDays(21))));
    v.put("profile", "dorset");
    v.put("meetingDeadline", true);
    return v;
  }

  private int placed;

  /** A case of the model waiting at the task, its dates counted from Monday. */
  private Task placeAt(String processKey, String taskKey) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(processKey)
        .businessKey(String.format("CC-2026-%05d", 80000 + placed++)).setVariables(caseVariables(MONDAY))
        .startBeforeActivity(taskKey).execute(true, true);
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private List<Job> timersOf(Task task) {
    return engine.getManagementService().createJobQuery().executionId(task.getExecutionId())
        .activityId(task.getTaskDefinitionKey()).timers().orderByJobDuedate().asc().list();
  }

  /** Runs every timer due now, as the job executor would. */
  private void runDueTimers() {
    for (int round = 0; round < 5; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().timers().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private List<ProcessInstance> chasesOf(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(LATE_TASK_ID, task.getId()).list();
  }

  private Task chaseTask(ProcessInstance chase) {
    return engine.getTaskService().createTaskQuery().processInstanceId(chase.getId())
        .taskDefinitionKey(TASK_CHASE_LATE_WORK).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }

  private NotificationService outbox() {
    return (NotificationService) ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBeans().get("notificationService");
  }

  private List<String> templates(Task task, String reference) {
    return outbox().forCase(reference).stream().filter(n -> task.getProcessInstanceId().equals(n.processInstanceId()))
        .map(Notification::template).toList();
  }

  private String referenceOf(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }

  @ParameterizedTest(name = "{0} / {1} ({2})")
  @MethodSource("statutoryTasks")
  @DisplayName("PROCESS-API 8: a late statutory task starts one chase for its team's manager, reminded once before")
  void lateTaskIsChasedByItsManager(String processKey, String taskKey, String group) {
    Task task = placeAt(processKey, taskKey);
    assertThat(task.getDueDate()).as("statutory tasks have a due date").isNotNull();
    assertThat(timersOf(task)).hasSize(2);

    // the day before: the reminder only
    ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().minus(java.time.Duration.ofHours(15))));
    runDueTimers();
    assertThat(templates(task, referenceOf(task))).containsExactly(TEMPLATE_REMINDER);
    assertThat(chasesOf(task)).isEmpty();

    // just after the due date: one chase, however often the timers run
    ClockUtil.setCurrentTime(new Date(task.getDueDate().getTime() + 60_000));
    runDueTimers();
    runDueTimers();
    List<ProcessInstance> chases = chasesOf(task);
    assertThat(chases).hasSize(1);
    assertThat(chases.get(0).getBusinessKey()).isEqualTo(referenceOf(task));
    assertThat(candidateGroups(chaseTask(chases.get(0)))).containsExactly(FIRST_CHASER.get(group));
    assertThat(engine.getRuntimeService().getVariable(chases.get(0).getId(), LATE_TASK_GROUP)).isEqualTo(group);
    assertThat(templates(task, referenceOf(task))).containsExactly(TEMPLATE_REMINDER, TEMPLATE_OVERDUE);
  }

  @Test
  @DisplayName("PROCESS-API 8: the moment the late task is completed, the chase ends and its task disappears")
  void completedLateTaskEndsTheChase() {
    Task task = placeAt("concern-triage", "Task_InitialDiscussion");
    ClockUtil.setCurrentTime(new Date(task.getDueDate().getTime() + 60_000));
    runDueTimers();
    ProcessInstance chase = chasesOf(task).get(0);
    assertThat(chaseTask(chase)).isNotNull();

    ProcessEngineFixture.forms(engine).submitTaskForm(task.getId(),
        uk.fosteringconcerns.triage.FormSubmissions.fill("initial-discussion", Map.of()));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(chase.getId()).count())
        .isZero();
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(chase.getId())
        .activityId("Event_ChaseEnded").count()).isOne();
  }

  @Test
  @DisplayName("PROCESS-API 8: still late, the chase moves one level up at a time, and never past the head of service")
  void stillLateMovesUpNeverPastHeadOfService() {
    Task task = placeAt("standards-of-care", "Task_VisitFosterCarer");
    ClockUtil.setCurrentTime(new Date(task.getDueDate().getTime() + 60_000));
    runDueTimers();
    ProcessInstance chase = chasesOf(task).get(0);
    List<String> chasers = new ArrayList<>();
    for (int level = 0; level < 5; level++) {
      Task chaseTask = chaseTask(chase);
      chasers.add(candidateGroups(chaseTask).get(0));
      if (level == 1) {
        // a manager who chases still does not stop the next level when the work stays late
        ProcessEngineFixture.forms(engine).submitTaskForm(chaseTask.getId(), Map.of(CHASE_NOTE, "Spoke to the worker"));
      }
      ClockUtil.setCurrentTime(new Date(chaseTask.getDueDate().getTime() + 60_000));
      runDueTimers();
    }
    assertThat(chasers).containsExactly("fostering-manager", "service-manager", "head-of-service", "head-of-service",
        "head-of-service");
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("iro").count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalation").count())
        .as("a missed deadline never starts the IRO's escalation ladder").isZero();
  }

  @Test
  @DisplayName("PROCESS-API 8: a moved due date moves the reminder and the chase, and gives a new reminder")
  void movedDueDate() {
    Task task = placeAt("concern-triage", "Task_InitialDiscussion");
    String reference = referenceOf(task);
    ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().minus(java.time.Duration.ofHours(15))));
    runDueTimers();
    assertThat(templates(task, reference)).containsExactly(TEMPLATE_REMINDER);

    // an administrator gives the team two more weeks
    Task saved = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    Date newDue = Deadlines.endOf(LocalDate.of(2026, 3, 17));
    saved.setDueDate(newDue);
    engine.getTaskService().saveTask(saved);
    List<Job> timers = timersOf(task);
    assertThat(timers.get(0).getDuedate()).isEqualTo(london(2026, 3, 16, 9));
    assertThat(timers.get(1).getDuedate()).isEqualTo(new Date(newDue.getTime() + 1000));

    // the old due date passes: nobody is chased
    ClockUtil.setCurrentTime(new Date(task.getDueDate().getTime() + 60_000));
    runDueTimers();
    assertThat(chasesOf(task)).isEmpty();
    // the new reminder, once
    ClockUtil.setCurrentTime(london(2026, 3, 16, 9));
    runDueTimers();
    assertThat(templates(task, reference)).containsExactly(TEMPLATE_REMINDER, TEMPLATE_REMINDER);
    // and the chase after the new date
    ClockUtil.setCurrentTime(london(2026, 3, 18, 9));
    runDueTimers();
    assertThat(chasesOf(task)).hasSize(1);
  }

  @Test
  @DisplayName("PROCESS-API 8: a late task that ended without telling its chase (case deleted) ends the chase when it falls due")
  void taskGoneWithoutTelling() {
    Task task = placeAt("concern-triage", "Task_InitialDiscussion");
    ClockUtil.setCurrentTime(new Date(task.getDueDate().getTime() + 60_000));
    runDueTimers();
    ProcessInstance chase = chasesOf(task).get(0);
    engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "test", true);
    Task chaseTask = chaseTask(chase);
    ClockUtil.setCurrentTime(new Date(chaseTask.getDueDate().getTime() + 60_000));
    runDueTimers();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(chase.getId()).count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(chase.getId())
        .activityId("Event_NoLongerOpen").count()).isOne();
  }

  @Test
  @DisplayName("seed 001 4.1: when the home authority's LADO leads, a late LADO task tells its holder but no manager here chases")
  void anotherAuthorityLeads() {
    Task task = placeAt("concern-triage", "Task_LadoDecision");
    String reference = referenceOf(task);
    engine.getRuntimeService().setVariable(task.getProcessInstanceId(),
        uk.fosteringconcerns.triage.ConcernTriageVariables.LEAD_AUTHORITY,
        uk.fosteringconcerns.triage.ConcernTriageVariables.LEAD_HOME_AUTHORITY);
    ClockUtil.setCurrentTime(new Date(task.getDueDate().getTime() + 60_000));
    runDueTimers();
    runDueTimers();
    assertThat(chasesOf(task)).isEmpty();
    List<Notification> told = outbox().forCase(reference).stream()
        .filter(n -> TEMPLATE_OVERDUE.equals(n.template()) && task.getProcessInstanceId().equals(n.processInstanceId()))
        .toList();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).body()).contains("Another authority's LADO leads this case");
    assertThat(told.get(0).recipientGroups()).isEqualTo("lado");
  }

  @Test
  @DisplayName("going live: a task due before fostering.missed-deadline.counts-from is neither reminded nor chased")
  void goLiveCutOff() {
    Map<Object, Object> beans = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBeans();
    Object configured = beans.get("statutoryDeadline");
    beans.put("statutoryDeadline", new StatutoryDeadline((Deadlines) beans.get("deadlines"), LocalDate.of(2026, 4, 1)));
    try {
      Task imported = placeAt("concern-triage", "Task_InitialDiscussion");
      ClockUtil.setCurrentTime(london(2026, 3, 31, 12));
      runDueTimers();
      assertThat(chasesOf(imported)).isEmpty();
      assertThat(templates(imported, referenceOf(imported))).isEmpty();
      assertThat(timersOf(imported)).allSatisfy(timer -> assertThat(timer.getDuedate()).isAfter(london(2030, 1, 1, 0)));
    } finally {
      beans.put("statutoryDeadline", configured);
    }
  }
}
