package uk.fosteringconcerns.resignation;

import java.util.List;

/**
 * Names of the process `carer-resignation` (PROCESS-API section 7; seed 001 5.3: a foster carer's written notice of
 * resignation, de-registration 28 calendar days later under the Fostering Services (England) Regulations 2011,
 * reg 28(13)).
 */
public final class CarerResignationVariables {

  public static final String PROCESS_KEY = "carer-resignation";
  public static final String START_FORM = "record-carer-resignation";

  // start form record-carer-resignation (PROCESS-API section 7)
  public static final String CARER_ID = "carerId";
  public static final String RESIGNATION_RECEIVED_ON = "resignationReceivedOn";

  /** The case references of the carer's open concerns when the notice came in, comma-separated. */
  public static final String OPEN_CONCERNS = "openConcerns";
  /** How many standards of care cases of the carer were closed at de-registration. */
  public static final String STANDARDS_OF_CARE_CASES_CLOSED = "standardsOfCareCasesClosed";
  /** When the carer was de-registered (engine clock at the de-registration date). */
  public static final String DEREGISTERED_ON = "deregisteredOn";

  /** The processes whose running cases are the carer's open concerns. */
  public static final List<String> CONCERN_PROCESSES = List.of("concern-triage", "standards-of-care",
      "management-of-allegations");
  public static final String STANDARDS_OF_CARE = "standards-of-care";

  // procedure-timescales
  public static final String STEP_DEREGISTRATION = "RESIGNATION_DEREGISTRATION";

  // element ids
  public static final String EVENT_RESIGNATION_RECEIVED = "Event_ResignationReceived";
  public static final String TASK_FIND_OPEN_CONCERNS = "Task_FindOpenConcerns";
  public static final String TASK_NOTIFY_PANEL_OF_RESIGNATION = "Task_NotifyPanelOfResignation";
  public static final String TASK_TELL_STANDARDS_OF_CARE_CASES = "Task_TellStandardsOfCareCases";
  public static final String EVENT_DEREGISTRATION_DATE = "Event_DeregistrationDate";
  public static final String TASK_CLOSE_STANDARDS_OF_CARE_CASES = "Task_CloseStandardsOfCareCases";
  public static final String EVENT_CARER_DEREGISTERED = "Event_CarerDeregistered";

  // notification templates
  public static final String TEMPLATE_PANEL = "soc-resignation-panel";
  public static final String TEMPLATE_DEREGISTERED = "soc-carer-deregistered";

  private CarerResignationVariables() {}
}
