package uk.fosteringconcerns.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.escalation.EscalationVariables.CANDIDATE_GROUP;
import static uk.fosteringconcerns.escalation.EscalationVariables.CASE_REFERENCE;
import static uk.fosteringconcerns.escalation.EscalationVariables.CURRENT_STAGE;
import static uk.fosteringconcerns.escalation.EscalationVariables.RAISED_BY_GROUP;
import static uk.fosteringconcerns.escalation.EscalationVariables.RESOLUTION_CONFIRMED;
import static uk.fosteringconcerns.escalation.EscalationVariables.RESOLVED;
import static uk.fosteringconcerns.escalation.EscalationVariables.RESPONSE;
import static uk.fosteringconcerns.escalation.EscalationVariables.START_STAGE;
import static uk.fosteringconcerns.escalation.EscalationVariables.SUBJECT;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.notification.NotificationTemplates;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.timescales.ProcedureTimescales;

/** The escalation ladder of seed 004 section 10, engine-only, the clock moved and the timers executed. */
class EscalationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = uk.fosteringconcerns.testing.Coverage.extension();

  /** Monday 2 March 2026, 10:00 in London: no bank holiday for weeks. */
  static final Date MONDAY = Date.from(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, Deadlines.LONDON).toInstant());
  static final String[] LADDER = {"childrens-social-worker", "childrens-team-manager", "service-manager",
      "head-of-service", "director"};

  ProcessEngine engine;
  String deployment;
  Deadlines deadlines;
  NotificationService notifications;

  @BeforeEach
  void deploy(ProcessEngine engine) {
    this.engine = engine;
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(MONDAY);
    deployment = uk.fosteringconcerns.testing.ProcessEngineFixture.deployAll(engine);
    deadlines = new Deadlines(new WorkingDayCalendar(List.of(), 2015, 2030),
        new ProcedureTimescales(() -> engine, "dorset"));
    notifications = new NotificationService(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getDataSource(), new NotificationTemplates());
  }

  @AfterEach
  void undeploy() {
    ClockUtil.reset();
    uk.fosteringconcerns.testing.ProcessEngineFixture.undeploy(engine, deployment);
  }

  private ProcessInstance start(VariableMap variables) {
    return uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine)
        .submitStartForm(EscalationVariables.PROCESS_KEY, variables);
  }

  private static VariableMap raised(String byGroup) {
    return Variables.createVariables()
        .putValue(SUBJECT, "No permanence planning meeting held for 6 months")
        .putValue(RAISED_BY_GROUP, byGroup);
  }

  private Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private List<String> groupsOf(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  /** The stage's task is for the ladder's group and due the ladder's working days after the stage started. */
  private Task assertStage(ProcessInstance instance, int stage) {
    assertThat(instance).isWaitingAt(EscalationVariables.TASK_RESPOND);
    assertThat(variable(instance, CURRENT_STAGE)).isEqualTo(stage);
    Task task = task(instance, EscalationVariables.TASK_RESPOND);
    assertThat(groupsOf(task)).containsExactly(LADDER[stage]);
    assertThat(variable(instance, CANDIDATE_GROUP)).isEqualTo(LADDER[stage]);
    int days = ((Number) variable(instance, EscalationVariables.RESPONSE_WORKING_DAYS)).intValue();
    Date started = (Date) variable(instance, EscalationVariables.STAGE_STARTED_ON);
    assertThat(started).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    assertThat(task.getDueDate()).isEqualTo(deadlines.afterWorkingDays(days, started));
    // the decision's row and its input stay local to the business rule task
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("ladderRow", "stage");
    return task;
  }

  /** Moves the clock just past the stage's due date and fires its timer. */
  private void letTheStageRunOut(ProcessInstance instance) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
    Task task = task(instance, EscalationVariables.TASK_RESPOND);
    assertThat(timer.getDuedate()).isEqualTo(task.getDueDate());
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    engine.getManagementService().executeJob(timer.getId());
  }

  private void respond(ProcessInstance instance, boolean resolved) {
    uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(task(instance, EscalationVariables.TASK_RESPOND).getId(),
        Variables.createVariables().putValue(RESOLVED, resolved).putValue(RESPONSE, "Meeting booked for next week"));
  }

  @Test
  @DisplayName("seed 004 10.3/10.5: nobody responds, the clock walks the ladder informal to director, then Cafcass")
  void ladderWalkedToCafcassByTheClock() {
    ProcessInstance instance = start(raised("iro").putValue(CASE_REFERENCE, "CC-2026-00042"));
    assertThat(instance.getBusinessKey()).isEqualTo("CC-2026-00042");
    assertThat(variable(instance, START_STAGE)).isEqualTo(0);

    Date started = ClockUtil.getCurrentTime();
    for (int stage = 0; stage <= 4; stage++) {
      assertStage(instance, stage);
      letTheStageRunOut(instance);
    }
    assertThat(instance).isWaitingAt(EscalationVariables.TASK_REFER_TO_CAFCASS);
    Task cafcass = task(instance, EscalationVariables.TASK_REFER_TO_CAFCASS);
    assertThat(groupsOf(cafcass)).containsExactly("iro");
    assertThat(cafcass.getDueDate()).isAfter(ClockUtil.getCurrentTime());
    assertThat(variable(instance, CURRENT_STAGE)).isEqualTo(4);
    // IRO Handbook: the ladder took at most 20 working days
    WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(), 2015, 2030);
    assertThat(calendar.workingDaysBetween(Deadlines.toLocalDate(started),
        Deadlines.toLocalDate((Date) variable(instance, EscalationVariables.STAGE_STARTED_ON)))).isEqualTo(17);
    assertThat(Deadlines.toLocalDate(ClockUtil.getCurrentTime()))
        .isEqualTo(new WorkingDayCalendar(List.of(), 2015, 2030).addWorkingDays(Deadlines.toLocalDate(started), 20)
            .plusDays(1));

    uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(cafcass.getId(), Variables.createVariables()
        .putValue(EscalationVariables.CAFCASS_REFERRED_ON, ClockUtil.getCurrentTime())
        .putValue(EscalationVariables.CAFCASS_REFERRAL_NOTES, "Referred to the Cafcass duty officer"));
    assertThat(instance).isEnded().hasPassed("Event_ReferredToCafcass");

    // one notification per stage, to the stage's group and the raiser, with the case reference only
    List<Notification> stages = notifications.forCase("CC-2026-00042").stream()
        .filter(n -> "escalation-stage".equals(n.template())).toList();
    assertThat(stages).hasSize(5);
    for (int stage = 0; stage <= 4; stage++) {
      assertThat(stages.get(stage).recipientGroups()).isEqualTo(LADDER[stage] + ",iro");
      assertThat(stages.get(stage).subject()).contains("CC-2026-00042");
      assertThat(stages.get(stage).body()).doesNotContain("permanence planning");
    }
  }

  @Test
  @DisplayName("seed 004 10.3: the IRO bypasses stages and starts at stage 2; unresolved goes to stage 3")
  void iroStartsAtStage2() {
    ProcessInstance instance = start(raised("iro").putValue(START_STAGE, 2));
    assertThat(instance.getBusinessKey()).isNull();
    assertStage(instance, 2);
    respond(instance, false);
    assertStage(instance, 3);
  }

  @Test
  @DisplayName("seed 004 10.5: resolved at stage 1 and confirmed by the raiser: the escalation closes")
  void resolvedAndConfirmed() {
    ProcessInstance instance = start(raised("iro").putValue(START_STAGE, 1).putValue(CASE_REFERENCE, "CC-2026-00043"));
    assertStage(instance, 1);
    respond(instance, true);
    assertThat(instance).isWaitingAt(EscalationVariables.TASK_CONFIRM);
    Task confirm = task(instance, EscalationVariables.TASK_CONFIRM);
    assertThat(groupsOf(confirm)).containsExactly("iro");
    assertThat(confirm.getDueDate()).isNotNull();
    uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(confirm.getId(),
        Variables.createVariables().putValue(RESOLUTION_CONFIRMED, true));
    assertThat(instance).isEnded().hasPassed("Event_EscalationResolved");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(CURRENT_STAGE).singleResult().getValue()).isEqualTo(1);
  }

  @Test
  @DisplayName("seed 004 10.3: the raiser does not agree it is resolved: it goes up a stage")
  void resolvedButNotConfirmed() {
    ProcessInstance instance = start(raised("quality-assurance").putValue(START_STAGE, 3));
    respond(instance, true);
    uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(task(instance, EscalationVariables.TASK_CONFIRM).getId(),
        Variables.createVariables().putValue(RESOLUTION_CONFIRMED, false)
            .putValue(EscalationVariables.CONFIRMATION_NOTES, "The plan is still not agreed"));
    assertStage(instance, 4);
    respond(instance, false);
    assertThat(instance).isWaitingAt(EscalationVariables.TASK_REFER_TO_CAFCASS);
  }

  @Test
  @DisplayName("PROCESS-API section 2: the start form's rules hold over the Java API / REST")
  void startRulesEnforced() {
    assertThatThrownBy(() -> start(raised("iro").putValue(START_STAGE, 5)))
        .isInstanceOf(uk.fosteringconcerns.forms.InvalidFieldException.class).extracting("field").isEqualTo("startStage");
    assertThatThrownBy(() -> start(raised("iro").putValue(START_STAGE, -1)))
        .isInstanceOf(uk.fosteringconcerns.forms.InvalidFieldException.class).extracting("field").isEqualTo("startStage");
    assertThatThrownBy(() -> start(raised("iro").putValue(START_STAGE, 2.5)))
        .isInstanceOf(uk.fosteringconcerns.forms.InvalidFieldException.class).extracting("field").isEqualTo("startStage");
    assertThatThrownBy(() -> start(Variables.createVariables().putValue(RAISED_BY_GROUP, "iro")))
        .isInstanceOf(uk.fosteringconcerns.forms.InvalidFieldException.class).extracting("field").isEqualTo("subject");
    assertThatThrownBy(() -> start(raised("not-a-group")))
        .isInstanceOf(uk.fosteringconcerns.forms.InvalidFieldException.class).extracting("field").isEqualTo("raisedByGroup");
    assertThatThrownBy(() -> start(raised("iro").putValue(CASE_REFERENCE, "Jane Smith")))
        .isInstanceOf(uk.fosteringconcerns.forms.InvalidFieldException.class).extracting("field").isEqualTo("caseReference");
    assertThatThrownBy(() -> start(raised("iro").putValue("currentStage", 3)))
        .isInstanceOf(uk.fosteringconcerns.forms.InvalidFieldException.class).extracting("field").isEqualTo("currentStage");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    // a Tasklist number arrives as a Long; the stage is kept as an Integer
    ProcessInstance instance = start(raised("iro").putValue(START_STAGE, 1L));
    assertThat(variable(instance, CURRENT_STAGE)).isEqualTo(1);
  }

  @Test
  @DisplayName("a person raises an escalation only in a role they hold")
  void raiserMustHoldTheRole() {
    engine.getIdentityService().setAuthentication("ian", List.of("iro"));
    try {
      assertThatThrownBy(() -> start(raised("director")))
          .isInstanceOf(uk.fosteringconcerns.forms.InvalidFieldException.class).extracting("field").isEqualTo("raisedByGroup");
      assertThat(start(raised("iro")).getId()).isNotNull();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  @DisplayName("seed 004 10.5: a response is required")
  void responseRequired() {
    ProcessInstance instance = start(raised("iro"));
    String taskId = task(instance, EscalationVariables.TASK_RESPOND).getId();
    assertThatThrownBy(() -> uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(taskId,
        Variables.createVariables().putValue(RESOLVED, false)))
        .isInstanceOf(uk.fosteringconcerns.forms.InvalidFieldException.class).extracting("field").isEqualTo("response");
    assertThat(Map.of()).isEmpty();
  }
}
