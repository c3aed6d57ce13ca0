package uk.fosteringconcerns.standardsofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import uk.fosteringconcerns.records.PdfText;
import uk.fosteringconcerns.records.documents.CaseDocuments;
import uk.fosteringconcerns.records.documents.DocumentType;
import uk.fosteringconcerns.records.documents.StoredDocument;
import uk.fosteringconcerns.records.earlier.EarlierConcernService;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * standards-of-care on the Dudley profile: the steps of seed 001 sections 4.1-4.3 and 5.2 (001_a45847ce143710b8.txt):
 * a fostering manager may start it, the visit counts from receiving the information, the manager decides on a meeting,
 * the Fostering Network referral, the Appendix 1 report with its QA and its deadlines before the meeting.
 */
class StandardsOfCareDudleyTest extends SocTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = coverage(ProcessEngineFixture.DUDLEY);

  static final LocalDate MEETING = LocalDate.of(2026, 3, 30);

  /** Direct start today, visit today, the manager convenes a meeting (pattern emerging). */
  ProcessInstance throughDecision() {
    ProcessInstance pi = start(carer);
    visit(pi, true, START.plusDays(14));
    sendVisitRecord(pi);
    consider(pi, true, false, false);
    return pi;
  }

  /** ... and the meeting arranged for `meeting` at 10:00, the report written and approved. */
  ProcessInstance throughApproval(LocalDate meeting) {
    ProcessInstance pi = throughDecision();
    referToFosteringNetwork(pi);
    schedule(pi, at(meeting, 10), null);
    writeReport(pi);
    qa(pi, true);
    return pi;
  }

  @Test
  @DisplayName("seed 001 4.1-4.3: direct start, visit, manager's decision, Fostering Network, Appendix 1 report with QA, report to chair and carer in time, meeting, minutes in 3 weeks, no learning step")
  void dudleySteps() {
    ProcessInstance pi = start(carer);
    assertThat(pi).variables().containsEntry(PROFILE, "dudley").containsEntry(MANAGER_CONSIDERS_MEETING, true)
        .containsEntry(FOSTERING_NETWORK_REFERRAL, true).containsEntry(WRITTEN_REPORT, true)
        .containsEntry(MEETING_DEADLINE, false).containsEntry(SHARE_LEARNING, false);
    assertThat(day(task(pi, TASK_VISIT_FOSTER_CARER).getDueDate())).isEqualTo(LocalDate.of(2026, 3, 9));
    visit(pi, true, START.plusDays(14));
    sendVisitRecord(pi);
    Task consider = task(pi, TASK_CONSIDER_SOC_MEETING);
    assertThat(consider).hasCandidateGroup("fostering-manager");
    assertThat(pi).variables().containsEntry(CONCERNS_IN_LAST_12_MONTHS, 1);
    consider(pi, true, false, false);
    assertThat(pi).variables().containsEntry(MEETING_REASON, REASON_PATTERN_EMERGING);

    // seed 001 4.3: the referral within 2 working days of the decision, alongside arranging the meeting
    assertThat(pi).isWaitingAt(TASK_REFER_TO_FOSTERING_NETWORK, TASK_SCHEDULE_SOC_MEETING);
    assertThat(day(task(pi, TASK_REFER_TO_FOSTERING_NETWORK).getDueDate())).isEqualTo(LocalDate.of(2026, 3, 4));
    referToFosteringNetwork(pi);
    schedule(pi, at(MEETING, 10), null);
    assertThat(templates(pi)).contains("soc-meeting-invitation", "soc-meeting-invitation-via-worker")
        .doesNotContain("soc-meeting-invitation-carer");

    // chair 5 clear working days (by Fri 20 March), carer 10 calendar days (by Fri 20 March)
    Task write = task(pi, TASK_WRITE_SOC_REPORT);
    assertThat(day(write.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 20));
    writeReport(pi);
    qa(pi, true);
    CaseDocuments documents = bean("caseDocuments");
    StoredDocument report = documents.list(pi.getBusinessKey()).stream()
        .filter(d -> d.type() == DocumentType.SOC_MEETING_REPORT).findFirst().orElseThrow();
    String text = PdfText.of(documents.find(pi.getBusinessKey(), report.id()).orElseThrow().content());
    // seed 001 Appendix 1 header, as the social worker wrote it (FormSubmissions fills text fields with this text)
    assertThat(text).contains("Recorded in the test").contains("1 May 2019");
    Task chair = task(pi, TASK_SEND_REPORT_TO_CHAIR);
    Task toCarer = task(pi, TASK_SEND_REPORT_TO_CARER);
    assertThat(day(chair.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(day(toCarer.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(day(chair.getFollowUpDate())).isEqualTo(LocalDate.of(2026, 3, 19));
    clock(LocalDate.of(2026, 3, 9), 10);
    sendToChair(pi, LocalDate.of(2026, 3, 9));
    clock(LocalDate.of(2026, 3, 10), 14);
    sendToCarer(pi, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10));
    assertThat(pi).variables().containsEntry(REPORT_RECEIVED_IN_TIME, true);
    carerResponse(pi);

    // seed 001 4.3 sets no date for the meeting: due on the date arranged
    assertThat(day(task(pi, TASK_HOLD_SOC_MEETING).getDueDate())).isEqualTo(MEETING);
    clock(MEETING, 15);
    holdMeeting(pi, OUTCOME_ACTION_PLAN, vars(MEETING_ACTIONS_DUE_ON, at(LocalDate.of(2026, 4, 27), 9)));
    // 3 weeks: Monday 20 April 2026 (Dorset would be 8 April)
    assertThat(day(task(pi, TASK_ISSUE_MINUTES).getDueDate())).isEqualTo(LocalDate.of(2026, 4, 20));
    clock(MEETING.plusDays(1), 10);
    minutes(pi);
    clock(LocalDate.of(2026, 4, 28), 9);
    runDueJobs();
    reviewActions(pi, true);
    assertThat(pi).isEnded().hasNotPassed(TASK_RECORD_LEARNING);
  }

  @Test
  @DisplayName("seed 001 4.2: via concern-triage the visit still counts from receiving the information, not from the LADO decision")
  void visitCountsFromReceipt() {
    // received Thursday 26 February, decided Monday 2 March: 5 working days from the receipt is Thursday 5 March
    ProcessInstance pi = viaTriage(carer, at(LocalDate.of(2026, 2, 26), 9));
    assertThat(pi).variables().containsEntry(VISIT_FROM_RECEIPT, true)
        .containsEntry(VISIT_COUNTS_FROM, at(LocalDate.of(2026, 2, 26), 9));
    assertThat(day(task(pi, TASK_VISIT_FOSTER_CARER).getDueDate())).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  @DisplayName("seed 001 4.3: the carer had the report fewer than 10 calendar days before: the meeting is re-arranged and the approved report sent again")
  void carerHadReportLate() {
    ProcessInstance pi = throughApproval(MEETING);
    clock(LocalDate.of(2026, 3, 19), 10);
    sendToChair(pi, LocalDate.of(2026, 3, 19));
    clock(LocalDate.of(2026, 3, 23), 10);
    sendToCarer(pi, LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 23));
    assertThat(pi).variables().containsEntry(REPORT_RECEIVED_IN_TIME, false);
    assertThat(templates(pi)).contains("soc-meeting-reschedule");
    assertThat(pi).isWaitingAt(TASK_SCHEDULE_SOC_MEETING).hasNotPassed(TASK_HOLD_SOC_MEETING);
    schedule(pi, at(LocalDate.of(2026, 4, 20), 10), "carer@example.org");
    assertThat(templates(pi)).contains("soc-meeting-invitation-carer");
    // the approved report is not written again: it goes out again for the new date
    assertThat(pi).isWaitingAt(TASK_SEND_REPORT_TO_CHAIR, TASK_SEND_REPORT_TO_CARER);
    sendToChair(pi, LocalDate.of(2026, 3, 23));
    sendToCarer(pi, LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 23));
    assertThat(pi).variables().containsEntry(REPORT_RECEIVED_IN_TIME, true);
    assertThat(pi).isWaitingAt(TASK_RECORD_CARER_RESPONSE);
  }

  @Test
  @DisplayName("seed 001 4.3: the report reached the chair fewer than 5 clear working days before: re-arranged")
  void chairHadReportLate() {
    ProcessInstance pi = throughApproval(MEETING);
    clock(LocalDate.of(2026, 3, 24), 10);
    sendToCarer(pi, LocalDate.of(2026, 3, 10), null);
    sendToChair(pi, LocalDate.of(2026, 3, 24));
    assertThat(pi).variables().containsEntry(REPORT_RECEIVED_IN_TIME, false);
    assertThat(pi).isWaitingAt(TASK_SCHEDULE_SOC_MEETING);
  }

  @Test
  @DisplayName("seed 001 4.3: 10 calendar days before a Wednesday meeting is a Sunday: the carer must have the report by the Friday before")
  void calendarDeadlineOnAWeekend() {
    ProcessInstance pi = throughApproval(LocalDate.of(2026, 4, 1));
    assertThat(day(task(pi, TASK_SEND_REPORT_TO_CARER).getDueDate())).isEqualTo(LocalDate.of(2026, 3, 20));
    // 5 clear working days before Wednesday 1 April: 25, 26, 27, 30, 31 March -> by Tuesday 24 March
    assertThat(day(task(pi, TASK_SEND_REPORT_TO_CHAIR).getDueDate())).isEqualTo(LocalDate.of(2026, 3, 24));
  }

  @Test
  @DisplayName("seed 001 Appendix 1: a report the fostering manager does not approve goes back to the social worker with comments")
  void qaRejectionLoop() {
    ProcessInstance pi = throughDecision();
    referToFosteringNetwork(pi);
    schedule(pi, at(MEETING, 10), null);
    writeReport(pi);
    qa(pi, false);
    assertThat(pi).isWaitingAt(TASK_WRITE_SOC_REPORT).variables()
        .containsEntry(QA_COMMENTS, "More evidence of the standards breached");
    writeReport(pi);
    qa(pi, true);
    assertThat(pi).isWaitingAt(TASK_SEND_REPORT_TO_CHAIR, TASK_SEND_REPORT_TO_CARER);
  }

  @Test
  @DisplayName("seed 001 4.3: approval after the last day to send the report re-arranges the meeting; the approved report is not rewritten")
  void rescheduleWhenTooLate() {
    ProcessInstance pi = throughDecision();
    referToFosteringNetwork(pi);
    schedule(pi, at(LocalDate.of(2026, 3, 16), 10), null);  // the carer must have the report by 6 March
    writeReport(pi);
    clock(LocalDate.of(2026, 3, 9), 10);
    qa(pi, true);
    assertThat(pi).isWaitingAt(TASK_SCHEDULE_SOC_MEETING).variables().containsEntry(REPORT_IN_TIME, false);
    assertThat(templates(pi)).contains("soc-meeting-reschedule");
    schedule(pi, at(LocalDate.of(2026, 3, 30), 10), null);
    assertThat(pi).isWaitingAt(TASK_SEND_REPORT_TO_CHAIR, TASK_SEND_REPORT_TO_CARER);
    assertThat(templates(pi).stream().filter("soc-meeting-invitation"::equals)).hasSize(2);
  }

  @Test
  @DisplayName("PROCESS-API section 5: a reminder goes out the working day before the report is due")
  void reportReminder() {
    ProcessInstance pi = throughDecision();
    referToFosteringNetwork(pi);
    schedule(pi, at(MEETING, 10), null);
    clock(LocalDate.of(2026, 3, 19), 10);
    runDueJobs();
    assertThat(templates(pi)).contains("soc-report-reminder");
    assertThat(pi).isWaitingAt(TASK_WRITE_SOC_REPORT);
  }

  @Test
  @DisplayName("seed 001 4.2-4.3: no trigger -> no meeting; actions checked on their date; completed -> case closes")
  void noMeetingActionsCompleted() {
    LocalDate due = START.plusDays(14);
    ProcessInstance pi = start(carer);
    visit(pi, true, due);
    sendVisitRecord(pi);
    consider(pi, false, false, false);
    assertThat(pi).variables().containsEntry(MEETING_REQUIRED, false).containsEntry(MEETING_REASON, REASON_NO_TRIGGER);
    assertThat(pi).isWaitingAt("Event_ActionsDue");
    clock(due, 23);
    runDueJobs();
    assertThat(pi).isWaitingAt("Event_ActionsDue");
    clock(due.plusDays(1), 8);
    runDueJobs();
    assertThat(task(pi, TASK_CHECK_ACTIONS)).hasCandidateGroup("fostering-social-worker");
    complete(pi, TASK_CHECK_ACTIONS, vars(ACTIONS_OVERDUE, false, ACTIONS_REVIEW_NOTES, "All done"));
    assertThat(pi).isEnded().hasPassed("Event_ResolvedWithoutMeeting").hasNotPassed(TASK_SCHEDULE_SOC_MEETING);
  }

  @Test
  @DisplayName("seed 001 4.3 fourth trigger: actions not completed in the agreed timescales -> a meeting is convened")
  void missedActionsConveneMeeting() {
    LocalDate due = START.plusDays(14);
    ProcessInstance pi = start(carer);
    visit(pi, true, due);
    sendVisitRecord(pi);
    consider(pi, false, false, false);
    clock(due.plusDays(1), 8);
    runDueJobs();
    complete(pi, TASK_CHECK_ACTIONS, vars(ACTIONS_OVERDUE, "true", ACTIONS_REVIEW_NOTES, "Not done"));
    assertThat(pi).variables().containsEntry(MEETING_REQUIRED, true)
        .containsEntry(MEETING_REASON, REASON_ACTIONS_NOT_COMPLETED);
    assertThat(pi).isWaitingAt(TASK_REFER_TO_FOSTERING_NETWORK, TASK_SCHEDULE_SOC_MEETING);
  }

  @Test
  @DisplayName("seed 001 4.3: refusal to cooperate at the visit is offered to the manager and convenes a meeting")
  void refusalConvenesMeeting() {
    ProcessInstance pi = start(carer);
    visit(pi, false, START.plusDays(14));
    sendVisitRecord(pi);
    assertThat(pi).variables().containsEntry(CARER_REFUSED_TO_COOPERATE, true);
    consider(pi, false, true, false);
    assertThat(pi).variables().containsEntry(MEETING_REASON, REASON_CARER_REFUSED);
  }

  @Test
  @DisplayName("seed 001 4.3 first trigger: only standards of care issues count, by the date received, including those recorded before go-live")
  void threeStandardsOfCareIssuesInTwelveMonths() throws Exception {
    EarlierConcernService earlier = bean("earlierConcernService");
    earlier.importRecords(new ObjectMapper().readTree("""
        [{"carerId": "%1$s", "receivedOn": "2025-06-03", "category": "STANDARDS_OF_CARE", "sourceReference": "OLD-%1$s-1"},
         {"carerId": "%1$s", "receivedOn": "2025-07-01", "category": "ALLEGATION", "sourceReference": "OLD-%1$s-2"},
         {"carerId": "%1$s", "receivedOn": "2025-03-02", "category": "STANDARDS_OF_CARE", "sourceReference": "OLD-%1$s-3"}]
        """.formatted(carer)), "admin");
    // a case opened a month ago about information received 13 months ago: outside the 12 months
    clock(START.minusMonths(1), 10);
    start(carer, at(START.minusMonths(13), 9));
    // a standards of care case received two months ago: counts
    clock(START.minusMonths(2), 10);
    ProcessInstance recent = start(carer);
    // one the fostering manager found was not a separate standards matter (NMS 22.10): does not count
    ProcessInstance notSeparate = start(carer);
    engine.getRuntimeService().setVariable(notSeparate.getId(), SEPARATE_STANDARDS_MATTER, false);
    // one whose Standards of Care work stopped because significant harm was reported (seed 000 3.10): does not count
    ProcessInstance stopped = start(carer);
    engine.getRuntimeService().setVariable(stopped.getId(), SOC_STOPPED_ON, at(today(), 12));
    // a concern still at triage (not a standards of care issue), and another carer's case
    Map<String, Object> triage = intake(carer, at(today(), 9));
    triage.put(ConcernTriageVariables.CONCERN_ABOUT_OWN_CHILD, false);
    triage.put(ConcernTriageVariables.CARER_LIVES_IN_OTHER_AUTHORITY, false);
    ProcessEngineFixture.forms(engine).submitStartForm(ConcernTriageVariables.PROCESS_KEY, triage);
    start("FC-OTHER-" + carer);
    clock(START, 10);

    ProcessInstance pi = start(carer);
    visit(pi, true, START.plusDays(14));
    sendVisitRecord(pi);
    // this one, the case received two months ago, and the one recorded before go-live on 3 June 2025
    assertThat(pi).variables().containsEntry(CONCERNS_IN_LAST_12_MONTHS, 3);
    consider(pi, false, false, false);
    assertThat(pi).variables().containsEntry(MEETING_REQUIRED, true).containsEntry(MEETING_REASON, REASON_THREE_CONCERNS);
    assertThat(recent.getBusinessKey()).isNotEqualTo(pi.getBusinessKey());
  }

  @Test
  @DisplayName("NMS 22.10 (seed 001 section 2): an allegation found unsubstantiated in the last 12 months is flagged; the manager confirms a separate matter and the visit goes ahead")
  void unprovenAllegationFlagged() {
    String unproven = closedAllegation("UNSUBSTANTIATED", START.minusMonths(6));
    closedAllegation(AllegationVariables.SUBSTANTIATED, START.minusMonths(5));
    closedAllegation("UNFOUNDED", START.minusMonths(13));
    clock(START, 10);
    ProcessInstance pi = start(carer);
    assertThat(pi).variables().containsEntry(ALLEGATION_FLAG, true)
        .containsEntry(ALLEGATION_FLAG_REASON, FLAG_ALLEGATION_NOT_PROVEN)
        .containsEntry(FLAGGED_ALLEGATIONS, unproven);
    complete(pi, TASK_CONFIRM_SEPARATE_MATTER, vars(SEPARATE_STANDARDS_MATTER, true,
        SEPARATE_MATTER_RATIONALE, "A different matter: record keeping"));
    assertThat(pi).isWaitingAt(TASK_VISIT_FOSTER_CARER);
  }

  /** An allegation about the carer closed on `closedOn` with this outcome; its case reference. */
  String closedAllegation(String outcome, LocalDate closedOn) {
    clock(closedOn, 10);
    ProcessInstance allegation = engine.getRuntimeService().startProcessInstanceByKey(AllegationVariables.PROCESS_KEY,
        vars(CARER_ID, carer, AllegationVariables.REFERRED_ON, at(closedOn, 9),
            AllegationVariables.ALLEGATION_OUTCOME, outcome));
    engine.getRuntimeService().deleteProcessInstance(allegation.getId(), "closed", true, true, true, true);
    return allegation.getBusinessKey();
  }

  @Test
  @DisplayName("seed 001 5.2: a proposal to terminate approval gives the carer 28 days for representations or the IRM before the final decision")
  void terminationProposal() {
    ProcessInstance pi = throughApproval(MEETING);
    sendToChair(pi, START);
    sendToCarer(pi, START, START);
    carerResponse(pi);
    clock(MEETING, 15);
    holdMeeting(pi, OUTCOME_REFER_TO_PANEL, vars(ALSO_BRING_FORWARD_ANNUAL_REVIEW, false,
        MEETING_ACTIONS_DUE_ON, at(LocalDate.of(2026, 7, 1), 9)));
    clock(MEETING.plusDays(1), 10);
    minutes(pi);
    assertThat(hasTask(pi, TASK_BRING_FORWARD_ANNUAL_REVIEW)).isFalse();
    LocalDate panel = LocalDate.of(2026, 4, 20);
    clock(panel, 15);
    complete(pi, TASK_FOSTERING_PANEL, vars(PANEL_RECOMMENDATION, TERMINATE_APPROVAL, PANEL_DATE, at(panel, 10),
        PANEL_MINUTES, "Minutes"));
    complete(pi, TASK_AGENCY_DECISION, vars(ADM_DECISION, TERMINATE_APPROVAL, ADM_RATIONALE, "Reasons"));
    assertThat(pi).isWaitingAt(ACTIVITY_APPROVAL_REVIEW);
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult();
    uk.fosteringconcerns.allegations.ApprovalReviewProcessTest.walk(engine, review, true, TERMINATE_APPROVAL);
    assertThat(pi).variables().containsEntry(FINAL_ADM_DECISION, TERMINATE_APPROVAL).containsEntry(IRM_REQUESTED, true);
    assertThat(pi).isWaitingAt("Event_MeetingActionsDue");
  }

  @Test
  @DisplayName("seed 001 4.3: panel recommends continuing approval: no proposal, no representations")
  void panelContinuesApproval() {
    ProcessInstance pi = throughApproval(MEETING);
    sendToChair(pi, START);
    sendToCarer(pi, START, null);
    carerResponse(pi);
    clock(MEETING, 15);
    holdMeeting(pi, OUTCOME_REFER_TO_PANEL, vars());
    clock(MEETING.plusDays(1), 10);
    minutes(pi);
    complete(pi, TASK_FOSTERING_PANEL, vars(PANEL_RECOMMENDATION, CONTINUE_APPROVAL, PANEL_DATE, at(today(), 10),
        PANEL_MINUTES, "Minutes"));
    complete(pi, TASK_AGENCY_DECISION, vars(ADM_DECISION, CONTINUE_APPROVAL, ADM_RATIONALE, "Reasons"));
    assertThat(pi).hasPassed("Gateway_MergeAdmOutcome").hasNotPassed("Task_NotifyTerminationProposal");
  }

  @Test
  @DisplayName("PROCESS-API section 2 / seed 001 4.1: the start form refuses a future receipt date, a bad carer id, fields it does not have; nothing starts")
  void intakeRules() {
    Map<String, Object> future = intake(carer, at(today().plusDays(1), 9));
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, future))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(RECEIVED_ON);
    Map<String, Object> badId = intake("FC 1!", at(today(), 9));
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, badId))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(CARER_ID);
    Map<String, Object> extra = intake(carer, at(today(), 9));
    extra.put(SOC_DECISION_ON, at(today(), 9));
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, extra))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(SOC_DECISION_ON);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals(CARER_ID, carer).count())
        .isZero();
  }

  @Test
  @DisplayName("seed 001 4.3: report dates are refused when in the future or received before sent")
  void reportDateRules() {
    ProcessInstance pi = throughApproval(MEETING);
    String toCarer = task(pi, TASK_SEND_REPORT_TO_CARER).getId();
    Map<String, Object> values = uk.fosteringconcerns.triage.FormSubmissions.fill("soc-report-to-carer", vars(
        REPORT_SENT_TO_CARER_ON, at(START.plusDays(1), 9), CARER_CONFIRMED_RECEIPT, false,
        REPORT_RECEIVED_BY_CARER_ON, null));
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitTaskForm(toCarer, values))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(REPORT_SENT_TO_CARER_ON);
    values.put(REPORT_SENT_TO_CARER_ON, at(START, 9));
    values.put(CARER_CONFIRMED_RECEIPT, true);
    values.put(REPORT_RECEIVED_BY_CARER_ON, at(START.minusDays(1), 9));
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitTaskForm(toCarer, values))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(REPORT_RECEIVED_BY_CARER_ON);
    String toChair = task(pi, TASK_SEND_REPORT_TO_CHAIR).getId();
    assertThatThrownBy(() -> ProcessEngineFixture.forms(engine).submitTaskForm(toChair,
        vars(REPORT_SENT_TO_CHAIR_ON, at(START.plusDays(2), 9))))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(REPORT_SENT_TO_CHAIR_ON);
    assertThat(pi).isWaitingAt(TASK_SEND_REPORT_TO_CHAIR, TASK_SEND_REPORT_TO_CARER);
  }
}
