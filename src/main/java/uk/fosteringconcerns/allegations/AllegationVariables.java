package uk.fosteringconcerns.allegations;

import java.util.List;

/**
 * Names and enumerated values of the process `management-of-allegations` (PROCESS-API section 2; seed 004 LADO report
 * sections 4 and 5.4; seed 002).
 */
public final class AllegationVariables {

  public static final String PROCESS_KEY = "management-of-allegations";

  /** Date of the referral to the LADO (the LADO decision in concern-triage). */
  public static final String REFERRED_ON = "referredOn";

  // Task_InitialEvaluationMeeting
  public static final String IEM_HELD_ON = "iemHeldOn";
  public static final String POLICE_INVESTIGATION = "policeInvestigation";
  public static final String INVESTIGATION_PLAN = "investigationPlan";

  // Task_InitialEvaluationMeeting: the threshold (seed 004 flowchart "Maybe", 6.1) and a late meeting's reason
  public static final String THRESHOLD_MET = "thresholdMet";
  public static final String IEM_LATE_REASON = "iemLateReason";
  /** The LADO's route, passed by concern-triage (ALLEGATION or THRESHOLD_UNCLEAR). */
  public static final String LADO_DECISION = "ladoDecision";
  public static final String HARM_CATEGORY = "harmCategory";

  // Task_PostAllegationMeeting
  public static final String PAIM_HELD_ON = "paimHeldOn";
  public static final String PAIM_NOTES = "paimNotes";
  public static final String INVESTIGATION_CONCLUDED = "investigationConcluded";
  public static final String ALLEGATION_OUTCOME = "allegationOutcome";
  public static final String OUTCOME_RATIONALE = "outcomeRationale";
  /** A child moved placement because of the allegation (seed 002): joint visit and follow-up whatever the outcome. */
  public static final String CHILD_MOVED_PLACEMENT = "childMovedPlacement";

  // Task_SendOutcomeLetter, Task_PanelDecision, Task_LadoAgreesNoEvaluationMeeting
  public static final String OUTCOME_LETTER_SENT_ON = "outcomeLetterSentOn";
  public static final String OUTCOME_LETTER_SENT_HOW = "outcomeLetterSentHow";
  public static final String OUTCOME_LETTER_NOTES = "outcomeLetterNotes";
  public static final String PRESENT_TO_PANEL = "presentToPanel";
  public static final String PANEL_DECISION_RATIONALE = "panelDecisionRationale";
  public static final String LADO_AGREES_NO_EVALUATION_MEETING = "ladoAgreesNoEvaluationMeeting";
  public static final String LADO_EVALUATION_COMMENT = "ladoEvaluationComment";
  // approval-review (carried back): the Agency Decision Maker's final decision after representations
  public static final String FINAL_ADM_DECISION = "finalAdmDecision";
  public static final String FINAL_ADM_RATIONALE = "finalAdmRationale";
  /** The IEM date, then the date of each PAIM: the next PAIM is due 28 days after it. */
  public static final String LAST_MEETING_ON = "lastMeetingOn";

  /** Output of `allegation-outcome-actions` (collect): a list of the action values below. */
  public static final String OUTCOME_ACTIONS = "outcomeActions";

  // Task_ConsiderDbsReferral
  public static final String DBS_REFERRAL_MADE = "dbsReferralMade";
  public static final String DBS_REFERRAL_MADE_ON = "dbsReferralMadeOn";
  public static final String DBS_RATIONALE = "dbsRationale";

  // Task_EvaluationMeetingDecision, Task_HoldEvaluationMeeting
  public static final String EVALUATION_MEETING_REQUIRED = "evaluationMeetingRequired";
  public static final String EVALUATION_MEETING_RATIONALE = "evaluationMeetingRationale";
  public static final String EVALUATION_MEETING_HELD_ON = "evaluationMeetingHeldOn";
  public static final String EVALUATION_MEETING_NOTES = "evaluationMeetingNotes";

  // Task_FosteringPanel, Task_AgencyDecision (forms shared with standards-of-care)
  public static final String PANEL_RECOMMENDATION = "panelRecommendation";
  public static final String PANEL_DATE = "panelDate";
  public static final String PANEL_MINUTES = "panelMinutes";
  public static final String ADM_DECISION = "admDecision";
  public static final String ADM_RATIONALE = "admRationale";
  public static final String CONTINUE_APPROVAL = "CONTINUE_APPROVAL";
  public static final String CHANGE_TERMS = "CHANGE_TERMS";
  public static final String TERMINATE_APPROVAL = "TERMINATE_APPROVAL";

  // Task_JointVisit
  public static final String JOINT_VISIT_ON = "jointVisitOn";
  public static final String CARERS_VISITED = "carersVisited";
  public static final String CHILDREN_VISITED = "childrenVisited";
  public static final String FOLLOW_UP_PLAN = "followUpPlan";

  // Task_IroReview, Task_LadoClosure (the checklist questions are fields of their forms)
  public static final String IRO_REVIEW_ON = "iroReviewOn";
  public static final String ALL_ACTIONS_COMPLETE = "allActionsComplete";
  public static final String CLOSURE_NOTES = "closureNotes";
  /** Answers of the seed 002 checklist questions. */
  public static final String DONE = "DONE";
  public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  // Task_ChecklistBothSocialWorkers (seed 002 "For action by both social workers"): each question is a field answered {@link #DONE} or {@link #NOT_APPLICABLE}
  public static final String BOTH_OUTCOME_UNDERSTOOD = "bothOutcomeUnderstood";
  public static final String BOTH_RECORDS_UPDATED = "bothRecordsUpdated";
  public static final String BOTH_REPAIR_RELATIONSHIPS = "bothRepairRelationships";
  public static final String BOTH_MOVED_CHILD_SAID_GOODBYE = "bothMovedChildSaidGoodbye";
  public static final String BOTH_RETURN_PLAN = "bothReturnPlan";
  public static final String BOTH_PLACEMENT_ARRANGEMENTS_REVIEWED = "bothPlacementArrangementsReviewed";
  public static final String BOTH_REPEAT_ALLEGATIONS_PLAN = "bothRepeatAllegationsPlan";
  public static final String BOTH_NOTES = "bothNotes";

  // Task_ChecklistFosteringSocialWorker (seed 002 "For Fostering Social Workers"): each question is a field answered {@link #DONE} or {@link #NOT_APPLICABLE}
  public static final String FSW_CARERS_SUPPORT_DISCUSSED = "fswCarersSupportDiscussed";
  public static final String FSW_SAFE_CARE_PLANS_UPDATED = "fswSafeCarePlansUpdated";
  public static final String FSW_DEVELOPMENT_PLAN_UPDATED = "fswDevelopmentPlanUpdated";
  public static final String FSW_LEARNING_RECORDED = "fswLearningRecorded";
  public static final String FSW_FURTHER_SUPPORT_CONSIDERED = "fswFurtherSupportConsidered";
  public static final String FSW_CARER_PROFILE_UPDATED = "fswCarerProfileUpdated";
  public static final String FSW_NOTES = "fswNotes";

  // Task_ChecklistChildsSocialWorker (seed 002 "For children's social workers"): each question is a field answered {@link #DONE} or {@link #NOT_APPLICABLE}
  public static final String CSW_CHILD_ADVISED_OF_OUTCOME = "cswChildAdvisedOfOutcome";
  public static final String CSW_LIFE_STORY_UPDATED = "cswLifeStoryUpdated";
  public static final String CSW_NETWORK_ADVISED = "cswNetworkAdvised";
  public static final String CSW_ADDITIONAL_SUPPORT_CONSIDERED = "cswAdditionalSupportConsidered";
  public static final String CSW_PLACEMENT_STABILITY_WORK = "cswPlacementStabilityWork";
  public static final String CSW_LEARNING_FOR_MATCHING = "cswLearningForMatching";
  public static final String CSW_RECORDED_IN_CHILDS_REVIEW = "cswRecordedInChildsReview";
  public static final String CSW_NOTES = "cswNotes";

  // Task_IroReview (seed 002 "For the IRO"): each question is a field answered {@link #DONE} or {@link #NOT_APPLICABLE}
  public static final String IRO_CHILD_INFORMED_OF_OUTCOME = "iroChildInformedOfOutcome";
  public static final String IRO_SAFEGUARDING_MEASURES_IN_PLACE = "iroSafeguardingMeasuresInPlace";
  public static final String IRO_SOCIAL_WORKERS_ACTIONS_COMPLETE = "iroSocialWorkersActionsComplete";
  public static final String IRO_NOTES = "iroNotes";

  // outcomes (seed 004 section 5.4)
  public static final String SUBSTANTIATED = "SUBSTANTIATED";
  public static final String UNSUBSTANTIATED = "UNSUBSTANTIATED";
  public static final String FALSE = "FALSE";
  public static final String MALICIOUS = "MALICIOUS";
  public static final String UNFOUNDED = "UNFOUNDED";
  public static final List<String> OUTCOMES = List.of(SUBSTANTIATED, UNSUBSTANTIATED, FALSE, MALICIOUS, UNFOUNDED);

  // actions (output `action` of allegation-outcome-actions)
  public static final String DBS_REFERRAL_CONSIDERATION = "DBS_REFERRAL_CONSIDERATION";
  public static final String EVALUATION_MEETING_DECISION = "EVALUATION_MEETING_DECISION";
  public static final String FOSTERING_PANEL = "FOSTERING_PANEL";
  public static final String JOINT_VISIT = "JOINT_VISIT";
  public static final String CHECKLIST_BOTH_SOCIAL_WORKERS = "CHECKLIST_BOTH_SOCIAL_WORKERS";
  public static final String CHECKLIST_FOSTERING_SOCIAL_WORKER = "CHECKLIST_FOSTERING_SOCIAL_WORKER";
  public static final String CHECKLIST_CHILDS_SOCIAL_WORKER = "CHECKLIST_CHILDS_SOCIAL_WORKER";
  public static final String IRO_REVIEW = "IRO_REVIEW";
  public static final String OUTCOME_LETTER = "OUTCOME_LETTER";
  public static final String PANEL_DECISION = "PANEL_DECISION";

  // decisions, steps, templates
  public static final String DECISION_OUTCOME_ACTIONS = "allegation-outcome-actions";
  public static final String DECISION_OUTPUT_ACTION = "action";
  public static final String STEP_INITIAL_EVALUATION_MEETING = "INITIAL_EVALUATION_MEETING";
  public static final String STEP_POST_ALLEGATION_MEETING = "POST_ALLEGATION_MEETING";
  public static final String STEP_ADM_DECISION = "ADM_DECISION";
  public static final String STEP_ALLEGATION_FOLLOW_UP = "ALLEGATION_FOLLOW_UP";
  public static final String TEMPLATE_ALLEGATION_OUTCOME = "allegation-outcome";

  // element ids
  public static final String EVENT_ALLEGATION_REFERRED = "Event_AllegationReferred";
  public static final String TASK_INITIAL_EVALUATION_MEETING = "Task_InitialEvaluationMeeting";
  public static final String TASK_POST_ALLEGATION_MEETING = "Task_PostAllegationMeeting";
  public static final String TASK_DECIDE_OUTCOME_ACTIONS = "Task_DecideOutcomeActions";
  public static final String TASK_NOTIFY_OUTCOME = "Task_NotifyOutcome";
  public static final String TASK_CONSIDER_DBS_REFERRAL = "Task_ConsiderDbsReferral";
  public static final String TASK_EVALUATION_MEETING_DECISION = "Task_EvaluationMeetingDecision";
  public static final String TASK_HOLD_EVALUATION_MEETING = "Task_HoldEvaluationMeeting";
  public static final String TASK_FOSTERING_PANEL = "Task_FosteringPanel";
  public static final String TASK_AGENCY_DECISION = "Task_AgencyDecision";
  public static final String TASK_JOINT_VISIT = "Task_JointVisit";
  public static final String TASK_CHECKLIST_BOTH_SOCIAL_WORKERS = "Task_ChecklistBothSocialWorkers";
  public static final String TASK_CHECKLIST_FOSTERING_SOCIAL_WORKER = "Task_ChecklistFosteringSocialWorker";
  public static final String TASK_CHECKLIST_CHILDS_SOCIAL_WORKER = "Task_ChecklistChildsSocialWorker";
  public static final String TASK_IRO_REVIEW = "Task_IroReview";
  public static final String TASK_SEND_OUTCOME_LETTER = "Task_SendOutcomeLetter";
  public static final String TASK_PANEL_DECISION = "Task_PanelDecision";
  public static final String TASK_LADO_AGREES_NO_EVALUATION_MEETING = "Task_LadoAgreesNoEvaluationMeeting";
  public static final String TASK_TELL_THRESHOLD_NOT_MET = "Task_TellThresholdNotMet";
  public static final String EVENT_THRESHOLD_NOT_MET = "Event_ThresholdNotMet";
  public static final String ACTIVITY_APPROVAL_REVIEW = "Activity_ApprovalReview";
  public static final String TASK_LADO_CLOSURE = "Task_LadoClosure";
  public static final String EVENT_ALLEGATION_CLOSED = "Event_AllegationClosed";

  private AllegationVariables() {}
}
