package uk.fosteringconcerns.standardsofcare;

/**
 * Names and enumerated values of the `standards-of-care` process and the `soc-meeting-trigger` decision
 * (PROCESS-API section 2; seeds 000 section 3 and 001 sections 4-5). Delegates, rules and tests use these.
 */
public final class StandardsOfCareVariables {

  public static final String PROCESS_KEY = "standards-of-care";
  public static final String MEETING_TRIGGER_DECISION = "soc-meeting-trigger";
  /** Which optional steps the running profile's procedure has (seed 000 for dorset, seed 001 for dudley). */
  public static final String PROFILE_STEPS_DECISION = "soc-profile-steps";
  public static final String START_FORM = "soc-intake";
  public static final String VISIT_FORM = "soc-visit";
  public static final String MINUTES_FORM = "soc-minutes";
  public static final String CALLED_ALLEGATIONS_PROCESS = "management-of-allegations";
  /** Processes whose cases count as earlier concerns about a carer. */
  public static final String CONCERN_TRIAGE_PROCESS = "concern-triage";

  // messages
  public static final String MESSAGE_SIGNIFICANT_HARM = "SignificantHarmIdentified";
  public static final String MESSAGE_CARER_RESIGNATION = "CarerResignationReceived";
  /** Sent by carer-resignation when the carer is de-registered (seed 001 5.3): the case closes. */
  public static final String MESSAGE_CARER_DEREGISTERED = "CarerDeregistered";

  // soc-profile-steps: the steps (input `step`) and the case variables holding the answer (output `runs`)
  public static final String STEP_DIRECT_START = "DIRECT_START";
  public static final String STEP_VISIT_FROM_RECEIPT = "VISIT_FROM_RECEIPT";
  public static final String STEP_MANAGER_CONSIDERS_MEETING = "MANAGER_CONSIDERS_MEETING";
  public static final String STEP_FOSTERING_NETWORK_REFERRAL = "FOSTERING_NETWORK_REFERRAL";
  public static final String STEP_WRITTEN_REPORT = "WRITTEN_REPORT";
  public static final String STEP_MEETING_DEADLINE = "MEETING_DEADLINE";
  public static final String STEP_SHARE_LEARNING = "SHARE_LEARNING";
  public static final String PROFILE_STEPS_INPUT_STEP = "step";
  public static final String PROFILE_STEPS_OUTPUT_RUNS = "runs";
  public static final String VISIT_FROM_RECEIPT = "visitFromReceipt";
  public static final String MANAGER_CONSIDERS_MEETING = "managerConsidersMeeting";
  public static final String FOSTERING_NETWORK_REFERRAL = "fosteringNetworkReferral";
  public static final String WRITTEN_REPORT = "writtenReport";
  public static final String MEETING_DEADLINE = "meetingDeadline";
  public static final String SHARE_LEARNING = "shareLearning";
  /** The steps decided when a case opens, each kept in its case variable (the gateways read them). */
  public static final java.util.Map<String, String> CASE_STEPS = java.util.Map.of(
      STEP_VISIT_FROM_RECEIPT, VISIT_FROM_RECEIPT,
      STEP_MANAGER_CONSIDERS_MEETING, MANAGER_CONSIDERS_MEETING,
      STEP_FOSTERING_NETWORK_REFERRAL, FOSTERING_NETWORK_REFERRAL,
      STEP_WRITTEN_REPORT, WRITTEN_REPORT,
      STEP_MEETING_DEADLINE, MEETING_DEADLINE,
      STEP_SHARE_LEARNING, SHARE_LEARNING);
  /** Every step of soc-profile-steps. */
  public static final java.util.List<String> PROFILE_STEPS = java.util.List.of(STEP_DIRECT_START,
      STEP_VISIT_FROM_RECEIPT, STEP_MANAGER_CONSIDERS_MEETING, STEP_FOSTERING_NETWORK_REFERRAL, STEP_WRITTEN_REPORT,
      STEP_MEETING_DEADLINE, STEP_SHARE_LEARNING);
  /** The date the visit's 5 working days count from: the decision (seed 000 3.2) or the receipt (seed 001 4.2). */
  public static final String VISIT_COUNTS_FROM = "visitCountsFrom";
  /**
   * When the information this Standards of Care work acts on was received, if not `receivedOn`: significant-harm-report
   * passes the date the new information came to light when the LADO sends the case back to Standards of Care.
   */
  public static final String INFORMATION_RECEIVED_ON = "informationReceivedOn";

  // NMS 22.10 (quoted in seed 001 section 2): a concern about a carer with an open or unproven allegation
  public static final String ALLEGATION_FLAG = "allegationFlag";
  public static final String ALLEGATION_FLAG_REASON = "allegationFlagReason";
  public static final String FLAGGED_ALLEGATIONS = "flaggedAllegations";
  public static final String SEPARATE_STANDARDS_MATTER = "separateStandardsMatter";
  public static final String SEPARATE_MATTER_RATIONALE = "separateMatterRationale";
  public static final String FLAG_OPEN_ALLEGATION = "OPEN_ALLEGATION";
  public static final String FLAG_ALLEGATION_NOT_PROVEN = "ALLEGATION_NOT_PROVEN_IN_LAST_12_MONTHS";
  public static final String FLAG_BOTH = "OPEN_AND_NOT_PROVEN_ALLEGATIONS";
  /** Set when significant harm stopped the case's Standards of Care work (seed 000 3.10): no longer a SoC issue. */
  public static final String SOC_STOPPED_ON = "socStoppedOn";

  // intake (given by concern-triage or the start form soc-intake)
  public static final String CASE_REFERENCE = "caseReference";
  public static final String SOC_DECISION_ON = "socDecisionOn";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String CARER_ID = "carerId";
  public static final String CARER_NAME = "carerName";
  public static final String CHILD_ID = "childId";
  public static final String CONCERN_SUMMARY = "concernSummary";
  public static final String RAISED_BY = "raisedBy";
  public static final String PROFILE = "profile";

  // Task_VisitFosterCarer, Task_SendVisitRecord
  public static final String VISIT_DATE = "visitDate";
  public static final String STANDARDS_BREACHED = "standardsBreached";
  public static final String ACTION_PLAN = "actionPlan";
  public static final String ACTIONS_DUE_ON = "actionsDueOn";
  public static final String CARER_AGREES_ACTIONS = "carerAgreesActions";
  public static final String DISCUSSED_WITH_CHILD = "discussedWithChild";
  public static final String NOT_DISCUSSED_WITH_CHILD_REASON = "notDiscussedWithChildReason";
  public static final String RECORD_SIGNED_BY_CARER = "recordSignedByCarer";
  public static final String RECORD_NOT_SIGNED_REASON = "recordNotSignedReason";

  // meeting decision (soc-meeting-trigger inputs and outputs; Task_ConsiderSocMeeting; Task_CheckActions)
  public static final String CONCERNS_IN_LAST_12_MONTHS = "concernsInLast12Months";
  public static final String PATTERN_EMERGING = "patternEmerging";
  public static final String CARER_REFUSED_TO_COOPERATE = "carerRefusedToCooperate";
  public static final String ACTIONS_OVERDUE = "actionsOverdue";
  public static final String DEEMED_SIGNIFICANT = "deemedSignificant";
  public static final String CONSIDERATION_NOTES = "considerationNotes";
  public static final String ACTIONS_REVIEW_NOTES = "actionsReviewNotes";
  public static final String MEETING_REQUIRED = "meetingRequired";
  public static final String MEETING_REASON = "meetingReason";
  public static final String MEETING_DECIDED_ON = "meetingDecidedOn";
  /** When business support was asked to arrange the meeting (the decision, or the last request to re-arrange it). */
  public static final String ARRANGE_MEETING_FROM = "arrangeMeetingFrom";
  /** When the meeting should be held by: SOC_MEETING after the visit (seed 000 3.6). */
  public static final String MEETING_DUE_BY = "meetingDueBy";

  // meetingReason values
  public static final String REASON_DORSET_ALWAYS = "DORSET_ALWAYS";
  public static final String REASON_THREE_CONCERNS = "THREE_CONCERNS_IN_12_MONTHS";
  public static final String REASON_PATTERN_EMERGING = "PATTERN_EMERGING";
  public static final String REASON_CARER_REFUSED = "CARER_REFUSED_TO_COOPERATE";
  public static final String REASON_ACTIONS_NOT_COMPLETED = "ACTIONS_NOT_COMPLETED";
  public static final String REASON_DEEMED_SIGNIFICANT = "DEEMED_SIGNIFICANT";
  public static final String REASON_NO_TRIGGER = "NO_TRIGGER";

  // meeting preparation
  public static final String FOSTERING_NETWORK_REFERRAL_MADE = "fosteringNetworkReferralMade";
  public static final String FOSTERING_NETWORK_NOT_REFERRED_REASON = "fosteringNetworkNotReferredReason";
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_ARRANGEMENTS = "meetingArrangements";
  /** Dorset: why the meeting is arranged after the "hold the meeting by" date (seed 000 3.6). */
  public static final String MEETING_LATE_REASON = "meetingLateReason";
  /** Invitations (seed 001 4.3, seed 000 3.6): the carer's and the independent support worker's e-mail addresses. */
  public static final String CARER_EMAIL = "carerEmail";
  public static final String SUPPORT_WORKER_EMAIL = "supportWorkerEmail";
  /** When the carer had the report (seed 001 4.3: at least 10 calendar days before the meeting). */
  public static final String REPORT_RECEIVED_BY_CARER_ON = "reportReceivedByCarerOn";
  /** Did the chair (5 clear working days) and the carer (10 calendar days) have the report in time? */
  public static final String REPORT_RECEIVED_IN_TIME = "reportReceivedInTime";
  public static final String REPORT_TO_CHAIR_BY = "reportToChairBy";
  public static final String REPORT_TO_CARER_BY = "reportToCarerBy";
  public static final String REPORT_DUE_BY = "reportDueBy";
  public static final String REPORT_IN_TIME = "reportInTime";
  public static final String REPORT_APPROVED = "reportApproved";
  public static final String QA_COMMENTS = "qaComments";
  public static final String REPORT_SENT_TO_CHAIR_ON = "reportSentToChairOn";
  public static final String REPORT_SENT_TO_CARER_ON = "reportSentToCarerOn";
  public static final String REPORT_SHARED_HOW = "reportSharedHow";
  public static final String CARER_CONFIRMED_RECEIPT = "carerConfirmedReceipt";
  public static final String CARER_TOLD_OF_RIGHT_TO_RESPOND = "carerToldOfRightToRespond";
  public static final String CARER_RESPONSE_RECEIVED = "carerResponseReceived";
  public static final String CARER_RESPONSE = "carerResponse";

  // the report (seed 001 Appendix 1)
  public static final String REPORT_REASON = "reportReason";
  public static final String FOSTERING_CAREER_OVERVIEW = "fosteringCareerOverview";
  public static final String PREVIOUS_CONCERNS_CHRONOLOGY = "previousConcernsChronology";
  public static final String INVESTIGATION_DETAILS = "investigationDetails";
  public static final String CONSULTATION_SUMMARY = "consultationSummary";
  public static final String CURRENT_SITUATION_AND_IMPACT = "currentSituationAndImpact";
  public static final String WORKING_WELL = "workingWell";
  public static final String WORRIED_ABOUT = "worriedAbout";
  public static final String NEEDS_TO_HAPPEN_NEXT = "needsToHappenNext";
  public static final String REPORT_APPENDICES = "reportAppendices";
  // the report's header (seed 001 Appendix 1), read by records.documents.DocumentModels
  public static final String FOSTER_CARERS = "fosterCarers";
  public static final String HOUSEHOLD_MEMBERS = "householdMembers";
  public static final String CARER_ADDRESS = "carerAddress";
  public static final String FOSTERING_TEAM = "fosteringTeam";
  public static final String REGISTRATION_DATE = "registrationDate";
  public static final String REGISTRATION_TERMS = "registrationTerms";
  public static final String INVESTIGATING_WORKER = "investigatingWorker";
  public static final String FOSTERING_TEAM_MANAGER = "fosteringTeamManager";
  public static final String CHILDRENS_TEAM_MANAGER = "childrensTeamManager";

  // meeting and after
  /** False when the meeting did not take place: it is re-arranged. */
  public static final String MEETING_HELD = "meetingHeld";
  public static final String MEETING_NOT_HELD_REASON = "meetingNotHeldReason";
  public static final String MEETING_OUTCOME = "meetingOutcome";
  /** With a referral to panel, the annual review may be brought forward too (seed 000 3.8). */
  public static final String ALSO_BRING_FORWARD_ANNUAL_REVIEW = "alsoBringForwardAnnualReview";
  /** Who attended, recorded by business support with the minutes (seed 001 4.3 list of attendees). */
  public static final String MEETING_ATTENDEES = "meetingAttendees";
  public static final String MEETING_APOLOGIES = "meetingApologies";
  // meetingAttendees values: the invitation list of seed 001 4.3 and the attendees of seed 000 3.6
  public static final String ATTENDED_CHAIR = "CHAIR";
  public static final String ATTENDED_FOSTER_CARER = "FOSTER_CARER";
  public static final String ATTENDED_SUPPORT_WORKER = "INDEPENDENT_SUPPORT_WORKER";
  public static final String ATTENDED_SUPERVISING_SOCIAL_WORKER = "SUPERVISING_SOCIAL_WORKER";
  public static final String ATTENDED_SUPERVISING_MANAGER = "SUPERVISING_SOCIAL_WORKER_MANAGER";
  public static final String ATTENDED_CHILDS_SOCIAL_WORKER = "CHILDS_SOCIAL_WORKER";
  public static final String ATTENDED_CHILDS_TEAM_MANAGER = "CHILDS_TEAM_MANAGER";
  public static final String ATTENDED_MINUTE_TAKER = "MINUTE_TAKER";
  public static final String ATTENDED_IRO = "INDEPENDENT_REVIEWING_OFFICER";
  public static final String ATTENDED_CHILD_OR_FAMILY = "CHILD_OR_FAMILY";
  public static final String RECOMMENDATIONS = "recommendations";
  public static final String MEETING_ACTION_PLAN = "meetingActionPlan";
  public static final String MEETING_ACTIONS_DUE_ON = "meetingActionsDueOn";
  public static final String MEETING_ACTIONS_COMPLETED = "meetingActionsCompleted";
  public static final String MINUTES_ISSUED_ON = "minutesIssuedOn";
  public static final String MINUTES_SIGNED_BY_CARER = "minutesSignedByCarer";
  public static final String MINUTES_NOT_SIGNED_REASON = "minutesNotSignedReason";
  public static final String MINUTES_ON_CHILD_RECORD = "minutesOnChildRecord";
  public static final String MINUTES_ON_CARER_RECORD = "minutesOnCarerRecord";
  public static final String ANNUAL_REVIEW_DATE = "annualReviewDate";
  public static final String ANNUAL_REVIEW_NOTES = "annualReviewNotes";
  public static final String LEARNING_SUMMARY = "learningSummary";
  public static final String LEARNING_SHARED_WITH_TEAM = "learningSharedWithTeam";
  public static final String LEARNING_FOR_ANNUAL_REVIEW = "learningForAnnualReview";

  // meetingOutcome values
  public static final String OUTCOME_NO_FURTHER_ACTION = "NO_FURTHER_ACTION";
  public static final String OUTCOME_ACTION_PLAN = "ACTION_PLAN";
  public static final String OUTCOME_BRING_FORWARD_ANNUAL_REVIEW = "BRING_FORWARD_ANNUAL_REVIEW";
  public static final String OUTCOME_REFER_TO_PANEL = "REFER_TO_PANEL";

  // panel and Agency Decision Maker (shared forms fostering-panel, agency-decision)
  public static final String PANEL_RECOMMENDATION = "panelRecommendation";
  public static final String PANEL_DATE = "panelDate";
  public static final String PANEL_MINUTES = "panelMinutes";
  public static final String ADM_DECISION = "admDecision";
  public static final String ADM_RATIONALE = "admRationale";
  public static final String TERMINATION_PROPOSED_ON = "terminationProposedOn";
  public static final String REPRESENTATIONS_RECEIVED = "representationsReceived";
  public static final String REPRESENTATIONS_SUMMARY = "representationsSummary";
  public static final String IRM_REQUESTED = "irmRequested";
  public static final String IRM_RECOMMENDATION = "irmRecommendation";
  public static final String FINAL_ADM_DECISION = "finalAdmDecision";
  public static final String FINAL_ADM_RATIONALE = "finalAdmRationale";

  // panelRecommendation / admDecision / finalAdmDecision values
  public static final String CONTINUE_APPROVAL = "CONTINUE_APPROVAL";
  public static final String CHANGE_TERMS = "CHANGE_TERMS";
  public static final String TERMINATE_APPROVAL = "TERMINATE_APPROVAL";

  // reportSharedHow values (seed 001 Appendix 1)
  public static final String SHARED_BY_SECURE_EMAIL = "SECURE_EMAIL";
  public static final String SHARED_BY_RECORDED_DELIVERY = "RECORDED_DELIVERY";
  public static final String SHARED_FACE_TO_FACE = "FACE_TO_FACE";

  // resignation (seed 001 5.3)
  public static final String RESIGNATION_RECEIVED_ON = "resignationReceivedOn";
  public static final String CONCERNS_SUMMARY_FOR_PANEL = "concernsSummaryForPanel";
  public static final String CONCERNS_DOCUMENTED_ON_FILE = "concernsDocumentedOnFile";
  public static final String PANEL_INFORMED_OF_CONCERNS = "panelInformedOfConcerns";

  // significant harm (seed 000 3.10): what management-of-allegations is given
  public static final String REFERRED_ON = "referredOn";

  // procedure-timescales steps used by the model
  public static final String STEP_SOC_VISIT = "SOC_VISIT";
  public static final String STEP_SOC_MEETING = "SOC_MEETING";
  public static final String STEP_REPORT_TO_CHAIR = "REPORT_TO_CHAIR";
  public static final String STEP_REPORT_TO_CARER = "REPORT_TO_CARER";
  public static final String STEP_SOC_SEPARATE_MATTER = "SOC_SEPARATE_MATTER";
  public static final String STEP_SOC_ARRANGE_MEETING = "SOC_ARRANGE_MEETING";


  // other elements
  public static final String TASK_SEND_INVITATIONS = "Task_SendInvitations";

  // user tasks (element ids)
  public static final String TASK_DOCUMENT_CONCERNS_FOR_PANEL = "Task_DocumentConcernsForPanel";
  public static final String TASK_VISIT_FOSTER_CARER = "Task_VisitFosterCarer";
  public static final String TASK_SEND_VISIT_RECORD = "Task_SendVisitRecord";
  public static final String TASK_CONSIDER_SOC_MEETING = "Task_ConsiderSocMeeting";
  public static final String TASK_CHECK_ACTIONS = "Task_CheckActions";
  public static final String TASK_REFER_TO_FOSTERING_NETWORK = "Task_ReferToFosteringNetwork";
  public static final String TASK_SCHEDULE_SOC_MEETING = "Task_ScheduleSocMeeting";
  public static final String TASK_WRITE_SOC_REPORT = "Task_WriteSocReport";
  public static final String TASK_QUALITY_ASSURE_REPORT = "Task_QualityAssureReport";
  public static final String TASK_SEND_REPORT_TO_CHAIR = "Task_SendReportToChair";
  public static final String TASK_SEND_REPORT_TO_CARER = "Task_SendReportToCarer";
  public static final String TASK_RECORD_CARER_RESPONSE = "Task_RecordCarerResponse";
  public static final String TASK_HOLD_SOC_MEETING = "Task_HoldSocMeeting";
  public static final String TASK_ISSUE_MINUTES = "Task_IssueMinutes";
  public static final String TASK_RECORD_SIGNED_MINUTES = "Task_RecordSignedMinutes";
  public static final String TASK_REVIEW_MEETING_ACTIONS = "Task_ReviewMeetingActions";
  public static final String TASK_BRING_FORWARD_ANNUAL_REVIEW = "Task_BringForwardAnnualReview";
  public static final String TASK_FOSTERING_PANEL = "Task_FosteringPanel";
  public static final String TASK_AGENCY_DECISION = "Task_AgencyDecision";
  /** Representations and the final decision: process approval-review (allegations.ApprovalReviewVariables). */
  public static final String ACTIVITY_APPROVAL_REVIEW = "Activity_ApprovalReview";
  public static final String TASK_RECORD_LEARNING = "Task_RecordLearning";
  public static final String TASK_CONFIRM_SEPARATE_MATTER = "Task_ConfirmSeparateMatter";

  // end events that mean the case was not (or is no longer) a standards of care issue
  public static final String EVENT_NOT_SEPARATE_STANDARDS_MATTER = "Event_NotSeparateStandardsMatter";
  public static final String EVENT_SOC_STOPPED_SIGNIFICANT_HARM = "Event_SocStoppedSignificantHarm";

  private StandardsOfCareVariables() {}
}
