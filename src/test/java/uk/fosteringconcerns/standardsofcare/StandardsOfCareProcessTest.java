package uk.fosteringconcerns.standardsofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.time.LocalDate;
import java.util.Date;
import uk.fosteringconcerns.forms.InvalidFieldException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** standards-of-care on the Dorset profile (seed 000 section 3, with seed 001 for the shared steps). */
class StandardsOfCareProcessTest extends SocTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = coverage(ProcessEngineFixture.DORSET);

  static final LocalDate MEETING = LocalDate.of(2026, 3, 30);

  /** Through the meeting on 30 March 2026 (report sent on 2 March), clock on the meeting day afterwards. */
  ProcessInstance throughMeeting(String outcome, java.util.Map<String, Object> extra) {
    ProcessInstance pi = throughVisit(CARER);
    prepareMeeting(pi, MEETING);
    clock(MEETING, 15);
    holdMeeting(pi, outcome, extra);
    clock(MEETING.plusDays(1), 10);
    minutes(pi);
    return pi;
  }

  @Test
  @DisplayName("seed 000 3.1-3.9: direct start, visit in 5 working days, always a meeting in Dorset, minutes, learning to QA")
  void meetingWithNoFurtherAction() {
    ProcessInstance pi = start(CARER);
    assertThat(pi).isStarted().isWaitingAt("Task_VisitFosterCarer");
    assertThat(pi.getBusinessKey()).matches("CC-2026-\\d{5}");
    assertThat(pi).variables().containsEntry(PROFILE, "dorset").containsEntry(CASE_REFERENCE, pi.getBusinessKey());
    Task visit = task(pi, "Task_VisitFosterCarer");
    assertThat(visit).hasCandidateGroup("fostering-social-worker");
    // seed 000 3.2: within five working days of the decision (direct start: the day the information came in)
    assertThat(Deadlines(visit.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 9));

    visit(pi, true, START.plusDays(14));
    assertThat(templates(pi)).contains("soc-visit-record-manager");
    assertThat(Deadlines(task(pi, "Task_SendVisitRecord").getDueDate())).isEqualTo(LocalDate.of(2026, 3, 9));
    sendVisitRecord(pi);
    assertThat(templates(pi)).contains("soc-visit-record-carer");
    // seed 000 3.6: the meeting within 10 working days of the discussion with the carer (visit on 2 March)
    assertThat(pi).variables().containsEntry(CONCERNS_IN_LAST_12_MONTHS, 1)
        .containsEntry(MEETING_DUE_BY, uk.fosteringconcerns.timescales.Deadlines.endOf(LocalDate.of(2026, 3, 16)));
    assertThat(task(pi, "Task_ConsiderSocMeeting")).hasCandidateGroup("fostering-manager");
    consider(pi, false, false, false);

    // seed 000 3.6: a meeting whatever the triggers
    assertThat(pi).variables().containsEntry(MEETING_REQUIRED, true).containsEntry(MEETING_REASON, REASON_DORSET_ALWAYS);
    assertThat(pi).isWaitingAt("Task_ReferToFosteringNetwork", "Task_ScheduleSocMeeting");
    assertThat(Deadlines(task(pi, "Task_ReferToFosteringNetwork").getDueDate())).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(task(pi, "Task_ScheduleSocMeeting")).hasCandidateGroup("business-support");

    referToFosteringNetwork(pi);
    schedule(pi, at(MEETING, 10));
    assertThat(templates(pi)).contains("soc-meeting-invitation");
    // seed 001 4.3: chair 5 clear working days (by Fri 20 March), carer 10 calendar days (by Fri 20 March)
    Task write = task(pi, "Task_WriteSocReport");
    assertThat(Deadlines(write.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 20));
    writeReport(pi);
    qa(pi, true);
    Task chair = task(pi, "Task_SendReportToChair");
    Task carer = task(pi, "Task_SendReportToCarer");
    assertThat(Deadlines(chair.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(Deadlines(carer.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(Deadlines(chair.getFollowUpDate())).isEqualTo(LocalDate.of(2026, 3, 19));
    sendReport(pi);

    assertThat(pi).isWaitingAt("Task_HoldSocMeeting");
    assertThat(Deadlines(task(pi, "Task_HoldSocMeeting").getDueDate())).isEqualTo(MEETING);
    clock(MEETING, 15);
    holdMeeting(pi, OUTCOME_NO_FURTHER_ACTION, vars());
    // seed 000 3.7: minutes within five working days; Easter (3 and 6 April 2026) does not count
    assertThat(Deadlines(task(pi, "Task_IssueMinutes").getDueDate())).isEqualTo(LocalDate.of(2026, 4, 8));
    clock(MEETING.plusDays(1), 10);
    minutes(pi);
    assertThat(templates(pi)).contains("soc-minutes-issued");
    assertThat(pi).isWaitingAt("Task_RecordLearning");
    shareLearning(pi);
    assertThat(templates(pi)).contains("soc-learning-shared");
    assertThat(pi).isEnded().hasPassed("Event_SocRouteEnded", "Event_SocClosed");
    // never names, child ids or concern text in what is sent
    assertThat(notifications(pi)).allSatisfy(n -> {
      assertThat(n.subject() + n.body()).contains(pi.getBusinessKey())
          .doesNotContain(NAME).doesNotContain(CHILD).doesNotContain(SUMMARY).doesNotContain(CARER);
    });
  }

  @Test
  @DisplayName("PROCESS-API section 2: called by concern-triage it keeps the caller's case reference; the visit counts from the LADO decision")
  void calledWithCallersCaseReference() {
    String caller = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Caller" targetNamespace="test">
          <bpmn:process id="soc-test-caller" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Start" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Activity_Soc" />
            <bpmn:callActivity id="Activity_Soc" calledElement="standards-of-care">
              <bpmn:extensionElements>
                <camunda:in businessKey="#{execution.processBusinessKey}" />
                <camunda:in variables="all" />
              </bpmn:extensionElements>
            </bpmn:callActivity>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Soc" targetRef="Event_End" />
            <bpmn:endEvent id="Event_End" />
          </bpmn:process>
        </bpmn:definitions>
        """.strip();
    engine.getRepositoryService().createDeployment().addString("caller.bpmn", caller).deploy();
    java.util.Map<String, Object> passed = intake(CARER);
    passed.put(SOC_DECISION_ON, at(START.plusDays(2), 11));   // LADO decided on Wednesday 4 March
    passed.put(CASE_REFERENCE, "CC-2026-04711");
    ProcessInstance parent = engine.getRuntimeService().startProcessInstanceByKey("soc-test-caller", "CC-2026-04711", passed);
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .superProcessInstanceId(parent.getId()).singleResult();
    assertThat(pi.getBusinessKey()).isEqualTo("CC-2026-04711");
    assertThat(pi).variables().containsEntry(CASE_REFERENCE, "CC-2026-04711");
    assertThat(Deadlines(task(pi, "Task_VisitFosterCarer").getDueDate())).isEqualTo(LocalDate.of(2026, 3, 11));
  }

  private static LocalDate Deadlines(Date date) {
    return uk.fosteringconcerns.timescales.Deadlines.toLocalDate(date);
  }

  @Test
  @DisplayName("seed 001 Appendix 1: a report the fostering manager does not approve goes back to the social worker with comments")
  void qaRejectionLoop() {
    ProcessInstance pi = throughVisit(CARER);
    referToFosteringNetwork(pi);
    schedule(pi, at(MEETING, 10));
    writeReport(pi);
    qa(pi, false);
    assertThat(pi).isWaitingAt("Task_WriteSocReport").variables().containsEntry(QA_COMMENTS, "More evidence of the standards breached");
    writeReport(pi);
    qa(pi, true);
    assertThat(pi).isWaitingAt("Task_SendReportToChair", "Task_SendReportToCarer");
  }

  @Test
  @DisplayName("seed 001 4.3: approval after the last day to send the report re-arranges the meeting; the approved report is not rewritten")
  void rescheduleWhenTooLate() {
    ProcessInstance pi = throughVisit(CARER);
    referToFosteringNetwork(pi);
    LocalDate firstDate = LocalDate.of(2026, 3, 16);  // carer must have the report by 6 March
    schedule(pi, at(firstDate, 10));
    writeReport(pi);
    clock(LocalDate.of(2026, 3, 9), 10);
    qa(pi, true);
    assertThat(pi).isWaitingAt("Task_ScheduleSocMeeting").variables().containsEntry(REPORT_IN_TIME, false);
    assertThat(templates(pi)).contains("soc-meeting-reschedule");
    schedule(pi, at(LocalDate.of(2026, 3, 30), 10));
    assertThat(pi).isWaitingAt("Task_SendReportToChair", "Task_SendReportToCarer");
    assertThat(templates(pi).stream().filter("soc-meeting-invitation"::equals)).hasSize(2);
  }

  @Test
  @DisplayName("PROCESS-API section 5: a reminder goes out the working day before the report is due")
  void reportReminder() {
    ProcessInstance pi = throughVisit(CARER);
    referToFosteringNetwork(pi);
    schedule(pi, at(MEETING, 10));
    clock(LocalDate.of(2026, 3, 19), 10);
    runDueJobs();
    assertThat(templates(pi)).contains("soc-report-reminder");
    assertThat(pi).isWaitingAt("Task_WriteSocReport");
  }

  @Test
  @DisplayName("seed 000 3.7: an action plan is followed up on its date; not done -> new date; done -> learning")
  void actionPlanOutcome() {
    LocalDate due = MEETING.plusDays(21);
    ProcessInstance pi = throughMeeting(OUTCOME_ACTION_PLAN, vars(MEETING_ACTION_PLAN, "Plan", MEETING_ACTIONS_DUE_ON, at(due, 9)));
    assertThat(pi).isWaitingAt("Event_MeetingActionsDue");
    clock(due.plusDays(1), 9);
    runDueJobs();
    LocalDate later = due.plusDays(14);
    complete(pi, "Task_ReviewMeetingActions", vars(MEETING_ACTIONS_COMPLETED, false, MEETING_ACTIONS_DUE_ON, at(later, 9),
        ACTIONS_REVIEW_NOTES, "Partly done"));
    assertThat(pi).isWaitingAt("Event_MeetingActionsDue");
    clock(later.plusDays(1), 9);
    runDueJobs();
    complete(pi, "Task_ReviewMeetingActions", vars(MEETING_ACTIONS_COMPLETED, true, ACTIONS_REVIEW_NOTES, "Done"));
    assertThat(pi).isWaitingAt("Task_RecordLearning");
  }

  @Test
  @DisplayName("seed 000 3.8: the meeting brings forward the carer's annual review")
  void annualReviewBroughtForward() {
    ProcessInstance pi = throughMeeting(OUTCOME_BRING_FORWARD_ANNUAL_REVIEW, vars());
    complete(pi, "Task_BringForwardAnnualReview", vars(ANNUAL_REVIEW_DATE, at(MEETING.plusDays(30), 10)));
    shareLearning(pi);
    assertThat(pi).isEnded();
  }

  @Test
  @DisplayName("seed 001 4.3: referral to panel, then the Agency Decision Maker within 7 working days of the panel")
  void panelThenAgencyDecision() {
    ProcessInstance pi = throughMeeting(OUTCOME_REFER_TO_PANEL, vars());
    assertThat(task(pi, "Task_FosteringPanel")).hasCandidateGroup("fostering-panel");
    LocalDate panel = LocalDate.of(2026, 4, 20);
    clock(panel, 15);
    complete(pi, "Task_FosteringPanel", vars(PANEL_RECOMMENDATION, CHANGE_TERMS, PANEL_DATE, at(panel, 10), PANEL_MINUTES, "Minutes"));
    Task adm = task(pi, "Task_AgencyDecision");
    assertThat(adm).hasCandidateGroup("agency-decision-maker");
    assertThat(Deadlines(adm.getDueDate())).isEqualTo(LocalDate.of(2026, 4, 29));
    complete(pi, "Task_AgencyDecision", vars(ADM_DECISION, CHANGE_TERMS, ADM_RATIONALE, "Reasons"));
    shareLearning(pi);
    assertThat(pi).isEnded().hasPassed("Gateway_MergeAdmOutcome").hasNotPassed("Task_FinalAgencyDecision");
  }

  @Test
  @DisplayName("seed 001 5.2: a proposal to terminate approval gives the carer 28 days for representations or the IRM before the final decision")
  void terminationProposal() {
    ProcessInstance pi = throughMeeting(OUTCOME_REFER_TO_PANEL, vars());
    LocalDate panel = LocalDate.of(2026, 4, 20);
    clock(panel, 15);
    complete(pi, "Task_FosteringPanel", vars(PANEL_RECOMMENDATION, TERMINATE_APPROVAL, PANEL_DATE, at(panel, 10), PANEL_MINUTES, "Minutes"));
    complete(pi, "Task_AgencyDecision", vars(ADM_DECISION, TERMINATE_APPROVAL, ADM_RATIONALE, "Reasons"));
    assertThat(templates(pi)).contains("soc-termination-proposal");
    assertThat(pi).isWaitingAt("Event_RepresentationsPeriodEnds");
    clock(panel.plusDays(27), 12);
    runDueJobs();
    assertThat(pi).isWaitingAt("Event_RepresentationsPeriodEnds");
    clock(panel.plusDays(29), 9);
    runDueJobs();
    Task fin = task(pi, "Task_FinalAgencyDecision");
    assertThat(fin).hasCandidateGroup("agency-decision-maker");
    complete(pi, "Task_FinalAgencyDecision", vars(REPRESENTATIONS_RECEIVED, true, REPRESENTATIONS_SUMMARY, "Summary",
        IRM_REQUESTED, false, FINAL_ADM_DECISION, TERMINATE_APPROVAL, FINAL_ADM_RATIONALE, "Reasons"));
    shareLearning(pi);
    assertThat(pi).isEnded();
  }

  @Test
  @DisplayName("seed 000 3.10: significant harm at the visit stage stops the SoC route and calls management-of-allegations with the same case reference")
  void significantHarmAtVisit() {
    ensureAllegationsProcess();
    ProcessInstance pi = start(CARER);
    significantHarm(pi);
  }

  @Test
  @DisplayName("seed 000 3.10: significant harm while waiting for representations (any point) goes to the LADO")
  void significantHarmLate() {
    ensureAllegationsProcess();
    ProcessInstance pi = throughMeeting(OUTCOME_REFER_TO_PANEL, vars());
    significantHarm(pi);
  }

  void significantHarm(ProcessInstance pi) {
    Date now = ClockUtil.getCurrentTime();
    engine.getRuntimeService().createMessageCorrelation(MESSAGE_SIGNIFICANT_HARM)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
    assertThat(pi).hasPassed("Task_NotifySignificantHarm").isWaitingAt("Activity_ReferAsAllegation");
    assertThat(templates(pi)).contains("soc-significant-harm");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list()).isEmpty();
    ProcessInstance allegation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CALLED_ALLEGATIONS_PROCESS).superProcessInstanceId(pi.getId()).singleResult();
    assertThat(allegation).isNotNull();
    assertThat(allegation.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    assertThat(engine.getRuntimeService().getVariable(allegation.getId(), REFERRED_ON)).isEqualTo(now);
    assertThat(engine.getRuntimeService().getVariable(allegation.getId(), CARER_ID)).isEqualTo(CARER);
  }

  /** The called process must be deployed; until bpmn/management-of-allegations.bpmn exists a stand-in is. */
  void ensureAllegationsProcess() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CALLED_ALLEGATIONS_PROCESS).count() == 0) {
      BpmnModelInstance stub = Bpmn.createExecutableProcess(CALLED_ALLEGATIONS_PROCESS).camundaHistoryTimeToLive(1)
          .startEvent().userTask("Task_InitialEvaluationMeeting").endEvent().done();
      engine.getRepositoryService().createDeployment().addModelInstance("stub.bpmn", stub).deploy();
    }
  }

  @Test
  @DisplayName("seed 001 5.3: a resignation informs the panel of the open concerns and de-registers the carer 28 calendar days after the notice")
  void resignation() {
    ProcessInstance pi = throughVisit(CARER);
    Date notice = at(today(), 9);
    engine.getRuntimeService().createMessageCorrelation(MESSAGE_CARER_RESIGNATION)
        .processInstanceBusinessKey(pi.getBusinessKey()).setVariable(RESIGNATION_RECEIVED_ON, notice).correlate();
    assertThat(templates(pi)).contains("soc-resignation-panel");
    assertThat(pi).isWaitingAt("Task_DocumentConcernsForPanel", "Event_DeregistrationDate");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    // the notice cannot be given twice: the SoC route has stopped
    assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(MESSAGE_CARER_RESIGNATION)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate()).isInstanceOf(RuntimeException.class);
    complete(pi, "Task_DocumentConcernsForPanel", vars(CONCERNS_SUMMARY_FOR_PANEL, "Summary",
        CONCERNS_DOCUMENTED_ON_FILE, true, PANEL_INFORMED_OF_CONCERNS, true));
    clock(START.plusDays(27), 12);
    runDueJobs();
    assertThat(pi).isNotEnded();
    clock(START.plusDays(29), 0);
    runDueJobs();
    assertThat(templates(pi)).contains("soc-carer-deregistered");
    assertThat(pi).isEnded().hasPassed("Event_CarerDeregistered");
  }

  @Test
  @DisplayName("seed 001 5.3 and 000 3.10: significant harm is still heard during the notice period")
  void significantHarmDuringNotice() {
    ensureAllegationsProcess();
    ProcessInstance pi = start(CARER);
    engine.getRuntimeService().createMessageCorrelation(MESSAGE_CARER_RESIGNATION)
        .processInstanceBusinessKey(pi.getBusinessKey()).setVariable(RESIGNATION_RECEIVED_ON, at(today(), 9)).correlate();
    significantHarm(pi);
  }

  @Test
  @DisplayName("seed 000 3.5: not discussed with the child needs a reason (InvalidFieldException, task stays open)")
  void visitNeedsReasonWhenNotDiscussedWithChild() {
    ProcessInstance pi = start(CARER);
    java.util.Map<String, Object> values = vars(VISIT_DATE, at(today(), 9), STANDARDS_BREACHED, "3.6",
        ACTION_PLAN, "Plan", ACTIONS_DUE_ON, at(today().plusDays(7), 9), CARER_AGREES_ACTIONS, true, DISCUSSED_WITH_CHILD, false);
    String taskId = task(pi, "Task_VisitFosterCarer").getId();
    assertThatThrownBy(() -> uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(taskId, values))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(NOT_DISCUSSED_WITH_CHILD_REASON);
    assertThat(pi).isWaitingAt("Task_VisitFosterCarer");
    values.put(NOT_DISCUSSED_WITH_CHILD_REASON, "Child too young; family informed");
    uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(taskId, values);
    assertThat(pi).isWaitingAt("Task_SendVisitRecord");
  }

  @Test
  @DisplayName("seed 001 4.2 / PROCESS-API section 2: bad visit and intake submissions are refused naming the field")
  void formRules() {
    java.util.Map<String, Object> future = intake(CARER);
    future.put(RECEIVED_ON, at(today().plusDays(1), 9));
    assertThatThrownBy(() -> uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, future))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(RECEIVED_ON);
    java.util.Map<String, Object> badId = intake("FC 1!");
    assertThatThrownBy(() -> uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, badId))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(CARER_ID);
    java.util.Map<String, Object> extra = intake(CARER);
    extra.put(SOC_DECISION_ON, at(today(), 9));
    assertThatThrownBy(() -> uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, extra))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(SOC_DECISION_ON);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals(CARER_ID, CARER).count()).isZero();

    ProcessInstance pi = start(CARER);
    String taskId = task(pi, "Task_VisitFosterCarer").getId();
    java.util.Map<String, Object> early = vars(VISIT_DATE, at(today(), 9), STANDARDS_BREACHED, "3.6",
        ACTION_PLAN, "Plan", ACTIONS_DUE_ON, at(today().minusDays(1), 9), CARER_AGREES_ACTIONS, true, DISCUSSED_WITH_CHILD, true);
    assertThatThrownBy(() -> uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(taskId, early))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(ACTIONS_DUE_ON);
    early.put(ACTIONS_DUE_ON, at(today(), 12));
    early.put(STANDARDS_BREACHED, "not a standard");
    assertThatThrownBy(() -> uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(taskId, early))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(STANDARDS_BREACHED);
    assertThat(pi).isWaitingAt("Task_VisitFosterCarer");
  }
}
