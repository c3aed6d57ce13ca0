package uk.fosteringconcerns.triage;

import java.util.List;

/**
 * Names and enumerated values of the process `concern-triage` (PROCESS-API section 2): the contract's variables,
 * task ids and the helper variables of the model. Seeds 000 section 2, 001 section 4.1, 004 LADO report section 4.
 */
public final class ConcernTriageVariables {

  public static final String PROCESS_KEY = "concern-triage";
  public static final String START_FORM = "concern-intake";

  // start form concern-intake
  public static final String RECEIVED_ON = "receivedOn";
  public static final String CARER_ID = "carerId";
  public static final String CARER_NAME = "carerName";
  public static final String CHILD_ID = "childId";
  public static final String CONCERN_SUMMARY = "concernSummary";
  public static final String RAISED_BY = "raisedBy";
  public static final String CONCERN_ABOUT_OWN_CHILD = "concernAboutOwnChild";
  public static final String CARER_LIVES_IN_OTHER_AUTHORITY = "carerLivesInOtherAuthority";
  public static final String CASE_REFERENCE = "caseReference";
  /** Optional: who referred the concern, a category the LADO's report counts (seed 004 LADO report 5.2). */
  public static final String REFERRAL_SOURCE = "referralSource";

  // Task_InitialDiscussion
  public static final String HARMED_CHILD = "harmedChild";
  public static final String POSSIBLE_CRIMINAL_OFFENCE = "possibleCriminalOffence";
  public static final String RISK_OF_HARM_TO_CHILDREN = "riskOfHarmToChildren";
  public static final String UNSUITABLE_TO_WORK_WITH_CHILDREN = "unsuitableToWorkWithChildren";
  /** The seed 004 flowchart's fourth limb: behaviour in their personal life (transferable risk). */
  public static final String PERSONAL_LIFE_SAFEGUARDING_CONCERN = "personalLifeSafeguardingConcern";
  public static final String STANDARDS_OF_CARE_CONCERN = "standardsOfCareConcern";
  public static final String IS_COMPLAINT = "isComplaint";
  public static final String DISCUSSION_NOTES = "discussionNotes";

  /** Output of the decision `lado-threshold`. */
  public static final String RECOMMENDED_ROUTE = "recommendedRoute";
  /** When the LADO was told of the concern (engine clock): at receipt, PROCESS-API section 2. */
  public static final String LADO_NOTIFIED_ON = "ladoNotifiedOn";
  /** The LADO decision's two timescales, both kept for the LADO's report (seed 004 LADO report 6.2). */
  public static final String LADO_DECISION_DUE_IN_24_HOURS = "ladoDecisionDueIn24Hours";
  public static final String LADO_DECISION_DUE_IN_1_WORKING_DAY = "ladoDecisionDueIn1WorkingDay";

  // Task_LadoDecision
  public static final String LADO_DECISION = "ladoDecision";
  public static final String LADO_RATIONALE = "ladoRationale";
  public static final String LADO_ADVICE = "ladoAdvice";
  /** For ALLEGATION and THRESHOLD_UNCLEAR: the category of harm (seed 004 LADO report sections 2 and 5.3). */
  public static final String HARM_CATEGORY = "harmCategory";
  /** When the LADO decided (engine clock); passed on as referredOn / socDecisionOn. */
  public static final String LADO_DECISION_ON = "ladoDecisionOn";
  /** Name of the decision date in `standards-of-care`. */
  public static final String SOC_DECISION_ON = "socDecisionOn";

  // Task_HandOverToComplaints
  public static final String COMPLAINT_REFERRED_ON = "complaintReferredOn";
  public static final String COMPLAINTS_REFERENCE = "complaintsReference";
  public static final String HANDOVER_NOTES = "handoverNotes";

  // Task_MakeSafeguardingReferral
  public static final String SAFEGUARDING_REFERRAL_MADE_ON = "safeguardingReferralMadeOn";
  public static final String SAFEGUARDING_REFERRED_TO = "safeguardingReferredTo";
  public static final String SAFEGUARDING_REFERRAL_NOTES = "safeguardingReferralNotes";

  // Task_ReferToHomeAuthorityLado
  public static final String HOME_AUTHORITY_NAME = "homeAuthorityName";
  public static final String HOME_AUTHORITY_REFERRED_ON = "homeAuthorityReferredOn";
  public static final String JOINT_WORKING_AGREED = "jointWorkingAgreed";
  /** Which LADO leads when the carer lives elsewhere (seed 001 4.1): this authority's or the home authority's. */
  public static final String LEAD_AUTHORITY = "leadAuthority";
  public static final String LEAD_THIS_AUTHORITY = "THIS_AUTHORITY";
  public static final String LEAD_HOME_AUTHORITY = "HOME_AUTHORITY";
  public static final String HOME_AUTHORITY_NOTES = "homeAuthorityNotes";

  // routes (values of recommendedRoute and ladoDecision)
  public static final String ALLEGATION = "ALLEGATION";
  /** The seed 004 flowchart's "Maybe": the Initial Evaluation Meeting decides the threshold. */
  public static final String THRESHOLD_UNCLEAR = "THRESHOLD_UNCLEAR";
  public static final String STANDARDS_OF_CARE = "STANDARDS_OF_CARE";
  public static final String COMPLAINT = "COMPLAINT";
  public static final String NO_FURTHER_ACTION = "NO_FURTHER_ACTION";
  public static final List<String> ROUTES = List.of(ALLEGATION, THRESHOLD_UNCLEAR, STANDARDS_OF_CARE, COMPLAINT,
      NO_FURTHER_ACTION);

  // decisions, steps, groups, templates
  public static final String DECISION_LADO_THRESHOLD = "lado-threshold";
  public static final String STEP_NOTIFY_LADO = "NOTIFY_LADO";
  public static final String STEP_LADO_DECISION = "LADO_DECISION";
  public static final String STEP_LADO_DECISION_HOURS = "LADO_DECISION_HOURS";
  public static final String STEP_COMPLAINT_HANDOVER = "COMPLAINT_HANDOVER";
  public static final String TEMPLATE_LADO_NOTIFIED = "lado-notified";
  public static final String TEMPLATE_LADO_CONCERN_RECEIVED = "lado-concern-received";
  public static final String GROUP_LADO = "lado";
  public static final String GROUP_CHILDRENS_TEAM_MANAGER = "childrens-team-manager";

  // element ids
  public static final String EVENT_CONCERN_RECEIVED = "Event_ConcernReceived";
  public static final String TASK_INITIAL_DISCUSSION = "Task_InitialDiscussion";
  public static final String TASK_ASSESS_THRESHOLD = "Task_AssessThreshold";
  public static final String TASK_NOTIFY_LADO = "Task_NotifyLado";
  public static final String TASK_SEND_DISCUSSION_TO_LADO = "Task_SendDiscussionToLado";
  public static final String EVENT_DISCUSSION_RECORDED = "Event_DiscussionRecorded";
  public static final String TASK_LADO_DECISION = "Task_LadoDecision";
  public static final String ACTIVITY_MANAGEMENT_OF_ALLEGATIONS = "Activity_ManagementOfAllegations";
  public static final String ACTIVITY_STANDARDS_OF_CARE = "Activity_StandardsOfCare";
  public static final String TASK_HAND_OVER_TO_COMPLAINTS = "Task_HandOverToComplaints";
  public static final String TASK_MAKE_SAFEGUARDING_REFERRAL = "Task_MakeSafeguardingReferral";
  public static final String TASK_REFER_TO_HOME_AUTHORITY_LADO = "Task_ReferToHomeAuthorityLado";
  public static final String EVENT_ALLEGATION_CLOSED = "Event_AllegationClosed";
  public static final String EVENT_STANDARDS_OF_CARE_FINISHED = "Event_StandardsOfCareFinished";
  public static final String EVENT_HANDED_OVER_TO_COMPLAINTS = "Event_HandedOverToComplaints";
  public static final String EVENT_ADVICE_GIVEN = "Event_AdviceGiven";
  public static final String EVENT_SAFEGUARDING_REFERRAL_MADE = "Event_SafeguardingReferralMade";
  public static final String EVENT_HOME_AUTHORITY_LADO_INFORMED = "Event_HomeAuthorityLadoInformed";

  private ConcernTriageVariables() {}
}
