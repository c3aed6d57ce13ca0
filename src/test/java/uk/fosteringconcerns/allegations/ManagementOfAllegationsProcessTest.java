package uk.fosteringconcerns.allegations;

import static uk.fosteringconcerns.testing.London.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.allegations.AllegationVariables.*;
import static uk.fosteringconcerns.triage.FormSubmissions.answers;
import static uk.fosteringconcerns.triage.FormSubmissions.submit;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import uk.fosteringconcerns.forms.InvalidFieldException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.testing.Coverage;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.Deadlines;

/** Process management-of-allegations on the engine (PROCESS-API section 2; seed 004 LADO report s4, s5.4; seed 002). */
class ManagementOfAllegationsProcessTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = Coverage.extension();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(london(2026, 3, 2, 10)); // Monday 2 March 2026
  }

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }


  /** The task's earliest timer: its statutory reminder. */
  Job firstTimer(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .orderByJobDuedate().asc().list().get(0);
  }

  ProcessInstance referred() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
        Map.of(REFERRED_ON, ClockUtil.getCurrentTime()));
  }

  Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
  }

  static LocalDate day(Date date) {
    return Deadlines.toLocalDate(date);
  }

  static String fieldOf(Throwable e) {
    return ((InvalidFieldException) e).field();
  }

  NotificationService outbox() {
    return (NotificationService) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getBeans().get("notificationService");
  }

  /** IEM today, then one concluded PAIM with the given outcome. */
  ProcessInstance concluded(String outcome) {
    ProcessInstance instance = referred();
    submit(engine, task(instance, TASK_INITIAL_EVALUATION_MEETING), answers(POLICE_INVESTIGATION, true));
    submit(engine, task(instance, TASK_POST_ALLEGATION_MEETING),
        answers(INVESTIGATION_CONCLUDED, true, ALLEGATION_OUTCOME, outcome));
    return instance;
  }

  void sendOutcomeLetter(ProcessInstance instance) {
    Task letter = task(instance, TASK_SEND_OUTCOME_LETTER);
    assertThat(letter).hasCandidateGroup("fostering-manager");
    submit(engine, letter, answers());
  }

  /** IEM today, then one concluded PAIM with the given outcome, a child having moved placement or not. */
  ProcessInstance concluded(String outcome, boolean childMoved) {
    ProcessInstance instance = referred();
    submit(engine, task(instance, TASK_INITIAL_EVALUATION_MEETING), answers(POLICE_INVESTIGATION, true));
    submit(engine, task(instance, TASK_POST_ALLEGATION_MEETING),
        answers(INVESTIGATION_CONCLUDED, true, ALLEGATION_OUTCOME, outcome, CHILD_MOVED_PLACEMENT, childMoved));
    return instance;
  }

  void completeChecklists(ProcessInstance instance) {
    for (String key : List.of(TASK_CHECKLIST_BOTH_SOCIAL_WORKERS, TASK_CHECKLIST_FOSTERING_SOCIAL_WORKER,
        TASK_CHECKLIST_CHILDS_SOCIAL_WORKER, TASK_IRO_REVIEW)) {
      Task t = task(instance, key);
      if (t != null) {
        submit(engine, t, answers());
      }
    }
  }

  @Test
  @DisplayName("seed 004 4: IEM due 5 working days after the referral, PAIM 28 days after the IEM, LADO tasks marked statutory")
  void meetingDeadlines() {
    ProcessInstance instance = referred();
    assertThat(instance).isWaitingAt(TASK_INITIAL_EVALUATION_MEETING);
    Task iem = task(instance, TASK_INITIAL_EVALUATION_MEETING);
    assertThat(iem).hasCandidateGroup("lado");
    assertThat(day(iem.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(instance).variables().containsKey("caseReference");
    assertThat(instance.getBusinessKey()).matches("CC-2026-\\d{5}");

    ClockUtil.setCurrentTime(london(2026, 3, 5, 10));
    submit(engine, iem, answers(IEM_HELD_ON, "2026-03-05", POLICE_INVESTIGATION, true));
    assertThat(instance).variables().containsEntry(POLICE_INVESTIGATION, true)
        .containsEntry(LAST_MEETING_ON, Deadlines.parseIsoDate("2026-03-05"));
    Task paim = task(instance, TASK_POST_ALLEGATION_MEETING);
    assertThat(day(paim.getDueDate())).isEqualTo(LocalDate.of(2026, 4, 2));
  }

  @Test
  @DisplayName("seed 004 4 / section 8: while not concluded the PAIM repeats within 28 days of the last; a reminder goes the working day before")
  void paimRepeats() {
    ProcessInstance instance = referred();
    submit(engine, task(instance, TASK_INITIAL_EVALUATION_MEETING), answers(IEM_HELD_ON, "2026-03-02"));
    // the statutory reminder: the working day before Monday 30 March 2026 -> Friday 27 March 09:00
    Job reminder = firstTimer(instance);
    assertThat(reminder.getDuedate().toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 3, 27, 9, 0, 0, 0, Deadlines.LONDON).toInstant());
    ClockUtil.setCurrentTime(london(2026, 3, 27, 9));
    engine.getManagementService().executeJob(reminder.getId());
    assertThat(instance).isWaitingAt(TASK_POST_ALLEGATION_MEETING);
    List<Notification> sent = outbox().forCase(instance.getBusinessKey());
    assertThat(sent).extracting(Notification::template).containsExactly("task-reminder");

    ClockUtil.setCurrentTime(london(2026, 3, 30, 10));
    submit(engine, task(instance, TASK_POST_ALLEGATION_MEETING), answers(PAIM_HELD_ON, "2026-03-30",
        INVESTIGATION_CONCLUDED, false, ALLEGATION_OUTCOME, null, OUTCOME_RATIONALE, null));
    assertThat(instance).isWaitingAt(TASK_POST_ALLEGATION_MEETING);
    assertThat(instance).variables().doesNotContainKey(ALLEGATION_OUTCOME);
    Task second = task(instance, TASK_POST_ALLEGATION_MEETING);
    assertThat(day(second.getDueDate())).isEqualTo(LocalDate.of(2026, 4, 27));
    assertThat(firstTimer(instance).getDuedate().toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 4, 24, 9, 0, 0, 0, Deadlines.LONDON).toInstant());

    // a meeting cannot be dated before the last one, nor in the future
    assertThatThrownBy(() -> submit(engine, second, answers(PAIM_HELD_ON, "2026-03-29")))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(PAIM_HELD_ON));
    assertThatThrownBy(() -> submit(engine, second, answers(PAIM_HELD_ON, "2026-03-31")))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(PAIM_HELD_ON));
    // concluded needs the outcome and its rationale
    assertThatThrownBy(() -> submit(engine, second, answers(INVESTIGATION_CONCLUDED, true, ALLEGATION_OUTCOME, null)))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(ALLEGATION_OUTCOME));
    assertThatThrownBy(() -> submit(engine, second, answers(INVESTIGATION_CONCLUDED, true, ALLEGATION_OUTCOME, "PROVEN")))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(ALLEGATION_OUTCOME));
    assertThatThrownBy(() -> submit(engine, second, answers(INVESTIGATION_CONCLUDED, true, ALLEGATION_OUTCOME, FALSE,
        OUTCOME_RATIONALE, null)))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(OUTCOME_RATIONALE));

    submit(engine, second, answers(INVESTIGATION_CONCLUDED, true, ALLEGATION_OUTCOME, UNFOUNDED));
    assertThat(instance).hasPassed(TASK_DECIDE_OUTCOME_ACTIONS, TASK_NOTIFY_OUTCOME);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  @DisplayName("seed 004 4: the IEM cannot be recorded before it is held")
  void iemNotInFuture() {
    ProcessInstance instance = referred();
    assertThatThrownBy(() -> submit(engine, task(instance, TASK_INITIAL_EVALUATION_MEETING), answers(IEM_HELD_ON, "2026-03-03")))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(IEM_HELD_ON));
  }

  @Test
  @DisplayName("seed 002 / seed 004 5.4: substantiated - DBS consideration, evaluation meeting held, panel, ADM within 7 working days, joint visit, all checklists, closure")
  void substantiated() {
    ProcessInstance instance = concluded(SUBSTANTIATED);
    assertThat(instance).variables().extractingByKey(OUTCOME_ACTIONS)
        .asList().containsExactlyInAnyOrder(DBS_REFERRAL_CONSIDERATION, OUTCOME_LETTER, EVALUATION_MEETING_DECISION,
            FOSTERING_PANEL, JOINT_VISIT, CHECKLIST_BOTH_SOCIAL_WORKERS, CHECKLIST_FOSTERING_SOCIAL_WORKER,
            CHECKLIST_CHILDS_SOCIAL_WORKER, IRO_REVIEW);
    List<Notification> sent = outbox().forCase(instance.getBusinessKey());
    assertThat(sent).extracting(Notification::template).containsExactly(TEMPLATE_ALLEGATION_OUTCOME);
    assertThat(sent.get(0).recipientGroups()).isEqualTo("childrens-social-worker");
    assertThat(sent.get(0).body()).contains(instance.getBusinessKey()).doesNotContain(SUBSTANTIATED);

    assertThat(instance).isWaitingAt(TASK_CONSIDER_DBS_REFERRAL, TASK_EVALUATION_MEETING_DECISION,
        TASK_SEND_OUTCOME_LETTER);
    assertThat(task(instance, TASK_CONSIDER_DBS_REFERRAL)).hasCandidateGroup("lado");
    sendOutcomeLetter(instance);
    assertThat(task(instance, TASK_EVALUATION_MEETING_DECISION)).hasCandidateGroup("fostering-manager");
    assertThatThrownBy(() -> submit(engine, task(instance, TASK_CONSIDER_DBS_REFERRAL), answers(DBS_REFERRAL_MADE, true, DBS_REFERRAL_MADE_ON, null)))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(DBS_REFERRAL_MADE_ON));
    submit(engine, task(instance, TASK_CONSIDER_DBS_REFERRAL), answers(DBS_REFERRAL_MADE, true));
    // default: the meeting is held (seed 002)
    submit(engine, task(instance, TASK_EVALUATION_MEETING_DECISION), answers(EVALUATION_MEETING_REQUIRED, true));
    assertThat(instance).isWaitingAt(TASK_HOLD_EVALUATION_MEETING);
    submit(engine, task(instance, TASK_HOLD_EVALUATION_MEETING), answers());

    assertThat(instance).isWaitingAt(TASK_FOSTERING_PANEL);
    assertThat(task(instance, TASK_FOSTERING_PANEL)).hasCandidateGroup("fostering-panel");
    submit(engine, task(instance, TASK_FOSTERING_PANEL), answers(PANEL_RECOMMENDATION, TERMINATE_APPROVAL, PANEL_DATE, "2026-03-02"));
    Task adm = task(instance, TASK_AGENCY_DECISION);
    assertThat(adm).hasCandidateGroup("agency-decision-maker");
    assertThat(day(adm.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 11));
    submit(engine, adm, answers(ADM_DECISION, TERMINATE_APPROVAL));
    assertThat(instance).variables().containsEntry(ADM_DECISION, TERMINATE_APPROVAL);
    // seed 001 5.2 / reg 28: the proposal is followed by representations (here a review by the IRM) and a final decision
    assertThat(instance).isWaitingAt(ACTIVITY_APPROVAL_REVIEW);
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    assertThat(review.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    ApprovalReviewProcessTest.walk(engine, review, true);
    assertThat(instance).variables().containsEntry(FINAL_ADM_DECISION, CHANGE_TERMS);

    assertThat(instance).isWaitingAt(TASK_JOINT_VISIT);
    submit(engine, task(instance, TASK_JOINT_VISIT), answers(CARERS_VISITED, true, CHILDREN_VISITED, true));
    assertThat(instance).isWaitingAt(TASK_CHECKLIST_BOTH_SOCIAL_WORKERS, TASK_CHECKLIST_FOSTERING_SOCIAL_WORKER,
        TASK_CHECKLIST_CHILDS_SOCIAL_WORKER, TASK_IRO_REVIEW);
    assertThat(task(instance, TASK_IRO_REVIEW)).hasCandidateGroup("iro");
    assertThat(task(instance, TASK_CHECKLIST_CHILDS_SOCIAL_WORKER)).hasCandidateGroup("childrens-social-worker");
    assertThatThrownBy(() -> submit(engine, task(instance, TASK_CHECKLIST_CHILDS_SOCIAL_WORKER),
        answers(CSW_CHILD_ADVISED_OF_OUTCOME, null)))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(CSW_CHILD_ADVISED_OF_OUTCOME));
    completeChecklists(instance);

    Task closure = task(instance, TASK_LADO_CLOSURE);
    assertThat(closure).hasCandidateGroup("lado");
    assertThatThrownBy(() -> submit(engine, closure, answers(ALL_ACTIONS_COMPLETE, false)))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(ALL_ACTIONS_COMPLETE));
    assertThat(instance).isWaitingAt(TASK_LADO_CLOSURE);
    submit(engine, closure, answers(ALL_ACTIONS_COMPLETE, true));
    assertThat(instance).isEnded().hasPassed(EVENT_ALLEGATION_CLOSED);
  }

  @Test
  @DisplayName("seed 002 para 1: unsubstantiated - no DBS; no evaluation meeting only with a recorded rationale; panel and follow-up")
  void unsubstantiatedWithoutEvaluationMeeting() {
    ProcessInstance instance = concluded(UNSUBSTANTIATED);
    assertThat(instance).isWaitingAt(TASK_EVALUATION_MEETING_DECISION);
    assertThat(task(instance, TASK_CONSIDER_DBS_REFERRAL)).isNull();
    Task decision = task(instance, TASK_EVALUATION_MEETING_DECISION);
    assertThatThrownBy(() -> submit(engine, decision, answers(EVALUATION_MEETING_REQUIRED, false,
        EVALUATION_MEETING_RATIONALE, null)))
        .isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> assertThat(fieldOf(e)).isEqualTo(EVALUATION_MEETING_RATIONALE));
    submit(engine, decision, answers(EVALUATION_MEETING_REQUIRED, false,
        EVALUATION_MEETING_RATIONALE, "Oversight by telephone with the LADO manager"));
    // seed 002 para 1: the fostering manager and the LADO agree; the LADO agrees here
    Task agreement = task(instance, TASK_LADO_AGREES_NO_EVALUATION_MEETING);
    assertThat(agreement).hasCandidateGroup("lado");
    submit(engine, agreement, answers(LADO_AGREES_NO_EVALUATION_MEETING, true));
    sendOutcomeLetter(instance);
    assertThat(instance).hasNotPassed(TASK_HOLD_EVALUATION_MEETING).isWaitingAt(TASK_FOSTERING_PANEL);
    submit(engine, task(instance, TASK_FOSTERING_PANEL), answers(PANEL_RECOMMENDATION, CONTINUE_APPROVAL));
    submit(engine, task(instance, TASK_AGENCY_DECISION), answers(ADM_DECISION, CONTINUE_APPROVAL));
    submit(engine, task(instance, TASK_JOINT_VISIT), answers());
    completeChecklists(instance);
    submit(engine, task(instance, TASK_LADO_CLOSURE), answers());
    assertThat(instance).isEnded().hasNotPassed(TASK_CONSIDER_DBS_REFERRAL);
  }

  @Test
  @DisplayName("an analyst's outcome table that asks for no follow-up: the case goes straight to the LADO's closure")
  void noFollowUpAsked() throws Exception {
    // the same models with allegation-outcome-actions emptied of its rules, as an analyst could publish it: the
    // gateways' default flows ("none needed") must still carry the case to its closure instead of stranding it
    String resource = "dmn/" + DECISION_OUTCOME_ACTIONS + ".dmn";
    String table;
    try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String noRules = table.replaceAll("(?s)<rule id=.*?</rule>\\s*", "");
    assertThat(noRules).doesNotContain("<rule ").contains("<decisionTable");
    ProcessEngineFixture.undeploy(engine, deployment);
    deployment = ProcessEngineFixture.deployAll(engine, Map.of(resource, noRules));

    ProcessInstance instance = concluded(UNSUBSTANTIATED);
    assertThat(instance).isWaitingAt(TASK_LADO_CLOSURE);
    assertThat(instance).variables().containsEntry(OUTCOME_ACTIONS, List.of());
    submit(engine, task(instance, TASK_LADO_CLOSURE), answers());
    assertThat(instance).isEnded().hasPassed(TASK_LADO_CLOSURE).hasNotPassed(
        TASK_SEND_OUTCOME_LETTER, TASK_CONSIDER_DBS_REFERRAL, TASK_EVALUATION_MEETING_DECISION, TASK_PANEL_DECISION,
        TASK_FOSTERING_PANEL, TASK_JOINT_VISIT, TASK_CHECKLIST_FOSTERING_SOCIAL_WORKER, TASK_IRO_REVIEW);
  }

  @ParameterizedTest(name = "outcome={0}")
  @ValueSource(strings = {FALSE, MALICIOUS, UNFOUNDED})
  @DisplayName("seed 002 / seed 004 5.4: false, malicious, unfounded - no evaluation meeting, panel or joint visit; the fostering SW, child's SW and IRO follow up")
  void notProven(String outcome) {
    ProcessInstance instance = concluded(outcome);
    assertThat(instance).isWaitingAt(TASK_SEND_OUTCOME_LETTER, TASK_PANEL_DECISION);
    assertThat(task(instance, TASK_PANEL_DECISION)).hasCandidateGroup("fostering-manager");
    sendOutcomeLetter(instance);
    submit(engine, task(instance, TASK_PANEL_DECISION), answers(PRESENT_TO_PANEL, false));
    assertThat(instance).isWaitingAt(TASK_CHECKLIST_FOSTERING_SOCIAL_WORKER, TASK_CHECKLIST_CHILDS_SOCIAL_WORKER, TASK_IRO_REVIEW);
    assertThat(task(instance, TASK_CHECKLIST_BOTH_SOCIAL_WORKERS)).isNull();
    completeChecklists(instance);
    submit(engine, task(instance, TASK_LADO_CLOSURE), answers());
    assertThat(instance).isEnded().hasNotPassed(TASK_EVALUATION_MEETING_DECISION, TASK_FOSTERING_PANEL, TASK_JOINT_VISIT,
        TASK_CONSIDER_DBS_REFERRAL);
    assertThat(instance).variables().containsEntry(ALLEGATION_OUTCOME, outcome);
  }

  @Test
  @DisplayName("seed 004 flowchart 'Maybe' and 6.1: the IEM finds the threshold not met - the allegation process ends, no PAIM, no outcome")
  void thresholdNotMet() {
    ProcessInstance instance = referred();
    submit(engine, task(instance, TASK_INITIAL_EVALUATION_MEETING), answers(THRESHOLD_MET, false));
    assertThat(instance).isEnded().hasPassed(TASK_TELL_THRESHOLD_NOT_MET, EVENT_THRESHOLD_NOT_MET)
        .hasNotPassed(TASK_POST_ALLEGATION_MEETING);
    assertThat(instance).variables().containsEntry(THRESHOLD_MET, false).doesNotContainKey(ALLEGATION_OUTCOME)
        .doesNotContainKey(POLICE_INVESTIGATION);
    assertThat(outbox().forCase(instance.getBusinessKey())).extracting(Notification::template)
        .containsExactly("allegation-threshold-not-met");
  }

  @Test
  @DisplayName("seed 004 6.1: an IEM held after its 5 working days records why; on time it need not")
  void lateIemNeedsAReason() {
    ProcessInstance instance = referred();
    ClockUtil.setCurrentTime(london(2026, 3, 12, 10));
    Task iem = task(instance, TASK_INITIAL_EVALUATION_MEETING);
    assertThatThrownBy(() -> submit(engine, iem, answers(IEM_HELD_ON, "2026-03-12", IEM_LATE_REASON, null)))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(IEM_LATE_REASON));
    submit(engine, iem, answers(IEM_HELD_ON, "2026-03-09", IEM_LATE_REASON, null));
    assertThat(instance).isWaitingAt(TASK_POST_ALLEGATION_MEETING);
  }

  @Test
  @DisplayName("seed 002 para 1: the LADO does not agree that no evaluation meeting is needed - the meeting is held (the default)")
  void ladoDisagreesSoTheMeetingIsHeld() {
    ProcessInstance instance = concluded(SUBSTANTIATED);
    submit(engine, task(instance, TASK_EVALUATION_MEETING_DECISION), answers(EVALUATION_MEETING_REQUIRED, false,
        EVALUATION_MEETING_RATIONALE, "Carer already retrained"));
    submit(engine, task(instance, TASK_LADO_AGREES_NO_EVALUATION_MEETING),
        answers(LADO_AGREES_NO_EVALUATION_MEETING, false, LADO_EVALUATION_COMMENT, "Repeat concerns: meet"));
    assertThat(instance).isWaitingAt(TASK_HOLD_EVALUATION_MEETING);
  }

  @ParameterizedTest(name = "outcome={0}")
  @ValueSource(strings = {FALSE, MALICIOUS, UNFOUNDED})
  @DisplayName("seed 002 para 2: a child moved placement - joint visit and both social workers' follow-up whatever the outcome")
  void childMovedFollowUp(String outcome) {
    ProcessInstance instance = concluded(outcome, true);
    sendOutcomeLetter(instance);
    submit(engine, task(instance, TASK_PANEL_DECISION), answers(PRESENT_TO_PANEL, false));
    assertThat(instance).isWaitingAt(TASK_JOINT_VISIT);
    submit(engine, task(instance, TASK_JOINT_VISIT), answers());
    assertThat(instance).isWaitingAt(TASK_CHECKLIST_BOTH_SOCIAL_WORKERS, TASK_CHECKLIST_FOSTERING_SOCIAL_WORKER,
        TASK_CHECKLIST_CHILDS_SOCIAL_WORKER, TASK_IRO_REVIEW);
  }

  @Test
  @DisplayName("seed 002 para 2 / seed 004 7.4: after an unfounded outcome the fostering manager may still take it to panel")
  void panelByTheFosteringManagersChoice() {
    ProcessInstance instance = concluded(UNFOUNDED);
    sendOutcomeLetter(instance);
    submit(engine, task(instance, TASK_PANEL_DECISION), answers(PRESENT_TO_PANEL, true,
        PANEL_DECISION_RATIONALE, "Third allegation in a year"));
    assertThat(instance).isWaitingAt(TASK_FOSTERING_PANEL);
    submit(engine, task(instance, TASK_FOSTERING_PANEL), answers(PANEL_RECOMMENDATION, CONTINUE_APPROVAL));
    submit(engine, task(instance, TASK_AGENCY_DECISION), answers(ADM_DECISION, CONTINUE_APPROVAL));
    // continue approval: no representations step
    assertThat(instance).hasNotPassed(ACTIVITY_APPROVAL_REVIEW)
        .isWaitingAt(TASK_CHECKLIST_FOSTERING_SOCIAL_WORKER, TASK_CHECKLIST_CHILDS_SOCIAL_WORKER, TASK_IRO_REVIEW);
  }
}
