package uk.fosteringconcerns.records;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/** The product's coded values in a worker's (and a foster carer's) words, for chronologies and documents. */
public final class RecordWords {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

  private RecordWords() {}

  /** The LADO's route decision (PROCESS-API section 2, ladoDecision). */
  public static String route(String value) {
    if (value == null) {
      return "";
    }
    return switch (value) {
      case ConcernTriageVariables.ALLEGATION -> "allegation (Management of Allegations)";
      case "THRESHOLD_UNCLEAR" -> "threshold unclear: the Initial Evaluation Meeting decides";
      case ConcernTriageVariables.STANDARDS_OF_CARE -> "Standards of Care";
      case ConcernTriageVariables.COMPLAINT -> "complaint (complaints procedure)";
      case ConcernTriageVariables.NO_FURTHER_ACTION -> "no further action, advice given";
      default -> value;
    };
  }

  /** The outcome of a Standards of Care meeting (meetingOutcome). */
  public static String meetingOutcome(String value) {
    if (value == null) {
      return "";
    }
    return switch (value) {
      case StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION -> "no further action";
      case StandardsOfCareVariables.OUTCOME_ACTION_PLAN -> "an action plan to remedy the concerns";
      case StandardsOfCareVariables.OUTCOME_BRING_FORWARD_ANNUAL_REVIEW -> "the foster carer's annual review brought forward";
      case StandardsOfCareVariables.OUTCOME_REFER_TO_PANEL -> "referral to the fostering panel";
      default -> value;
    };
  }

  /** Why a Standards of Care meeting was convened (meetingReason). */
  public static String meetingReason(String value) {
    if (value == null) {
      return "";
    }
    return switch (value) {
      case StandardsOfCareVariables.REASON_DORSET_ALWAYS -> "a Standards of Care meeting follows every discussion with the foster carer";
      case StandardsOfCareVariables.REASON_THREE_CONCERNS -> "three standards of care issues within 12 months";
      case StandardsOfCareVariables.REASON_PATTERN_EMERGING -> "a pattern of standards of care concerns is emerging";
      case StandardsOfCareVariables.REASON_CARER_REFUSED -> "the foster carer refused to cooperate with the action plan";
      case StandardsOfCareVariables.REASON_ACTIONS_NOT_COMPLETED -> "the agreed actions were not completed in time";
      case StandardsOfCareVariables.REASON_DEEMED_SIGNIFICANT -> "the concern is significant enough to need a meeting";
      default -> value;
    };
  }

  /** An allegation outcome's name (Dorset LADO annual report 2020/21, 5.4). */
  public static String allegationOutcome(String value) {
    if (value == null) {
      return "";
    }
    return switch (value) {
      case AllegationVariables.SUBSTANTIATED -> "Substantiated";
      case AllegationVariables.UNSUBSTANTIATED -> "Unsubstantiated";
      case AllegationVariables.FALSE -> "False (not true)";
      case AllegationVariables.MALICIOUS -> "Malicious";
      case AllegationVariables.UNFOUNDED -> "Unfounded";
      default -> value;
    };
  }

  /** What an allegation outcome means, in plain words (Dorset LADO annual report 2020/21, 5.4). */
  public static String allegationOutcomeMeaning(String value) {
    if (value == null) {
      return "";
    }
    return switch (value) {
      case AllegationVariables.SUBSTANTIATED -> "there is enough evidence to prove the allegation";
      case AllegationVariables.UNSUBSTANTIATED -> "there is not enough evidence either to prove or to disprove the allegation";
      case AllegationVariables.FALSE -> "there is enough evidence to disprove the allegation";
      case AllegationVariables.MALICIOUS -> "there is clear evidence that the allegation was a deliberate act to deceive and is entirely false";
      case AllegationVariables.UNFOUNDED -> "there is no evidence or proper basis to support the allegation";
      default -> "";
    };
  }

  /** A fostering panel recommendation or an agency decision (panelRecommendation, admDecision). */
  public static String approval(String value) {
    if (value == null) {
      return "";
    }
    return switch (value) {
      case StandardsOfCareVariables.CONTINUE_APPROVAL -> "continue the foster carer's approval";
      case StandardsOfCareVariables.CHANGE_TERMS -> "change the terms of the foster carer's approval";
      case StandardsOfCareVariables.TERMINATE_APPROVAL -> "terminate the foster carer's approval";
      default -> value;
    };
  }

  /** How the report was shared with the carer (reportSharedHow, Dudley Appendix 1). */
  public static String sharedHow(String value) {
    if (value == null) {
      return "";
    }
    return switch (value) {
      case StandardsOfCareVariables.SHARED_BY_SECURE_EMAIL -> "secure e-mail";
      case StandardsOfCareVariables.SHARED_BY_RECORDED_DELIVERY -> "recorded delivery";
      case StandardsOfCareVariables.SHARED_FACE_TO_FACE -> "face to face";
      default -> value;
    };
  }

  /** The running procedure's title as users know it. */
  public static String procedureTitle(String profile) {
    return "dudley".equals(profile) ? "Dudley Standards of Care procedure" : "Dorset Standards of Care guidance";
  }

  /** A date (Date, LocalDate or ISO text) as "2 March 2026", London time; empty when absent. */
  public static String day(Object value) {
    LocalDate date = toLocalDate(value);
    return date == null ? "" : DAY.format(date);
  }

  /** A date and time as "2 March 2026, 10:00", London time; empty when absent. */
  public static String dayAndTime(Date value) {
    return value == null ? "" : DAY_AND_TIME.format(ZonedDateTime.ofInstant(value.toInstant(), Deadlines.LONDON));
  }

  public static String yesNo(Object value) {
    if (value instanceof Boolean b) {
      return b ? "Yes" : "No";
    }
    return "";
  }

  static LocalDate toLocalDate(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return Deadlines.toLocalDate(value);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
