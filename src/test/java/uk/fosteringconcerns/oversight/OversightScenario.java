package uk.fosteringconcerns.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.escalation.EscalationVariables;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.triage.ConcernTriageVariables;
import uk.fosteringconcerns.triage.FormSubmissions;

/**
 * Cases with known dates, run through the real models and forms with the engine clock moved (ClockUtil) and due
 * timers executed: on time and late at every step of the LADO procedure (seed 004 LADO report 4 and 6.2), of
 * Standards of Care (seed 000 3.2-3.9, seed 001 4.2-4.3, 5.3) and of escalations (seed 004 IRO report section 10).
 * The same cases run on the engine-only fixture, on H2 and on PostgreSQL; {@link #expectedLado()} and its siblings
 * are the figures worked out by hand from the dates below, for the financial year 2025/26 (Dorset profile).
 *
 * <p>Every task is completed the way Tasklist does (submit its form, filled, with the step's answers); answers for a
 * field a form does not have are left out, so new contract fields (e.g. {@code harmCategory}) are answered once the
 * forms have them.
 */
final class OversightScenario {

  /** When the figures are asked for: a Monday in the financial year 2025/26. */
  static final Date QUERY_TIME = at(2026, 3, 2, 12, 0);

  final ProcessEngine engine;
  final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(), 2015, 2030);

  // case references (LADO cases L1-L5, Standards of Care S1-S4) and escalation process instances
  String l1;
  String l2;
  String l3;
  String l4;
  String l5;
  String s1;
  String s2;
  String s3;
  String s4;
  String e1;
  String e2;
  String e3;
  String chase;

  OversightScenario(ProcessEngine engine) {
    this.engine = engine;
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), Deadlines.LONDON).toInstant());
  }

  /** Builds every case, in the order of their dates, and leaves the clock at {@link #QUERY_TIME}. */
  OversightScenario run() {
    lado4OpenFromLastYear();
    lado1OnTime();
    lado2Late();
    lado3NoFurtherAction();
    soc1OnTime();
    soc2Late();
    soc3Resignation();
    escalation1ResolvedAtStage0();
    escalation2ResolvedAtStage2();
    lado5AwaitingDiscussion();
    soc4AwaitingVisit();
    escalation3Open();
    chaseLateMeeting();
    ClockUtil.setCurrentTime(QUERY_TIME);
    return this;
  }

  // ------------------------------------------------------------------ LADO cases

  /** Received 20 March 2025 (last year); IEM on time; its PAIM (due 24 April 2025) is still not held. */
  private void lado4OpenFromLastYear() {
    l4 = concern(at(2025, 3, 20, 9, 0), at(2025, 3, 20, 9, 30));
    step(l4, ConcernTriageVariables.TASK_INITIAL_DISCUSSION, at(2025, 3, 20, 11, 0),
        answers(ConcernTriageVariables.HARMED_CHILD, true));
    step(l4, ConcernTriageVariables.TASK_LADO_DECISION, at(2025, 3, 20, 14, 0), allegation("EMOTIONAL"));
    step(l4, AllegationVariables.TASK_INITIAL_EVALUATION_MEETING, at(2025, 3, 27, 10, 0),
        answers(AllegationVariables.IEM_HELD_ON, "2025-03-27", OversightNames.THRESHOLD_MET, true));
  }

  /** Every step on time; substantiated; DBS referral; closed after 55 days (within 8 weeks). */
  private void lado1OnTime() {
    l1 = concern(at(2025, 6, 3, 9, 0), at(2025, 6, 3, 9, 30));
    // due end of Wed 4 June (1 working day after receipt)
    step(l1, ConcernTriageVariables.TASK_INITIAL_DISCUSSION, at(2025, 6, 3, 11, 0),
        answers(ConcernTriageVariables.HARMED_CHILD, true));
    // 6 hours after receipt: within 24 hours and 1 working day
    step(l1, ConcernTriageVariables.TASK_LADO_DECISION, at(2025, 6, 3, 15, 0), allegation("PHYSICAL"));
    // IEM due Tue 10 June (5 working days after the referral on 3 June)
    step(l1, AllegationVariables.TASK_INITIAL_EVALUATION_MEETING, at(2025, 6, 9, 10, 0),
        answers(AllegationVariables.IEM_HELD_ON, "2025-06-09", OversightNames.THRESHOLD_MET, true));
    // PAIM due Mon 7 July (28 days after the IEM)
    step(l1, AllegationVariables.TASK_POST_ALLEGATION_MEETING, at(2025, 7, 1, 10, 0), concluded("2025-07-01",
        AllegationVariables.SUBSTANTIATED));
    step(l1, AllegationVariables.TASK_CONSIDER_DBS_REFERRAL, at(2025, 7, 2, 9, 0),
        answers(AllegationVariables.DBS_REFERRAL_MADE, true, AllegationVariables.DBS_REFERRAL_MADE_ON, "2025-07-02"));
    drain(l1, at(2025, 7, 2, 10, 0), AllegationVariables.TASK_LADO_CLOSURE);
    step(l1, AllegationVariables.TASK_LADO_CLOSURE, at(2025, 7, 28, 10, 0),
        answers(AllegationVariables.ALL_ACTIONS_COMPLETE, true));
    assertEnded(l1);
  }

  /** Late at every step: a second PAIM, unfounded; closed after 213 days (over 26 weeks). */
  private void lado2Late() {
    l2 = concern(at(2025, 6, 6, 16, 0), at(2025, 6, 6, 16, 30));
    // due end of Mon 9 June
    step(l2, ConcernTriageVariables.TASK_INITIAL_DISCUSSION, at(2025, 6, 10, 9, 0),
        answers(ConcernTriageVariables.HARMED_CHILD, true));
    step(l2, ConcernTriageVariables.TASK_LADO_DECISION, at(2025, 6, 10, 10, 0), allegation("PROFESSIONAL_BOUNDARIES"));
    // IEM due Tue 17 June; held Fri 20 June with a reason recorded
    step(l2, AllegationVariables.TASK_INITIAL_EVALUATION_MEETING, at(2025, 6, 20, 10, 0),
        answers(AllegationVariables.IEM_HELD_ON, "2025-06-20", OversightNames.IEM_LATE_REASON,
            "Police officer not available", OversightNames.THRESHOLD_MET, true));
    // PAIM due Fri 18 July; held 25 July, not concluded; the next one due Fri 22 August, held 29 August
    step(l2, AllegationVariables.TASK_POST_ALLEGATION_MEETING, at(2025, 7, 25, 10, 0),
        answers(AllegationVariables.PAIM_HELD_ON, "2025-07-25", AllegationVariables.INVESTIGATION_CONCLUDED, false,
            AllegationVariables.ALLEGATION_OUTCOME, null, AllegationVariables.OUTCOME_RATIONALE, null));
    step(l2, AllegationVariables.TASK_POST_ALLEGATION_MEETING, at(2025, 8, 29, 10, 0),
        concluded("2025-08-29", AllegationVariables.UNFOUNDED));
    drain(l2, at(2025, 9, 1, 9, 0), AllegationVariables.TASK_LADO_CLOSURE);
    step(l2, AllegationVariables.TASK_LADO_CLOSURE, at(2026, 1, 5, 10, 0),
        answers(AllegationVariables.ALL_ACTIONS_COMPLETE, true));
    assertEnded(l2);
  }

  /**
   * Received Friday 22 August 2025 at 16:00; Monday 25 August is a bank holiday, so Tuesday 26 is 1 working day on:
   * decided then, within 1 working day but not within 24 hours. No further action.
   */
  private void lado3NoFurtherAction() {
    l3 = concern(at(2025, 8, 22, 16, 0), at(2025, 8, 22, 16, 30));
    step(l3, ConcernTriageVariables.TASK_INITIAL_DISCUSSION, at(2025, 8, 26, 9, 0), answers());
    step(l3, ConcernTriageVariables.TASK_LADO_DECISION, at(2025, 8, 26, 11, 0),
        answers(ConcernTriageVariables.LADO_DECISION, ConcernTriageVariables.NO_FURTHER_ACTION));
    assertEnded(l3);
  }

  /** Received Friday 20 February 2026; the initial discussion (due Monday 23 February) is still open. */
  private void lado5AwaitingDiscussion() {
    l5 = concern(at(2026, 2, 20, 10, 0), at(2026, 2, 20, 10, 30));
  }

  // ------------------------------------------------------------------ Standards of Care cases

  /**
   * Every step on time under the Dorset guidance (3.2-3.9: no written report, always a meeting within 10 working days
   * of the discussion with the carer): visit, record, meeting, minutes; no further action.
   */
  private void soc1OnTime() {
    s1 = standardsOfCare(at(2025, 10, 6, 9, 0), at(2025, 10, 6, 9, 30));
    // visit due Mon 13 October (5 working days after the decision on 6 October)
    step(s1, "Task_VisitFosterCarer", at(2025, 10, 8, 14, 0), visit("2025-10-08"));
    // record due Wed 15 October (5 working days after the visit)
    step(s1, "Task_SendVisitRecord", at(2025, 10, 10, 9, 0), answers());
    // meeting Tue 21 October, due by Wed 22 October (10 working days after the visit)
    step(s1, "Task_ScheduleSocMeeting", at(2025, 10, 10, 12, 0),
        answers(StandardsOfCareVariables.MEETING_DATE, "2025-10-21T10:00:00+01:00"));
    step(s1, "Task_HoldSocMeeting", at(2025, 10, 21, 11, 0), meeting(StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION));
    // minutes due Tue 28 October (5 working days after the meeting)
    step(s1, "Task_IssueMinutes", at(2025, 10, 23, 10, 0),
        answers(StandardsOfCareVariables.MINUTES_ISSUED_ON, "2025-10-23"));
    drain(s1, at(2025, 10, 24, 10, 0), null);
    assertEnded(s1);
  }

  /** Late at every step; referred to the panel; the Agency Decision Maker decides late. */
  private void soc2Late() {
    s2 = standardsOfCare(at(2025, 11, 3, 9, 0), at(2025, 11, 3, 9, 30));
    // visit due Mon 10 November
    step(s2, "Task_VisitFosterCarer", at(2025, 11, 12, 10, 0), visit("2025-11-12"));
    // record due Wed 19 November
    step(s2, "Task_SendVisitRecord", at(2025, 11, 21, 10, 0), answers());
    // meeting Wed 10 December, due by Wed 26 November (a reason is recorded)
    step(s2, "Task_ScheduleSocMeeting", at(2025, 11, 21, 13, 0),
        answers(StandardsOfCareVariables.MEETING_DATE, "2025-12-10T10:00:00Z"));
    step(s2, "Task_HoldSocMeeting", at(2025, 12, 10, 11, 0), meeting(StandardsOfCareVariables.OUTCOME_REFER_TO_PANEL));
    // minutes due Wed 17 December
    step(s2, "Task_IssueMinutes", at(2025, 12, 19, 10, 0),
        answers(StandardsOfCareVariables.MINUTES_ISSUED_ON, "2025-12-19"));
    step(s2, "Task_RecordSignedMinutes", at(2025, 12, 19, 11, 0), answers());
    step(s2, AllegationVariables.TASK_FOSTERING_PANEL, at(2026, 1, 14, 10, 0),
        answers(AllegationVariables.PANEL_RECOMMENDATION, AllegationVariables.CONTINUE_APPROVAL,
            AllegationVariables.PANEL_DATE, "2026-01-14"));
    // the Agency Decision Maker's decision is due Fri 23 January (7 working days after the panel)
    step(s2, AllegationVariables.TASK_AGENCY_DECISION, at(2026, 1, 26, 10, 0),
        answers(AllegationVariables.ADM_DECISION, AllegationVariables.CONTINUE_APPROVAL));
    drain(s2, at(2026, 1, 26, 11, 0), null);
    assertEnded(s2);
  }

  /** Visit on time, then the carer resigns (seed 001 5.3) on Fri 5 December; de-registered 28 days later. */
  private void soc3Resignation() {
    s3 = standardsOfCare(at(2025, 12, 1, 9, 0), at(2025, 12, 1, 9, 30));
    step(s3, "Task_VisitFosterCarer", at(2025, 12, 3, 10, 0), visit("2025-12-03"));
    clock(at(2025, 12, 5, 10, 0));
    engine.getRuntimeService().createMessageCorrelation(StandardsOfCareVariables.MESSAGE_CARER_RESIGNATION)
        .processInstanceBusinessKey(s3)
        .setVariable(StandardsOfCareVariables.RESIGNATION_RECEIVED_ON, at(2025, 12, 5, 0, 0))
        .correlate();
    clock(at(2026, 1, 5, 9, 0));
    assertEnded(s3);
  }

  /** Created Mon 2 February 2026; the visit (due Mon 9 February) has not happened. */
  private void soc4AwaitingVisit() {
    s4 = standardsOfCare(at(2026, 2, 2, 9, 0), at(2026, 2, 2, 9, 30));
  }

  // ------------------------------------------------------------------ escalations

  /** Raised by the IRO on Tue 1 July 2025, resolved at the informal stage and confirmed on Thu 3 July. */
  private void escalation1ResolvedAtStage0() {
    e1 = escalation(at(2025, 7, 1, 10, 0), 0);
    escalationStep(e1, EscalationVariables.TASK_RESPOND, at(2025, 7, 2, 10, 0),
        answers(EscalationVariables.RESOLVED, true));
    escalationStep(e1, EscalationVariables.TASK_CONFIRM, at(2025, 7, 3, 10, 0),
        answers(EscalationVariables.RESOLUTION_CONFIRMED, true));
  }

  /**
   * Raised Mon 1 September 2025; no answer at the informal stage within 2 working days (moves up on Thu 4), not
   * resolved by the team manager, resolved by the service manager; confirmed Wed 10 September (7 working days).
   */
  private void escalation2ResolvedAtStage2() {
    e2 = escalation(at(2025, 9, 1, 10, 0), 0);
    clock(at(2025, 9, 4, 9, 0));
    escalationStep(e2, EscalationVariables.TASK_RESPOND, at(2025, 9, 5, 10, 0),
        answers(EscalationVariables.RESOLVED, false));
    escalationStep(e2, EscalationVariables.TASK_RESPOND, at(2025, 9, 9, 10, 0),
        answers(EscalationVariables.RESOLVED, true));
    escalationStep(e2, EscalationVariables.TASK_CONFIRM, at(2025, 9, 10, 10, 0),
        answers(EscalationVariables.RESOLUTION_CONFIRMED, true));
  }

  /** Raised by the IRO straight at stage 3 (head of service) on Mon 2 February 2026; still open. */
  private void escalation3Open() {
    e3 = escalation(at(2026, 2, 2, 10, 0), 3);
  }

  /**
   * PROCESS-API section 8: the late PAIM of L4 is chased by the engine's own timer on the task (process
   * missed-deadline), as is every other statutory task of the scenario while it was late.
   */
  private void chaseLateMeeting() {
    clock(QUERY_TIME);
    Task late = openTask(l4, AllegationVariables.TASK_POST_ALLEGATION_MEETING);
    chase = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OversightNames.MISSED_DEADLINE_PROCESS)
        .variableValueEquals(OversightNames.LATE_TASK_ID, late.getId()).singleResult().getId();
  }

  // ------------------------------------------------------------------ expected figures (FY 2025/26)

  /** Figures in the contract's names; the form-dependent ones follow what the deployed forms ask. */
  Map<String, Object> expectedLado() {
    boolean harmCategory = formHas("lado-decision", OversightNames.HARM_CATEGORY);
    boolean lateReason = formHas("initial-evaluation-meeting", OversightNames.IEM_LATE_REASON);
    Map<String, Object> expected = new HashMap<>();
    expected.put("contacts", count(4));
    expected.put("initialDiscussionsWithin1WorkingDay", timed(3, 2, 1, 66.7));
    expected.put("decisionsWithin1WorkingDay", timed(3, 2, 1, 66.7));
    expected.put("decisionsWithin24Hours", timed(3, 1, 2, 33.3));
    expected.put("routes", map("ALLEGATION", 2, "THRESHOLD_UNCLEAR", 0, "STANDARDS_OF_CARE", 0, "COMPLAINT", 0,
        "NO_FURTHER_ACTION", 1));
    expected.put("referrals", count(2));
    expected.put("referralTypes", harmCategory
        ? map("PHYSICAL", 1, "EMOTIONAL", 0, "SEXUAL", 0, "NEGLECT", 0, "PROFESSIONAL_BOUNDARIES", 1, "OTHER", 0)
        : map("PHYSICAL", 0, "EMOTIONAL", 0, "SEXUAL", 0, "NEGLECT", 0, "PROFESSIONAL_BOUNDARIES", 0, "OTHER", 0,
            "NOT_RECORDED", 2));
    Map<String, Object> iem = timed(2, 1, 1, 50.0);
    iem.put("lateWithReason", lateReason ? 1 : 0);
    expected.put("iemWithin5WorkingDays", iem);
    expected.put("thresholdNotMet", count(0));
    expected.put("paimWithin28Days", timed(3, 1, 2, 33.3));
    expected.put("outcomes", map("SUBSTANTIATED", 1, "UNSUBSTANTIATED", 0, "FALSE", 0, "MALICIOUS", 0,
        "UNFOUNDED", 1));
    expected.put("dbsReferrals", count(1));
    expected.put("closedWithin", map("4w", 0, "8w", 1, "12w", 0, "26w", 0, "over26w", 1));
    expected.put("open", count(1));
    return expected;
  }

  Map<String, Object> expectedStandardsOfCare() {
    Map<String, Object> expected = new HashMap<>();
    expected.put("cases", count(4));
    expected.put("visitsOnTime", timed(3, 2, 1, 66.7));
    expected.put("visitRecordsOnTime", timed(2, 1, 1, 50.0));
    expected.put("meetingsHeld", count(2));
    expected.put("meetingsOnTime", timed(2, 1, 1, 50.0));
    // the Dorset guidance has no written report (Dudley's reports are counted in the records tests' cases)
    expected.put("reportsToChairOnTime", timed(0, 0, 0, null));
    expected.put("reportsToCarerOnTime", timed(0, 0, 0, null));
    expected.put("minutesOnTime", timed(2, 1, 1, 50.0));
    expected.put("meetingOutcomes", map("NO_FURTHER_ACTION", 1, "ACTION_PLAN", 0, "BRING_FORWARD_ANNUAL_REVIEW", 0,
        "REFER_TO_PANEL", 1));
    expected.put("panelDecisions", map("CONTINUE_APPROVAL", 1, "CHANGE_TERMS", 0, "TERMINATE_APPROVAL", 0));
    expected.put("agencyDecisions", map("CONTINUE_APPROVAL", 1, "CHANGE_TERMS", 0, "TERMINATE_APPROVAL", 0));
    expected.put("agencyDecisionsOnTime", timed(1, 0, 1, 0.0));
    expected.put("resignations", count(1));
    expected.put("open", count(1));
    return expected;
  }

  Map<String, Object> expectedEscalations() {
    Map<String, Object> expected = new HashMap<>();
    expected.put("raised", count(3));
    expected.put("raisedBy", map(Groups.IRO, 3));
    expected.put("byHighestStage", map("0", 1, "1", 0, "2", 1, "3", 0, "4", 0, "CAFCASS", 0));
    expected.put("resolvedAtStage", map("0", 1, "1", 0, "2", 1, "3", 0, "4", 0));
    Map<String, Object> median = new HashMap<>();
    median.put("count", 2);
    median.put("median", 4.5);
    expected.put("medianWorkingDaysToResolve", median);
    // every statutory task that passed its due date in the year started one chase (PROCESS-API 8), by its group:
    // LADO - L4's PAIM; L2's decision, IEM and both PAIMs; L3's decision (Friday 16:00, decided Tuesday: past the
    // 24 hours); L5's decision, still open. Children's team managers - the discussions of L2 and L5. Fostering
    // social workers - S2's visit and visit record; S4's visit. Fostering manager - S2's meeting (Dorset: within 10
    // working days of the visit). Business support - S2's minutes. Agency Decision Maker - S2's decision.
    expected.put("missedDeadlineChases", map(Groups.LADO, 7, Groups.CHILDRENS_TEAM_MANAGER, 2,
        Groups.FOSTERING_SOCIAL_WORKER, 3, Groups.FOSTERING_MANAGER, 1, Groups.BUSINESS_SUPPORT, 1,
        Groups.AGENCY_DECISION_MAKER, 1));
    expected.put("open", count(1));
    return expected;
  }

  /** The overdue statutory tasks at {@link #QUERY_TIME}, oldest first: case, task key, group, due day. */
  List<Object[]> expectedOverdue() {
    List<Object[]> overdue = new ArrayList<>();
    overdue.add(new Object[] {l4, AllegationVariables.TASK_POST_ALLEGATION_MEETING, Groups.LADO,
        LocalDate.of(2025, 4, 24)});
    overdue.add(new Object[] {s4, "Task_VisitFosterCarer", Groups.FOSTERING_SOCIAL_WORKER, LocalDate.of(2026, 2, 9)});
    // told at receipt on Friday 20 February at 10:30: the LADO's decision was due 24 hours later (seed 004 6.2)
    overdue.add(new Object[] {l5, ConcernTriageVariables.TASK_LADO_DECISION, Groups.LADO, LocalDate.of(2026, 2, 21)});
    overdue.add(new Object[] {l5, ConcernTriageVariables.TASK_INITIAL_DISCUSSION, Groups.CHILDRENS_TEAM_MANAGER,
        LocalDate.of(2026, 2, 23)});
    return overdue;
  }

  int workingDaysLate(LocalDate due) {
    return calendar.workingDaysBetween(due, Deadlines.toLocalDate(QUERY_TIME));
  }

  static Map<String, Object> count(long n) {
    Map<String, Object> figure = new HashMap<>();
    figure.put("count", n);
    return figure;
  }

  static Map<String, Object> timed(long count, long onTime, long late, Double percent) {
    Map<String, Object> figure = new HashMap<>();
    figure.put("count", count);
    figure.put("onTime", onTime);
    figure.put("late", late);
    figure.put("percentOnTime", percent);
    return figure;
  }

  static Map<String, Object> map(Object... keysAndCounts) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      map.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
    }
    return map;
  }

  // ------------------------------------------------------------------ how a case is driven

  private String concern(Date receivedOn, Date recordedAt) {
    clock(recordedAt);
    Map<String, Object> intake = new HashMap<>();
    intake.put(ConcernTriageVariables.RECEIVED_ON, receivedOn);
    intake.put(ConcernTriageVariables.CARER_ID, "FC-OV-1");
    intake.put(ConcernTriageVariables.CARER_NAME, "Placeholder Carer");
    intake.put(ConcernTriageVariables.CHILD_ID, "CH-OV-1");
    intake.put(ConcernTriageVariables.CONCERN_SUMMARY, "Placeholder concern");
    intake.put(ConcernTriageVariables.RAISED_BY, "anonymous");
    intake.put(ConcernTriageVariables.CONCERN_ABOUT_OWN_CHILD, false);
    intake.put(ConcernTriageVariables.CARER_LIVES_IN_OTHER_AUTHORITY, false);
    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey(ConcernTriageVariables.PROCESS_KEY, intake);
    return businessKey(instance);
  }

  private String standardsOfCare(Date receivedOn, Date recordedAt) {
    clock(recordedAt);
    Map<String, Object> intake = new HashMap<>();
    intake.put(StandardsOfCareVariables.RECEIVED_ON, receivedOn);
    intake.put(StandardsOfCareVariables.CARER_ID, "FC-OV-2");
    intake.put(StandardsOfCareVariables.CARER_NAME, "Placeholder Carer");
    intake.put(StandardsOfCareVariables.CHILD_ID, "CH-OV-2");
    intake.put(StandardsOfCareVariables.CONCERN_SUMMARY, "Placeholder concern");
    intake.put(StandardsOfCareVariables.RAISED_BY, "anonymous");
    return businessKey(engine.getRuntimeService()
        .startProcessInstanceByKey(StandardsOfCareVariables.PROCESS_KEY, intake));
  }

  private String escalation(Date raisedAt, int stage) {
    clock(raisedAt);
    VariableMap variables = Variables.createVariables()
        .putValue(EscalationVariables.SUBJECT, "Placeholder escalation")
        .putValue(EscalationVariables.RAISED_BY_GROUP, Groups.IRO)
        .putValue(EscalationVariables.START_STAGE, stage);
    // only an IRO may start above the informal stage (PROCESS-API section 2)
    engine.getIdentityService().setAuthentication("ian", List.of(Groups.IRO));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(EscalationVariables.PROCESS_KEY, variables).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String businessKey(ProcessInstance instance) {
    String key = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getBusinessKey();
    assertThat(key).as("case reference").matches("CC-\\d{4}-\\d{5}");
    return key;
  }

  /** Moves the engine clock (never back within a case) and runs every timer then due. */
  void clock(Date when) {
    ClockUtil.setCurrentTime(when);
    for (int i = 0; i < 20; i++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private void step(String caseReference, String taskKey, Date when, Map<String, Object> answers) {
    clock(when);
    Task task = openTask(caseReference, taskKey);
    submit(task, answers);
  }

  private void escalationStep(String processInstanceId, String taskKey, Date when, Map<String, Object> answers) {
    clock(when);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open " + taskKey + " of escalation").isNotNull();
    submit(task, answers);
  }

  /** Completes every other open task of the case, an hour apart from {@code from}, with plausible answers. */
  private void drain(String caseReference, Date from, String stopAt) {
    long hour = 60L * 60 * 1000;
    for (int i = 0; i < 40; i++) {
      List<Task> open = FormSubmissions.openTasks(engine, caseReference).stream()
          .filter(t -> !t.getTaskDefinitionKey().equals(stopAt)).toList();
      if (open.isEmpty()) {
        return;
      }
      clock(new Date(from.getTime() + i * hour));
      Task task = open.get(0);
      submit(task, DEFAULT_ANSWERS.getOrDefault(task.getTaskDefinitionKey(), Map.of()));
    }
    throw new AssertionError("case " + caseReference + " still has open tasks after 40 steps");
  }

  Task openTask(String caseReference, String taskKey) {
    List<Task> tasks = FormSubmissions.openTasks(engine, caseReference);
    return tasks.stream().filter(t -> t.getTaskDefinitionKey().equals(taskKey)).findFirst()
        .orElseThrow(() -> new AssertionError("no open " + taskKey + " in " + caseReference + "; open: "
            + tasks.stream().map(Task::getTaskDefinitionKey).toList()));
  }

  private void submit(Task task, Map<String, Object> answers) {
    String formId = FormSubmissions.formOf(engine, task);
    Map<String, Object> known = new HashMap<>();
    answers.forEach((name, value) -> {
      if (formHas(formId, name)) {
        known.put(name, value);
      }
    });
    FormSubmissions.submit(engine, task, known);
  }

  private void assertEnded(String caseReference) {
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .count()).as(caseReference + " ended").isZero();
  }

  static boolean formHas(String formId, String field) {
    return FormSubmissions.schema(formId).fields().containsKey(field);
  }

  private static final Map<String, Map<String, Object>> DEFAULT_ANSWERS = Map.of(
      AllegationVariables.TASK_CONSIDER_DBS_REFERRAL, answers(AllegationVariables.DBS_REFERRAL_MADE, false),
      AllegationVariables.TASK_EVALUATION_MEETING_DECISION,
      answers(AllegationVariables.EVALUATION_MEETING_REQUIRED, false),
      AllegationVariables.TASK_FOSTERING_PANEL, answers(AllegationVariables.PANEL_RECOMMENDATION,
          AllegationVariables.CONTINUE_APPROVAL),
      AllegationVariables.TASK_AGENCY_DECISION, answers(AllegationVariables.ADM_DECISION,
          AllegationVariables.CONTINUE_APPROVAL),
      AllegationVariables.TASK_LADO_CLOSURE, answers(AllegationVariables.ALL_ACTIONS_COMPLETE, true));

  private static Map<String, Object> allegation(String harmCategory) {
    return answers(ConcernTriageVariables.LADO_DECISION, ConcernTriageVariables.ALLEGATION,
        ConcernTriageVariables.LADO_RATIONALE, "Threshold met", OversightNames.HARM_CATEGORY, harmCategory);
  }

  private static Map<String, Object> concluded(String heldOn, String outcome) {
    return answers(AllegationVariables.PAIM_HELD_ON, heldOn, AllegationVariables.INVESTIGATION_CONCLUDED, true,
        AllegationVariables.ALLEGATION_OUTCOME, outcome, AllegationVariables.OUTCOME_RATIONALE, "Findings agreed");
  }

  private static Map<String, Object> visit(String visitDate) {
    return answers(StandardsOfCareVariables.VISIT_DATE, visitDate, StandardsOfCareVariables.STANDARDS_BREACHED,
        "3.6, 22.10", StandardsOfCareVariables.ACTIONS_DUE_ON,
        "2026-03-31", StandardsOfCareVariables.CARER_AGREES_ACTIONS, true,
        StandardsOfCareVariables.DISCUSSED_WITH_CHILD, true);
  }

  private static Map<String, Object> meeting(String outcome) {
    Map<String, Object> answers = answers(StandardsOfCareVariables.MEETING_HELD, true,
        StandardsOfCareVariables.MEETING_OUTCOME, outcome);
    if (StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION.equals(outcome)) {
      // every other outcome has an action plan (Dorset Standards of Care guidance, 3.7)
      answers.put(StandardsOfCareVariables.MEETING_ACTION_PLAN, null);
      answers.put(StandardsOfCareVariables.MEETING_ACTIONS_DUE_ON, null);
    }
    return answers;
  }


  static Map<String, Object> answers(Object... keysAndValues) {
    return FormSubmissions.answers(keysAndValues);
  }
}
