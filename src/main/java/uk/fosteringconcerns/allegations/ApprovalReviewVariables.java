package uk.fosteringconcerns.allegations;

/**
 * Variables and element ids of process {@code approval-review}: representations after a proposal to terminate a
 * carer's approval or change its terms, and the final decision (seed 001 section 5.2; Fostering Services (England)
 * Regulations 2011, regulation 28).
 */
public final class ApprovalReviewVariables {

  public static final String PROCESS_KEY = "approval-review";

  // carried in from the calling procedure
  public static final String ADM_DECISION = "admDecision";
  public static final String ADM_RATIONALE = "admRationale";

  // kept by the model
  public static final String PROPOSAL_MADE_ON = "proposalMadeOn";
  public static final String REPRESENTATIONS_CLOSED_ON = "representationsClosedOn";
  public static final String FINAL_DECISION_FROM = "finalDecisionFrom";

  // approval-representations
  public static final String REPRESENTATIONS_RECEIVED = "representationsReceived";
  public static final String REPRESENTATIONS_SUMMARY = "representationsSummary";
  public static final String IRM_REQUESTED = "irmRequested";

  // irm-recommendation
  public static final String IRM_RECOMMENDATION_ON = "irmRecommendationOn";
  public static final String IRM_RECOMMENDATION = "irmRecommendation";

  // final-agency-decision (carried back out)
  public static final String FINAL_ADM_DECISION = "finalAdmDecision";
  public static final String FINAL_ADM_RATIONALE = "finalAdmRationale";

  // procedure-timescales steps and the template
  public static final String STEP_REPRESENTATIONS = "REPRESENTATIONS";
  public static final String STEP_RECORD_REPRESENTATIONS = "APPROVAL_REVIEW_RECORD";
  public static final String STEP_IRM_REVIEW = "IRM_REVIEW";
  public static final String STEP_FINAL_DECISION = "ADM_DECISION";
  public static final String TEMPLATE_APPROVAL_PROPOSAL = "approval-proposal";

  // element ids
  public static final String TASK_TELL_CARER_OF_PROPOSAL = "Task_TellCarerOfProposal";
  public static final String EVENT_REPRESENTATIONS_PERIOD_ENDS = "Event_RepresentationsPeriodEnds";
  public static final String TASK_RECORD_REPRESENTATIONS = "Task_RecordRepresentations";
  public static final String TASK_RECORD_IRM_RECOMMENDATION = "Task_RecordIrmRecommendation";
  public static final String TASK_FINAL_AGENCY_DECISION = "Task_FinalAgencyDecision";
  public static final String EVENT_FINAL_DECISION_MADE = "Event_FinalDecisionMade";

  private ApprovalReviewVariables() {}
}
