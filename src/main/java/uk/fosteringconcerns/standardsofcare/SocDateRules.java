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

  private SocDateRules() {}

  /** Every rule, for the Spring configuration and the engine-only fixture. */
  public static List<FormRule> all() {
    return List.of(intake(), visit(), minutes());
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

  private static void notInFuture(Map<String, Object> submitted, String field) {
    if (submitted.get(field) instanceof Date date && day(date).isAfter(day(ClockUtil.getCurrentTime()))) {
      throw FormValidation.invalid(field, "must not be in the future");
    }
  }

  private static LocalDate day(Date date) {
    return Deadlines.toLocalDate(date);
  }

  private static FormRule rule(String formId, java.util.function.Consumer<FormSubmission> check) {
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
