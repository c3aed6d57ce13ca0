package uk.fosteringconcerns.oversight;

import java.util.List;

/**
 * Names the oversight figures read that the contract fixes (PROCESS-API sections 2, 7, 8 and 9) but that no
 * capability's variables class holds yet; the rest are taken from those classes. Reports and groups, too.
 */
public final class OversightNames {

  // PROCESS-API section 2 (concern-triage, management-of-allegations)
  public static final String THRESHOLD_UNCLEAR = "THRESHOLD_UNCLEAR";
  public static final String HARM_CATEGORY = "harmCategory";
  public static final String IEM_LATE_REASON = "iemLateReason";
  public static final String THRESHOLD_MET = "thresholdMet";
  public static final String PERSONAL_LIFE_SAFEGUARDING_CONCERN = "personalLifeSafeguardingConcern";
  /** The harm categories of PROCESS-API section 2 (seed 004 LADO report 5.3, referral type). */
  public static final List<String> HARM_CATEGORIES =
      List.of("PHYSICAL", "EMOTIONAL", "SEXUAL", "NEGLECT", "PROFESSIONAL_BOUNDARIES", "OTHER");

  // PROCESS-API section 7 (significant-harm-report): the LADO decides again, counted from the report
  public static final String SIGNIFICANT_HARM_PROCESS = "significant-harm-report";
  public static final String REPORTED_ON = "reportedOn";

  // PROCESS-API section 8 (missed-deadline)
  public static final String MISSED_DEADLINE_PROCESS = "missed-deadline";
  public static final String LATE_TASK_ID = "lateTaskId";
  public static final String LATE_TASK_NAME = "lateTaskName";
  public static final String LATE_TASK_GROUP = "lateTaskGroup";
  public static final String DUE_ON = "dueOn";

  // reports (PROCESS-API section 9)
  public static final String LADO = "LADO";
  public static final String STANDARDS_OF_CARE = "SOC";
  public static final String ESCALATIONS = "ESCALATION";

  /** The Cafcass "stage" of an escalation that left the authority's ladder (seed 004 IRO report 10.3). */
  public static final String CAFCASS = "CAFCASS";

  private OversightNames() {}
}
