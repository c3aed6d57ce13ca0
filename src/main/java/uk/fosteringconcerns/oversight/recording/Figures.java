package uk.fosteringconcerns.oversight.recording;

import static uk.fosteringconcerns.oversight.OversightNames.ESCALATIONS;
import static uk.fosteringconcerns.oversight.OversightNames.LADO;
import static uk.fosteringconcerns.oversight.OversightNames.STANDARDS_OF_CARE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.escalation.EscalationVariables;
import uk.fosteringconcerns.oversight.OversightNames;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * What the reports count (PROCESS-API section 9), in one table: which completed task, started or ended process
 * makes a fact, on which date, and against which timescale of {@code procedure-timescales}, counted from which
 * variable (seed 004 LADO report sections 4 and 6.2, seed 000 section 3, seed 001 section 4.3). A timescale is
 * worked out by the {@code deadlines} bean when the task is created, from the variable it counts from at that moment.
 */
public final class Figures {

  // ---- LADO report (seed 004 LADO report 6.2; seed 003 section 4, monthly LADO highlight report)
  public static final String CONTACTS = "contacts";
  public static final String INITIAL_DISCUSSIONS = "initialDiscussionsWithin1WorkingDay";
  /** Every LADO decision, category = the route (ladoDecision); timed against 1 working day from receipt. */
  public static final String DECISIONS = "decisionsWithin1WorkingDay";
  public static final String DECISIONS_24_HOURS = "decisionsWithin24Hours";
  public static final String REFERRAL_TYPES = "referralTypes";
  /** IEMs held; flag = a late reason was recorded. */
  public static final String IEMS = "iemWithin5WorkingDays";
  public static final String THRESHOLD_NOT_MET = "thresholdNotMet";
  public static final String PAIMS = "paimWithin28Days";
  public static final String OUTCOMES = "outcomes";
  public static final String DBS_REFERRALS = "dbsReferrals";
  /** An allegation referred; its ended_on is the day it ended (9999-12-31 while open). */
  public static final String ALLEGATIONS_OPENED = "allegationsOpened";
  /** A closed allegation, category = 4w, 8w, 12w, 26w or over26w; amount = calendar days from receipt. */
  public static final String CLOSED = "closedWithin";

  // ---- Standards of Care report (seeds 000 section 3, 001 sections 4.2, 4.3, 5.3)
  /** A Standards of Care case opened; its ended_on is the day it ended. */
  public static final String CASES = "cases";
  public static final String VISITS = "visitsOnTime";
  public static final String VISIT_RECORDS = "visitRecordsOnTime";
  /** Meetings held, category = meetingOutcome; timed against SOC_MEETING from the visit. */
  public static final String MEETINGS = "meetings";
  public static final String REPORTS_TO_CHAIR = "reportsToChairOnTime";
  public static final String REPORTS_TO_CARER = "reportsToCarerOnTime";
  public static final String MINUTES = "minutesOnTime";
  public static final String PANELS = "panelDecisions";
  public static final String AGENCY_DECISIONS = "agencyDecisions";
  public static final String RESIGNATIONS = "resignations";

  // ---- Escalations report (seed 004 IRO report section 10; PROCESS-API section 8)
  /** An escalation raised; its ended_on is the day it ended. */
  public static final String RAISED = "raised";
  /** A closed escalation, category = the highest stage reached, or CAFCASS. */
  public static final String BY_HIGHEST_STAGE = "byHighestStage";
  /** A resolved escalation, category = the stage that resolved it; amount = working days from raising it. */
  public static final String RESOLVED_AT_STAGE = "resolvedAtStage";
  public static final String MISSED_DEADLINE_CHASES = "missedDeadlineChases";

  public static final String NOT_RECORDED = "NOT_RECORDED";
  /** The ended_on of a case that is still open. */
  public static final java.time.LocalDate STILL_OPEN = java.time.LocalDate.of(9999, 12, 31);

  /** The facts that open a case (they carry the day it ended). */
  public static final java.util.Set<String> OPENING_FIGURES = java.util.Set.of(ALLEGATIONS_OPENED, CASES, RAISED);

  /** The fact that opens a case of this process (and carries the day it ended), or null. */
  public static String openingFigure(String processKey) {
    if (processKey == null) {
      return null;
    }
    return switch (processKey) {
      case AllegationVariables.PROCESS_KEY -> ALLEGATIONS_OPENED;
      case StandardsOfCareVariables.PROCESS_KEY -> CASES;
      case EscalationVariables.PROCESS_KEY -> RAISED;
      default -> null;
    };
  }

  /**
   * A fact made when a task completes.
   *
   * @param report null: the report of the task's process
   * @param step the procedure-timescales step it is timed against, or null
   * @param before the step counts back from the anchor (deadlines.before), else forward (deadlines.after)
   * @param anchors the variables the timescale counts from, first present wins
   * @param doneOn the variable holding when it was done (e.g. the meeting date), else the completion time
   * @param category the variable whose value is the fact's category, or null
   * @param flag a variable whose presence is the fact's flag, or null
   * @param when only when this holds for the case's variables
   */
  public record TaskFigure(String figure, String taskKey, String report, String step, boolean before,
      List<String> anchors, String doneOn, String category, String flag, Predicate<CaseVariables> when) {

    boolean timed() {
      return step != null;
    }
  }

  private static final Predicate<CaseVariables> ALWAYS = v -> true;

  static final List<TaskFigure> TASK_FIGURES = List.of(
      timed(INITIAL_DISCUSSIONS, ConcernTriageVariables.TASK_INITIAL_DISCUSSION, ConcernTriageVariables.STEP_NOTIFY_LADO,
          false, List.of(ConcernTriageVariables.RECEIVED_ON, OversightNames.REPORTED_ON), null),
      new TaskFigure(DECISIONS, ConcernTriageVariables.TASK_LADO_DECISION, LADO, ConcernTriageVariables.STEP_LADO_DECISION,
          false, List.of(ConcernTriageVariables.RECEIVED_ON, OversightNames.REPORTED_ON), null,
          ConcernTriageVariables.LADO_DECISION, null, ALWAYS),
      new TaskFigure(REFERRAL_TYPES, ConcernTriageVariables.TASK_LADO_DECISION, LADO, null, false, List.of(), null,
          OversightNames.HARM_CATEGORY, null, v -> isReferral(v.text(ConcernTriageVariables.LADO_DECISION))),
      new TaskFigure(IEMS, AllegationVariables.TASK_INITIAL_EVALUATION_MEETING, LADO,
          AllegationVariables.STEP_INITIAL_EVALUATION_MEETING, false, List.of(AllegationVariables.REFERRED_ON),
          AllegationVariables.IEM_HELD_ON, null, OversightNames.IEM_LATE_REASON, ALWAYS),
      new TaskFigure(THRESHOLD_NOT_MET, AllegationVariables.TASK_INITIAL_EVALUATION_MEETING, LADO, null, false,
          List.of(), AllegationVariables.IEM_HELD_ON, null, null,
          v -> Boolean.FALSE.equals(v.bool(OversightNames.THRESHOLD_MET))),
      new TaskFigure(PAIMS, AllegationVariables.TASK_POST_ALLEGATION_MEETING, LADO,
          AllegationVariables.STEP_POST_ALLEGATION_MEETING, false, List.of(AllegationVariables.LAST_MEETING_ON),
          AllegationVariables.PAIM_HELD_ON, null, null, ALWAYS),
      new TaskFigure(OUTCOMES, AllegationVariables.TASK_POST_ALLEGATION_MEETING, LADO, null, false, List.of(),
          AllegationVariables.PAIM_HELD_ON, AllegationVariables.ALLEGATION_OUTCOME, null,
          v -> Boolean.TRUE.equals(v.bool(AllegationVariables.INVESTIGATION_CONCLUDED))),
      new TaskFigure(DBS_REFERRALS, AllegationVariables.TASK_CONSIDER_DBS_REFERRAL, LADO, null, false, List.of(),
          AllegationVariables.DBS_REFERRAL_MADE_ON, null, null,
          v -> Boolean.TRUE.equals(v.bool(AllegationVariables.DBS_REFERRAL_MADE))),
      timed(VISITS, "Task_VisitFosterCarer", StandardsOfCareVariables.STEP_SOC_VISIT, false,
          List.of(StandardsOfCareVariables.SOC_DECISION_ON), StandardsOfCareVariables.VISIT_DATE),
      timed(VISIT_RECORDS, "Task_SendVisitRecord", "SOC_VISIT_RECORD", false,
          List.of(StandardsOfCareVariables.VISIT_DATE), null),
      new TaskFigure(MEETINGS, "Task_HoldSocMeeting", STANDARDS_OF_CARE, StandardsOfCareVariables.STEP_SOC_MEETING,
          false, List.of(StandardsOfCareVariables.VISIT_DATE), StandardsOfCareVariables.MEETING_DATE,
          StandardsOfCareVariables.MEETING_OUTCOME, null, ALWAYS),
      timed(REPORTS_TO_CHAIR, "Task_SendReportToChair", StandardsOfCareVariables.STEP_REPORT_TO_CHAIR, true,
          List.of(StandardsOfCareVariables.MEETING_DATE), StandardsOfCareVariables.REPORT_SENT_TO_CHAIR_ON),
      timed(REPORTS_TO_CARER, "Task_SendReportToCarer", StandardsOfCareVariables.STEP_REPORT_TO_CARER, true,
          List.of(StandardsOfCareVariables.MEETING_DATE), StandardsOfCareVariables.REPORT_SENT_TO_CARER_ON),
      timed(MINUTES, "Task_IssueMinutes", "SOC_MINUTES", false, List.of(StandardsOfCareVariables.MEETING_DATE),
          StandardsOfCareVariables.MINUTES_ISSUED_ON),
      new TaskFigure(PANELS, AllegationVariables.TASK_FOSTERING_PANEL, null, null, false, List.of(),
          AllegationVariables.PANEL_DATE, AllegationVariables.PANEL_RECOMMENDATION, null, ALWAYS),
      new TaskFigure(AGENCY_DECISIONS, AllegationVariables.TASK_AGENCY_DECISION, null, AllegationVariables.STEP_ADM_DECISION,
          false, List.of(AllegationVariables.PANEL_DATE), null, AllegationVariables.ADM_DECISION, null, ALWAYS));

  private static TaskFigure timed(String figure, String taskKey, String step, boolean before, List<String> anchors,
      String doneOn) {
    return new TaskFigure(figure, taskKey, null, step, before, anchors, doneOn, null, null, ALWAYS);
  }

  static boolean isReferral(String route) {
    return ConcernTriageVariables.ALLEGATION.equals(route) || OversightNames.THRESHOLD_UNCLEAR.equals(route);
  }

  private static final Map<String, List<TaskFigure>> BY_TASK = TASK_FIGURES.stream()
      .collect(Collectors.groupingBy(TaskFigure::taskKey));

  static {
    // a task's timescale is worked out once, when it is created: one timed figure per task
    BY_TASK.forEach((key, figures) -> {
      if (figures.stream().filter(TaskFigure::timed).count() > 1) {
        throw new IllegalStateException("More than one timed figure for " + key);
      }
    });
  }

  private Figures() {}

  static List<TaskFigure> forTask(String taskKey) {
    return taskKey == null ? List.of() : BY_TASK.getOrDefault(taskKey, List.of());
  }

  static TaskFigure timedFigure(String taskKey) {
    return forTask(taskKey).stream().filter(TaskFigure::timed).findFirst().orElse(null);
  }

  static boolean isFigureTask(String taskKey) {
    return taskKey != null && BY_TASK.containsKey(taskKey);
  }

  /** The report a process's facts belong to, or null for processes no report counts. */
  public static String reportOf(String processKey) {
    if (processKey == null) {
      return null;
    }
    return switch (processKey) {
      case ConcernTriageVariables.PROCESS_KEY, AllegationVariables.PROCESS_KEY, OversightNames.SIGNIFICANT_HARM_PROCESS -> LADO;
      case StandardsOfCareVariables.PROCESS_KEY -> STANDARDS_OF_CARE;
      case EscalationVariables.PROCESS_KEY, OversightNames.MISSED_DEADLINE_PROCESS -> ESCALATIONS;
      default -> null;
    };
  }

  /**
   * The group whose work a process-level fact is: the LADO's for the LADO procedures, the fostering manager's for
   * Standards of Care (seed 001 4.1), the stage's group for an escalation, the late task's group for a chase.
   */
  static String groupOf(String processKey, CaseVariables variables) {
    if (processKey == null) {
      return null;
    }
    return switch (processKey) {
      case ConcernTriageVariables.PROCESS_KEY, AllegationVariables.PROCESS_KEY, OversightNames.SIGNIFICANT_HARM_PROCESS ->
          ConcernTriageVariables.GROUP_LADO;
      case StandardsOfCareVariables.PROCESS_KEY -> uk.fosteringconcerns.identity.Groups.FOSTERING_MANAGER;
      case EscalationVariables.PROCESS_KEY -> variables.text(EscalationVariables.CANDIDATE_GROUP);
      case OversightNames.MISSED_DEADLINE_PROCESS -> variables.text(OversightNames.LATE_TASK_GROUP);
      default -> null;
    };
  }

  /** Every variable a figure reads: always captured, whatever the configuration adds. */
  static Set<String> requiredVariables() {
    Set<String> names = new LinkedHashSet<>();
    for (TaskFigure figure : TASK_FIGURES) {
      names.addAll(figure.anchors());
      if (figure.doneOn() != null) {
        names.add(figure.doneOn());
      }
      if (figure.category() != null) {
        names.add(figure.category());
      }
    }
    names.addAll(List.of(ConcernTriageVariables.RECEIVED_ON, ConcernTriageVariables.LADO_DECISION,
        AllegationVariables.REFERRED_ON, AllegationVariables.INVESTIGATION_CONCLUDED,
        AllegationVariables.DBS_REFERRAL_MADE, OversightNames.THRESHOLD_MET, OversightNames.REPORTED_ON,
        StandardsOfCareVariables.RESIGNATION_RECEIVED_ON, EscalationVariables.RAISED_BY_GROUP,
        EscalationVariables.CURRENT_STAGE, EscalationVariables.CANDIDATE_GROUP, EscalationVariables.RESOLUTION_CONFIRMED,
        EscalationVariables.CAFCASS_REFERRED_ON, OversightNames.LATE_TASK_GROUP));
    names.removeAll(presenceOnlyVariables());
    return names;
  }

  /** Free-text variables of which only the presence is kept (never their text). */
  static Set<String> presenceOnlyVariables() {
    List<String> names = new ArrayList<>();
    for (TaskFigure figure : TASK_FIGURES) {
      if (figure.flag() != null) {
        names.add(figure.flag());
      }
    }
    return new LinkedHashSet<>(names);
  }
}
