package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormSubmission;
import uk.fosteringconcerns.forms.FormValidation;
import uk.fosteringconcerns.timescales.Deadlines;

/** The date rules of the standards-of-care forms that a form-js schema cannot state. */
public final class SocDateRules {

  public static final String SCHEDULE_FORM = "soc-schedule-meeting";
  public static final String REPORT_TO_CARER_FORM = "soc-report-to-carer";
  public static final String REPORT_TO_CHAIR_FORM = "soc-report-to-chair";

  private SocDateRules() {}

  /** Every rule, for the Spring configuration and the engine-only fixture. */
  public static List<FormRule> all() {
    return List.of(intake(), visit(), minutes(), schedule(), reportToCarer(), reportToChair());
  }

  /** soc-intake: the information may have been received in the past, never in the future (PROCESS-API 2). */
  public static FormRule intake() {
    return rule(START_FORM, submission -> notInFuture(submission.values(), RECEIVED_ON));
  }

  /** soc-visit: the visit has happened; the actions are due on or after the visit (seed 001 4.2). */
  public static FormRule visit() {
    return rule(VISIT_FORM, submission -> {
      Map<String, Object> submitted = submission.values();
      notInFuture(submitted, VISIT_DATE);
      if (submitted.get(VISIT_DATE) instanceof Date visit && submitted.get(ACTIONS_DUE_ON) instanceof Date due
          && day(due).isBefore(day(visit))) {
        throw FormValidation.invalid(ACTIONS_DUE_ON, "must not be before the visit");
      }
    });
  }

  /** soc-minutes: minutes are issued after the meeting and not in the future (seed 000 3.7). */
  public static FormRule minutes() {
    return rule(MINUTES_FORM, submission -> {
      Map<String, Object> submitted = submission.values();
      notInFuture(submitted, MINUTES_ISSUED_ON);
      Object meeting = submission.existing(MEETING_DATE);
      if (submitted.get(MINUTES_ISSUED_ON) instanceof Date issued && meeting != null
          && day(issued).isBefore(Deadlines.toLocalDate(meeting))) {
        throw FormValidation.invalid(MINUTES_ISSUED_ON, "must not be before the meeting");
      }
    });
  }

  /**
   * soc-schedule-meeting: where the procedure sets a date by which the meeting is held (seed 000 3.6: within 10
   * working days of the discussion with the carer), a later date needs the reason recorded.
   */
  public static FormRule schedule() {
    return rule(SCHEDULE_FORM, submission -> {
      Map<String, Object> submitted = submission.values();
      Object dueBy = submission.existing(MEETING_DUE_BY);
      boolean deadline = Boolean.TRUE.equals(submission.existing(MEETING_DEADLINE));
      Object reason = submitted.get(MEETING_LATE_REASON);
      if (deadline && dueBy != null && submitted.get(MEETING_DATE) instanceof Date meeting
          && day(meeting).isAfter(Deadlines.toLocalDate(dueBy))
          && (!(reason instanceof String text) || text.isBlank())) {
        throw FormValidation.invalid(MEETING_LATE_REASON,
            "say why the meeting cannot be held by the date the procedure sets (Dorset Standards of Care guidance, 3.6)");
      }
    });
  }

  /** soc-report-to-carer: sent and received in the past, received on or after it was sent (seed 001 4.3). */
  public static FormRule reportToCarer() {
    return rule(REPORT_TO_CARER_FORM, submission -> {
      Map<String, Object> submitted = submission.values();
      notInFuture(submitted, REPORT_SENT_TO_CARER_ON);
      notInFuture(submitted, REPORT_RECEIVED_BY_CARER_ON);
      if (submitted.get(REPORT_SENT_TO_CARER_ON) instanceof Date sent
          && submitted.get(REPORT_RECEIVED_BY_CARER_ON) instanceof Date received
          && day(received).isBefore(day(sent))) {
        throw FormValidation.invalid(REPORT_RECEIVED_BY_CARER_ON, "must not be before the report was sent");
      }
    });
  }

  /** soc-report-to-chair: the report was sent, not in the future (seed 001 4.3). */
  public static FormRule reportToChair() {
    return rule(REPORT_TO_CHAIR_FORM, submission -> notInFuture(submission.values(), REPORT_SENT_TO_CHAIR_ON));
  }

  private static void notInFuture(Map<String, Object> submitted, String field) {
    if (submitted.get(field) instanceof Date date && day(date).isAfter(day(ClockUtil.getCurrentTime()))) {
      throw FormValidation.invalid(field, "must not be in the future");
    }
  }

  private static LocalDate day(Date date) {
    return Deadlines.toLocalDate(date);
  }

  static FormRule rule(String formId, java.util.function.Consumer<FormSubmission> check) {
    return new FormRule() {
      @Override
      public String formId() {
        return formId;
      }

      @Override
      public void check(FormSubmission submission) {
        check.accept(submission);
      }
    };
  }
}
