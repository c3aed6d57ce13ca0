package uk.fosteringconcerns.standardsofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.forms.InvalidFieldException;
import uk.fosteringconcerns.misseddeadline.MissedDeadlineVariables;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/**
 * standards-of-care on the Dorset profile: the steps of seed 000 section 3 (000_311749cda34a16e1.txt) and no more —
 * no fostering manager's decision on a meeting, no Fostering Network referral, no written report, QA or report
 * deadlines; the meeting within 10 working days of the discussion with the carer is a chased deadline (3.6).
 */
class StandardsOfCareProcessTest extends SocTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = coverage(ProcessEngineFixture.DORSET);

  static final String CARER_EMAIL_VALUE = "carer@example.org";

  /** Via triage on Monday 2 March, visit on Wednesday 4 March, visit record: waiting for business support. */
  ProcessInstance throughVisit() {
    ProcessInstance pi = viaTriage(carer);
    clock(LocalDate.of(2026, 3, 4), 10);
    visit(pi, true, LocalDate.of(2026, 3, 18));
    sendVisitRecord(pi);
    return pi;
  }

  /** Through a meeting on Wednesday 18 March (the last day seed 000 3.6 allows) and its minutes. */
  ProcessInstance throughMeeting(String outcome, Map<String, Object> extra) {
    ProcessInstance pi = throughVisit();
    schedule(pi, at(LocalDate.of(2026, 3, 18), 10), CARER_EMAIL_VALUE);
    clock(LocalDate.of(2026, 3, 18), 15);
    holdMeeting(pi, outcome, extra);
    clock(LocalDate.of(2026, 3, 19), 10);
    minutes(pi);
    return pi;
  }

  @Test
  @DisplayName("seed 000 3.2-3.9: LADO decision, visit within 5 working days of it, always a meeting within 10 working days, no report steps, minutes in 5 working days, action plan, learning to QA")
  void dorsetSteps() {
    ProcessInstance pi = viaTriage(carer);
    assertThat(pi.getBusinessKey()).matches("CC-2026-\\d{5}");
    assertThat(pi).variables().containsEntry(PROFILE, "dorset").containsEntry(CASE_REFERENCE, pi.getBusinessKey())
        .containsEntry(MANAGER_CONSIDERS_MEETING, false).containsEntry(FOSTERING_NETWORK_REFERRAL, false)
        .containsEntry(WRITTEN_REPORT, false).containsEntry(MEETING_DEADLINE, true).containsEntry(SHARE_LEARNING, true)
        .containsEntry(VISIT_FROM_RECEIPT, false).containsEntry(ALLEGATION_FLAG, false);
    // seed 000 3.2: within five working days of the decision (the LADO's, Monday 2 March)
    assertThat(day(task(pi, TASK_VISIT_FOSTER_CARER).getDueDate())).isEqualTo(LocalDate.of(2026, 3, 9));

    clock(LocalDate.of(2026, 3, 4), 10);
    visit(pi, true, LocalDate.of(2026, 3, 18));
    assertThat(day(task(pi, TASK_SEND_VISIT_RECORD).getDueDate())).isEqualTo(LocalDate.of(2026, 3, 11));
    sendVisitRecord(pi);

    // seed 000 3.6: a meeting whatever the triggers, nobody asked; no Fostering Network referral
    assertThat(pi).hasNotPassed(TASK_CONSIDER_SOC_MEETING).isWaitingAt(TASK_SCHEDULE_SOC_MEETING);
    assertThat(hasTask(pi, TASK_REFER_TO_FOSTERING_NETWORK)).isFalse();
    assertThat(pi).variables().containsEntry(MEETING_REASON, REASON_DORSET_ALWAYS)
        .containsEntry(MEETING_DUE_BY, uk.fosteringconcerns.timescales.Deadlines.endOf(LocalDate.of(2026, 3, 18)));
    Task arrange = task(pi, TASK_SCHEDULE_SOC_MEETING);
    assertThat(arrange).hasCandidateGroup("business-support");
    assertThat(day(arrange.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 6));

    schedule(pi, at(LocalDate.of(2026, 3, 18), 10), CARER_EMAIL_VALUE);
    // seed 001 4.3 / 000 3.6 invitations: the workers, and the carer at the address business support recorded
    Notification toCarer = notifications(pi).stream()
        .filter(n -> n.template().equals("soc-meeting-invitation-carer")).findFirst().orElseThrow();
    assertThat(toCarer.recipientAddress()).isEqualTo(CARER_EMAIL_VALUE);
    assertThat(toCarer.body()).contains("Wednesday 18 March 2026 at 10:00").contains("Virtual");
    assertThat(templates(pi)).contains("soc-meeting-invitation").doesNotContain("soc-meeting-invitation-via-worker",
        "soc-meeting-invitation-support-worker");

    // no written report: straight to the meeting, due within 10 working days of the discussion, chased
    Task meeting = task(pi, TASK_HOLD_SOC_MEETING);
    assertThat(pi).hasNotPassed(TASK_WRITE_SOC_REPORT, TASK_QUALITY_ASSURE_REPORT, "Task_WorkOutReportDates");
    assertThat(meeting).hasCandidateGroup("fostering-manager");
    assertThat(day(meeting.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(statutory(pi, TASK_HOLD_SOC_MEETING)).isTrue();

    clock(LocalDate.of(2026, 3, 18), 15);
    holdMeeting(pi, OUTCOME_ACTION_PLAN, vars(MEETING_ACTIONS_DUE_ON, at(LocalDate.of(2026, 4, 15), 9)));
    // seed 000 3.7: minutes within five working days; business support records who attended
    Task minutes = task(pi, TASK_ISSUE_MINUTES);
    assertThat(minutes).hasCandidateGroup("business-support");
    assertThat(day(minutes.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 25));
    clock(LocalDate.of(2026, 3, 19), 10);
    minutes(pi);
    assertThat(variable(pi, MEETING_ATTENDEES)).asList().contains(ATTENDED_CHAIR, ATTENDED_FOSTER_CARER);
    assertThat(templates(pi)).contains("soc-minutes-issued");

    // seed 000 3.7: the action plan is followed up on its date; no annual review, no panel
    assertThat(pi).isWaitingAt("Event_MeetingActionsDue");
    assertThat(pi).hasNotPassed(TASK_BRING_FORWARD_ANNUAL_REVIEW, TASK_FOSTERING_PANEL);
    clock(LocalDate.of(2026, 4, 16), 9);
    runDueJobs();
    reviewActions(pi, true);
    // seed 000 3.9: learning shared with the team and quality assurance
    shareLearning(pi);
    assertThat(templates(pi)).contains("soc-learning-shared");
    assertThat(pi).isEnded().hasPassed("Event_SocRouteEnded", "Event_SocClosed");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .count()).as("concern-triage ends with its Standards of Care").isZero();
    // never names, child ids or concern text in what is sent
    assertThat(notifications(pi)).allSatisfy(n -> assertThat(n.subject() + n.body())
        .doesNotContain(NAME).doesNotContain(CHILD).doesNotContain(SUMMARY).doesNotContain(carer));
  }

  boolean statutory(ProcessInstance pi, String taskId) {
    return new uk.fosteringconcerns.timescales.StatutoryTasks(id -> engine.getRepositoryService().getBpmnModelInstance(id))
        .isStatutory(pi.getProcessDefinitionId(), taskId);
  }

  @Test
  @DisplayName("seed 000 3.6: a meeting after the 10 working days needs a reason; unheld by then it is chased; a meeting that did not take place is re-arranged")
  void meetingDeadlineChased() {
    ProcessInstance pi = throughVisit();
    String arrange = task(pi, TASK_SCHEDULE_SOC_MEETING).getId();
    Map<String, Object> late = uk.fosteringconcerns.triage.FormSubmissions.fill("soc-schedule-meeting",
        vars(MEETING_DATE, at(LocalDate.of(2026, 3, 23), 10), MEETING_LATE_REASON, null, CARER_EMAIL, null,
            SUPPORT_WORKER_EMAIL, null));
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitTaskForm(arrange, late))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(MEETING_LATE_REASON);
    late.put(MEETING_LATE_REASON, "The chair is on leave until the 23rd");
    late.put(SUPPORT_WORKER_EMAIL, "isw@example.org");
    ProcessEngineFixture.forms(engine).submitTaskForm(arrange, late);
    // no e-mail address for the carer: the supervising social worker passes the invitation on
    assertThat(templates(pi)).contains("soc-meeting-invitation-via-worker", "soc-meeting-invitation-support-worker");

    Task meeting = task(pi, TASK_HOLD_SOC_MEETING);
    assertThat(day(meeting.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 18));
    clock(LocalDate.of(2026, 3, 19), 9);
    runDueJobs();
    assertThat(chasesOf(meeting)).isOne();

    // the meeting did not take place: re-arranged, the old task (and its chase) ends, new invitations go out
    clock(LocalDate.of(2026, 3, 23), 15);
    complete(pi, TASK_HOLD_SOC_MEETING, vars(MEETING_HELD, false, MEETING_NOT_HELD_REASON, "The carer was taken ill",
        MEETING_OUTCOME, null, RECOMMENDATIONS, null, MEETING_ACTION_PLAN, null, MEETING_ACTIONS_DUE_ON, null));
    assertThat(chasesOf(meeting)).isZero();
    assertThat(templates(pi)).contains("soc-meeting-reschedule");
    assertThat(pi).isWaitingAt(TASK_SCHEDULE_SOC_MEETING).hasNotPassed(TASK_ISSUE_MINUTES);
    // a new date within 2 working days of the request, not of the first decision
    assertThat(day(task(pi, TASK_SCHEDULE_SOC_MEETING).getDueDate())).isEqualTo(LocalDate.of(2026, 3, 25));
    schedule(pi, at(LocalDate.of(2026, 3, 25), 10), CARER_EMAIL_VALUE, "The carer was taken ill");
    assertThat(templates(pi).stream().filter("soc-meeting-invitation"::equals)).hasSize(2);
    // still due by the procedure's date: late at once
    Task again = task(pi, TASK_HOLD_SOC_MEETING);
    assertThat(day(again.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 18));
    clock(LocalDate.of(2026, 3, 23), 16);
    runDueJobs();
    assertThat(chasesOf(again)).isOne();

    clock(LocalDate.of(2026, 3, 25), 15);
    holdMeeting(pi, OUTCOME_NO_FURTHER_ACTION, vars(MEETING_ACTION_PLAN, null, MEETING_ACTIONS_DUE_ON, null));
    assertThat(chasesOf(again)).isZero();
    clock(LocalDate.of(2026, 3, 26), 10);
    minutes(pi);
    // no further action: no action plan to follow up
    assertThat(pi).isWaitingAt(TASK_RECORD_LEARNING).hasNotPassed("Event_MeetingActionsDue");
    shareLearning(pi);
    assertThat(pi).isEnded();
  }

  long chasesOf(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MissedDeadlineVariables.PROCESS_KEY)
        .variableValueEquals(MissedDeadlineVariables.LATE_TASK_ID, task.getId()).count();
  }

  @Test
  @DisplayName("seed 000 3.7-3.8, seed 001 4.3 and 5.2: referral to panel with the annual review brought forward and an action plan; a proposal to change terms gives 28 days for representations")
  void panelAnnualReviewAndActionPlanTogether() {
    ProcessInstance pi = throughMeeting(OUTCOME_REFER_TO_PANEL, vars(ALSO_BRING_FORWARD_ANNUAL_REVIEW, true,
        MEETING_ACTIONS_DUE_ON, at(LocalDate.of(2026, 5, 29), 9)));
    assertThat(pi).isWaitingAt("Event_MeetingActionsDue", TASK_BRING_FORWARD_ANNUAL_REVIEW, TASK_FOSTERING_PANEL);
    assertThat(task(pi, TASK_FOSTERING_PANEL)).hasCandidateGroup("fostering-panel");

    LocalDate panel = LocalDate.of(2026, 4, 14);
    clock(panel, 15);
    complete(pi, TASK_FOSTERING_PANEL, vars(PANEL_RECOMMENDATION, CHANGE_TERMS, PANEL_DATE, at(panel, 10),
        PANEL_MINUTES, "Minutes"));
    Task adm = task(pi, TASK_AGENCY_DECISION);
    assertThat(adm).hasCandidateGroup("agency-decision-maker");
    // 7 working days of the panel
    assertThat(day(adm.getDueDate())).isEqualTo(LocalDate.of(2026, 4, 23));
    complete(pi, TASK_AGENCY_DECISION, vars(ADM_DECISION, CHANGE_TERMS, ADM_RATIONALE, "Reasons"));
    // seed 001 5.2 / reg 28: a change of terms is a proposal first (process approval-review, as for allegations)
    assertThat(pi).isWaitingAt(ACTIVITY_APPROVAL_REVIEW);
    assertThat(templates(pi)).contains("approval-proposal");
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult();
    assertThat(review.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    uk.fosteringconcerns.allegations.ApprovalReviewProcessTest.walk(engine, review, false, CHANGE_TERMS);
    assertThat(pi).variables().containsEntry(FINAL_ADM_DECISION, CHANGE_TERMS).containsKey(TERMINATION_PROPOSED_ON);
    complete(pi, TASK_BRING_FORWARD_ANNUAL_REVIEW, vars(ANNUAL_REVIEW_DATE, at(LocalDate.of(2026, 5, 20), 10)));
    assertThat(pi).isWaitingAt("Event_MeetingActionsDue").hasNotPassed(TASK_RECORD_LEARNING);
    clock(LocalDate.of(2026, 6, 1), 9);
    runDueJobs();
    reviewActions(pi, false);
    clock(LocalDate.of(2026, 6, 16), 9);
    runDueJobs();
    reviewActions(pi, true);
    shareLearning(pi);
    assertThat(pi).isEnded().hasPassed(ACTIVITY_APPROVAL_REVIEW, TASK_BRING_FORWARD_ANNUAL_REVIEW);
  }

  @Test
  @DisplayName("seed 000 3.7-3.8: bringing the annual review forward comes with an action plan; no panel")
  void annualReviewWithActionPlan() {
    ProcessInstance pi = throughMeeting(OUTCOME_BRING_FORWARD_ANNUAL_REVIEW, vars());
    assertThat(pi).isWaitingAt("Event_MeetingActionsDue", TASK_BRING_FORWARD_ANNUAL_REVIEW);
    assertThat(hasTask(pi, TASK_FOSTERING_PANEL)).isFalse();
    // the panel question is not asked for this outcome: its answer is not kept
    assertThat(variable(pi, ALSO_BRING_FORWARD_ANNUAL_REVIEW)).isEqualTo(false);
  }

  @Test
  @DisplayName("seed 000 section 2: under the Dorset guidance a Standards of Care case is never started directly (refused, nothing starts)")
  void directStartRefused() {
    assertThatThrownBy(() -> start(carer)).isInstanceOf(InvalidFieldException.class)
        .extracting("field").isEqualTo(SocDirectStartRule.FIELD);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isZero();
  }

  @Test
  @DisplayName("NMS 22.10 (seed 001 section 2): a concern about a carer with an open allegation is flagged; the manager finds it is not a separate matter and the case closes")
  void notASeparateStandardsMatter() {
    ProcessInstance allegation = engine.getRuntimeService().startProcessInstanceByKey(AllegationVariables.PROCESS_KEY,
        vars(CARER_ID, carer, AllegationVariables.REFERRED_ON, at(today(), 9)));
    ProcessInstance pi = viaTriage(carer);
    assertThat(pi).variables().containsEntry(ALLEGATION_FLAG, true)
        .containsEntry(ALLEGATION_FLAG_REASON, FLAG_OPEN_ALLEGATION).containsEntry(FLAGGED_ALLEGATIONS, allegation.getBusinessKey());
    Task confirm = task(pi, TASK_CONFIRM_SEPARATE_MATTER);
    assertThat(confirm).hasCandidateGroup("fostering-manager");
    assertThat(day(confirm.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(hasTask(pi, TASK_VISIT_FOSTER_CARER)).isFalse();
    complete(pi, TASK_CONFIRM_SEPARATE_MATTER, vars(SEPARATE_STANDARDS_MATTER, false,
        SEPARATE_MATTER_RATIONALE, "The same incident the LADO is investigating"));
    assertThat(pi).isEnded().hasPassed(EVENT_NOT_SEPARATE_STANDARDS_MATTER).hasNotPassed(TASK_VISIT_FOSTER_CARER);
    assertThat(allegation).isNotEnded();
  }

  @Test
  @DisplayName("seed 000 3.5: not discussed with the child needs a reason (InvalidFieldException, task stays open)")
  void visitNeedsReasonWhenNotDiscussedWithChild() {
    ProcessInstance pi = viaTriage(carer);
    Map<String, Object> values = uk.fosteringconcerns.triage.FormSubmissions.fill("soc-visit", vars(
        VISIT_DATE, at(today(), 9), STANDARDS_BREACHED, "3.6", ACTION_PLAN, "Plan",
        ACTIONS_DUE_ON, at(today().plusDays(7), 9), CARER_AGREES_ACTIONS, true, DISCUSSED_WITH_CHILD, false,
        NOT_DISCUSSED_WITH_CHILD_REASON, null));
    String taskId = task(pi, TASK_VISIT_FOSTER_CARER).getId();
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitTaskForm(taskId, values))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(NOT_DISCUSSED_WITH_CHILD_REASON);
    assertThat(pi).isWaitingAt(TASK_VISIT_FOSTER_CARER);
    values.put(NOT_DISCUSSED_WITH_CHILD_REASON, "Child too young; family informed");
    ProcessEngineFixture.forms(engine).submitTaskForm(taskId, values);
    assertThat(pi).isWaitingAt(TASK_SEND_VISIT_RECORD);
  }

  @Test
  @DisplayName("seed 001 4.2 / PROCESS-API section 2: bad visit submissions are refused naming the field")
  void visitFormRules() {
    ProcessInstance pi = viaTriage(carer);
    String taskId = task(pi, TASK_VISIT_FOSTER_CARER).getId();
    Map<String, Object> early = uk.fosteringconcerns.triage.FormSubmissions.fill("soc-visit", vars(
        VISIT_DATE, at(today(), 9), STANDARDS_BREACHED, "3.6", ACTION_PLAN, "Plan",
        ACTIONS_DUE_ON, at(today().minusDays(1), 9), CARER_AGREES_ACTIONS, true, DISCUSSED_WITH_CHILD, true,
        NOT_DISCUSSED_WITH_CHILD_REASON, null));
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitTaskForm(taskId, early))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(ACTIONS_DUE_ON);
    early.put(ACTIONS_DUE_ON, at(today(), 12));
    early.put(STANDARDS_BREACHED, "not a standard");
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitTaskForm(taskId, early))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(STANDARDS_BREACHED);
    early.put(STANDARDS_BREACHED, "3.6");
    early.put(VISIT_DATE, at(today().plusDays(1), 9));
    early.put(ACTIONS_DUE_ON, at(today().plusDays(2), 9));
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitTaskForm(taskId, early))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(VISIT_DATE);
    assertThat(pi).isWaitingAt(TASK_VISIT_FOSTER_CARER);
  }
}
