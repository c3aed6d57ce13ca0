package uk.fosteringconcerns.standardsofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.Deadlines;

/** standards-of-care on the Dudley profile (seed 001 sections 4.2-4.3). */
class StandardsOfCareDudleyTest extends SocTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = coverage(ProcessEngineFixture.DUDLEY);

  @Test
  @DisplayName("seed 001 4.2-4.3: no trigger -> no meeting; actions checked on their date; completed -> case closes")
  void noMeetingActionsCompleted() {
    LocalDate due = START.plusDays(14);
    ProcessInstance pi = throughVisit(CARER);
    assertThat(pi).variables().containsEntry(PROFILE, "dudley").containsEntry(MEETING_REQUIRED, false)
        .containsEntry(MEETING_REASON, REASON_NO_TRIGGER);
    assertThat(pi).isWaitingAt("Event_ActionsDue");
    clock(due, 23);
    runDueJobs();
    assertThat(pi).isWaitingAt("Event_ActionsDue");
    clock(due.plusDays(1), 8);
    runDueJobs();
    assertThat(task(pi, "Task_CheckActions")).hasCandidateGroup("fostering-social-worker");
    complete(pi, "Task_CheckActions", vars(ACTIONS_OVERDUE, false, ACTIONS_REVIEW_NOTES, "All done"));
    assertThat(pi).isEnded().hasPassed("Event_ResolvedWithoutMeeting").hasNotPassed("Task_ScheduleSocMeeting");
  }

  @Test
  @DisplayName("seed 001 4.3 fourth trigger: actions not completed in the agreed timescales -> a meeting is convened")
  void missedActionsConveneMeeting() {
    LocalDate due = START.plusDays(14);
    ProcessInstance pi = throughVisit(CARER);
    clock(due.plusDays(1), 8);
    runDueJobs();
    complete(pi, "Task_CheckActions", vars(ACTIONS_OVERDUE, "true", ACTIONS_REVIEW_NOTES, "Not done"));
    assertThat(pi).variables().containsEntry(MEETING_REQUIRED, true).containsEntry(MEETING_REASON, REASON_ACTIONS_NOT_COMPLETED);
    assertThat(pi).isWaitingAt("Task_ReferToFosteringNetwork", "Task_ScheduleSocMeeting");
  }

  @Test
  @DisplayName("seed 001 4.3: refusal to cooperate at the visit is offered to the manager and convenes a meeting")
  void refusalConvenesMeeting() {
    ProcessInstance pi = start(CARER);
    visit(pi, false, START.plusDays(14));
    sendVisitRecord(pi);
    assertThat(pi).variables().containsEntry(CARER_REFUSED_TO_COOPERATE, true);
    consider(pi, false, true, false);
    assertThat(pi).variables().containsEntry(MEETING_REASON, REASON_CARER_REFUSED);
  }

  @Test
  @DisplayName("seed 001 4.3 first trigger: the third concern about a carer in 12 months is counted from earlier cases, not typed in")
  void thirdConcernInTwelveMonthsCounted() {
    // 13 months ago: does not count
    clock(START.minusMonths(13), 10);
    start(CARER);
    // two earlier concerns within 12 months (one still open, one a concern-triage case), another carer's concern
    clock(START.minusMonths(6), 10);
    ProcessInstance earlier = throughVisit(CARER);
    engine.getRuntimeService().deleteProcessInstance(earlier.getId(), "closed", true, true, true, true);
    clock(START.minusMonths(2), 10);
    java.util.Map<String, Object> triage = intake(CARER);
    triage.put("concernAboutOwnChild", false);
    triage.put("carerLivesInOtherAuthority", false);
    engine.getRuntimeService().startProcessInstanceByKey(CONCERN_TRIAGE_PROCESS, triage);
    start("FC-OTHER");
    clock(START, 10);

    ProcessInstance pi = start(CARER);
    visit(pi, true, START.plusDays(14));
    sendVisitRecord(pi);
    assertThat(pi).variables().containsEntry(CONCERNS_IN_LAST_12_MONTHS, 3);
    consider(pi, false, false, false);
    assertThat(pi).variables().containsEntry(MEETING_REQUIRED, true).containsEntry(MEETING_REASON, REASON_THREE_CONCERNS);
  }

  @Test
  @DisplayName("seed 001 4.3: a pattern emerging or a significant concern convenes a meeting; minutes due 3 weeks after it")
  void minutesWithinThreeWeeks() {
    ProcessInstance pi = start(CARER);
    visit(pi, true, START.plusDays(14));
    sendVisitRecord(pi);
    consider(pi, true, false, true);
    assertThat(pi).variables().containsEntry(MEETING_REASON, REASON_PATTERN_EMERGING);
    LocalDate meeting = LocalDate.of(2026, 3, 30);
    prepareMeeting(pi, meeting);
    clock(meeting, 15);
    holdMeeting(pi, OUTCOME_NO_FURTHER_ACTION, vars());
    // 3 weeks: Monday 20 April 2026 (Dorset would be 8 April)
    assertThat(Deadlines.toLocalDate(task(pi, "Task_IssueMinutes").getDueDate())).isEqualTo(LocalDate.of(2026, 4, 20));
  }
}
