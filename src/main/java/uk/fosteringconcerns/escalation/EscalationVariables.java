package uk.fosteringconcerns.escalation;

/** Variable names and values of the `escalation` process (PROCESS-API section 2, seed 004 section 10). */
public final class EscalationVariables {

  public static final String PROCESS_KEY = "escalation";
  public static final String LADDER_DECISION = "escalation-ladder";
  public static final String START_FORM = "escalation-start";

  // start
  public static final String SUBJECT = "subject";
  public static final String CASE_REFERENCE = "caseReference";
  public static final String RAISED_BY_GROUP = "raisedByGroup";
  public static final String START_STAGE = "startStage";

  // the ladder
  public static final String CURRENT_STAGE = "currentStage";
  public static final String STAGE = "stage";
  public static final String STAGE_NAME = "stageName";
  public static final String CANDIDATE_GROUP = "candidateGroup";
  public static final String RESPONSE_WORKING_DAYS = "responseWorkingDays";
  public static final String STAGE_STARTED_ON = "stageStartedOn";
  public static final String STAGE_RAN_OUT_ON = "stageRanOutOn";

  // tasks
  public static final String RESOLVED = "resolved";
  public static final String RESPONSE = "response";
  public static final String RESOLUTION_CONFIRMED = "resolutionConfirmed";
  public static final String CONFIRMATION_NOTES = "confirmationNotes";
  public static final String CAFCASS_REFERRED_ON = "cafcassReferredOn";
  public static final String CAFCASS_REFERRAL_NOTES = "cafcassReferralNotes";

  public static final int FIRST_STAGE = 0;
  public static final int LAST_STAGE = 4;

  // element ids
  public static final String TASK_RESPOND = "Task_RespondToEscalation";
  public static final String TASK_CONFIRM = "Task_ConfirmResolution";
  public static final String TASK_REFER_TO_CAFCASS = "Task_ReferToCafcass";
  public static final String EVENT_RESPONSE_OVERDUE = "Event_ResponseOverdue";

  private EscalationVariables() {}
}
