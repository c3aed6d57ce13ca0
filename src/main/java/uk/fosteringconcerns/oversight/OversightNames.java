package uk.fosteringconcerns.oversight;

import java.util.List;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.misseddeadline.MissedDeadlineVariables;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * The names the oversight figures read (PROCESS-API sections 2, 7, 8 and 9), taken from the capabilities' variables
 * classes where they live, and the reports' own names.
 */
public final class OversightNames {

  // PROCESS-API section 2 (concern-triage, management-of-allegations)
  public static final String THRESHOLD_UNCLEAR = ConcernTriageVariables.THRESHOLD_UNCLEAR;
  public static final String HARM_CATEGORY = ConcernTriageVariables.HARM_CATEGORY;
  public static final String IEM_LATE_REASON = AllegationVariables.IEM_LATE_REASON;
  public static final String THRESHOLD_MET = AllegationVariables.THRESHOLD_MET;
  public static final String PERSONAL_LIFE_SAFEGUARDING_CONCERN =
      ConcernTriageVariables.PERSONAL_LIFE_SAFEGUARDING_CONCERN;
  /** The harm categories of PROCESS-API section 2 (seed 004 LADO report 5.3, referral type). */
  public static final List<String> HARM_CATEGORIES =
      List.of("PHYSICAL", "EMOTIONAL", "SEXUAL", "NEGLECT", "PROFESSIONAL_BOUNDARIES", "OTHER");

  // PROCESS-API section 7 (significant-harm-report): the LADO decides again, counted from the report
  public static final String SIGNIFICANT_HARM_PROCESS = "significant-harm-report";
  public static final String REPORTED_ON = "reportedOn";

  // PROCESS-API section 8 (missed-deadline)
  public static final String MISSED_DEADLINE_PROCESS = MissedDeadlineVariables.PROCESS_KEY;
  public static final String LATE_TASK_ID = MissedDeadlineVariables.LATE_TASK_ID;
  public static final String LATE_TASK_NAME = MissedDeadlineVariables.LATE_TASK_NAME;
  public static final String LATE_TASK_GROUP = MissedDeadlineVariables.LATE_TASK_GROUP;
  public static final String DUE_ON = MissedDeadlineVariables.DUE_ON;

  // reports (PROCESS-API section 9)
  public static final String LADO = "LADO";
  public static final String STANDARDS_OF_CARE = "SOC";
  public static final String ESCALATIONS = "ESCALATION";

  /** The Cafcass "stage" of an escalation that left the authority's ladder (seed 004 IRO report 10.3). */
  public static final String CAFCASS = "CAFCASS";

  private OversightNames() {}
}
