package uk.fosteringconcerns.significantharm;

import java.util.List;

/**
 * Names of the process `significant-harm-report` (PROCESS-API section 7; seed 000 3.10, NMS 22.10 quoted in seed 001
 * section 2): a worker reports significant harm on a running case from Tasklist.
 */
public final class SignificantHarmVariables {

  public static final String PROCESS_KEY = "significant-harm-report";
  public static final String START_FORM = "report-significant-harm";
  public static final String SAFEGUARDING_FORM = "harm-safeguarding-referral";

  // start form report-significant-harm (PROCESS-API section 7)
  public static final String CASE_REFERENCE = "caseReference";
  public static final String HARM_DESCRIPTION = "harmDescription";
  public static final String REPORTED_ON = "reportedOn";
  /** The user who reported it (the form's submitter). */
  public static final String HARM_REPORTED_BY = "harmReportedBy";

  /** True when the case's Standards of Care work was running and has stopped. */
  public static final String STANDARDS_OF_CARE_STOPPED = "standardsOfCareStopped";
  /** True when the case already has a running Management of Allegations process when the LADO decides. */
  public static final String ALLEGATION_ALREADY_OPEN = "allegationAlreadyOpen";

  /** The case's values this process takes from the running case (and passes on to the procedure the LADO chooses). */
  public static final List<String> CASE_VARIABLES = List.of("carerId", "carerName", "childId", "concernSummary",
      "receivedOn", "raisedBy", "concernAboutOwnChild", "carerLivesInOtherAuthority", "childsSocialWorker",
      "fosteringSocialWorker", "childsIro", "ladoOfficer");
  /** The processes of a case whose values are taken, most specific first. */
  public static final List<String> CASE_PROCESSES = List.of("standards-of-care", "management-of-allegations",
      "concern-triage", PROCESS_KEY);

  // Task_MakeSafeguardingReferral (same names as in concern-triage)
  public static final String SAFEGUARDING_REFERRAL_MADE_ON = "safeguardingReferralMadeOn";
  public static final String SAFEGUARDING_REFERRED_TO = "safeguardingReferredTo";
  public static final String SAFEGUARDING_REFERRAL_NOTES = "safeguardingReferralNotes";

  // element ids
  public static final String EVENT_REPORTED = "Event_SignificantHarmReported";
  public static final String TASK_OPEN_HARM_REPORT = "Task_OpenHarmReport";
  public static final String TASK_STOP_STANDARDS_OF_CARE = "Task_StopStandardsOfCare";
  public static final String TASK_MAKE_SAFEGUARDING_REFERRAL = "Task_MakeSafeguardingReferral";
  public static final String TASK_NOTIFY_LADO = "Task_NotifyLadoOfHarm";
  public static final String TASK_RECOMMEND_ROUTE = "Task_RecommendRoute";
  public static final String TASK_LADO_DECISION = "Task_LadoDecision";
  public static final String TASK_CHECK_OPEN_ALLEGATION = "Task_CheckOpenAllegation";
  public static final String TASK_TELL_LADO_OF_OPEN_ALLEGATION = "Task_TellLadoOfOpenAllegation";
  public static final String ACTIVITY_MANAGEMENT_OF_ALLEGATIONS = "Activity_ManagementOfAllegations";
  public static final String ACTIVITY_STANDARDS_OF_CARE = "Activity_StandardsOfCare";
  public static final String TASK_HAND_OVER_TO_COMPLAINTS = "Task_HandOverToComplaints";
  public static final String EVENT_ADVICE_GIVEN = "Event_AdviceGiven";
  public static final String EVENT_ADDED_TO_OPEN_ALLEGATION = "Event_AddedToOpenAllegation";

  // notification templates
  public static final String TEMPLATE_REPORTED = "significant-harm-reported";
  public static final String TEMPLATE_OPEN_ALLEGATION = "significant-harm-open-allegation";

  private SignificantHarmVariables() {}
}
