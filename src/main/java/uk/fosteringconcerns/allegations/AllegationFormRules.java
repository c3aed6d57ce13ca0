package uk.fosteringconcerns.allegations;

import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormSubmission;
import uk.fosteringconcerns.forms.FormValidation;
import uk.fosteringconcerns.timescales.Deadlines;

/** What the allegation route's forms cannot state in their schema (seed 004 LADO report; seed 001 5.2). */
public final class AllegationFormRules {

  private AllegationFormRules() {}

  public static List<FormRule> all(Deadlines deadlines) {
    return List.of(iemLateReason(deadlines), notInFuture("irm-recommendation", "irmRecommendationOn"),
        notInFuture("outcome-letter", AllegationVariables.OUTCOME_LETTER_SENT_ON));
  }

  /**
   * initial-evaluation-meeting: a meeting held after its due date (5 working days after the referral) says why
   * (seed 004 LADO report 6.1: "5 working day and/or reasons why this has not been achieved and clearly recorded").
   */
  public static FormRule iemLateReason(Deadlines deadlines) {
    return rule("initial-evaluation-meeting", submission -> {
      Object referred = submission.existing(AllegationVariables.REFERRED_ON);
      if (!(submission.value(AllegationVariables.IEM_HELD_ON) instanceof Date held) || referred == null) {
        return;
      }
      Date due = deadlines.after("INITIAL_EVALUATION_MEETING", referred);
      Object reason = submission.value(AllegationVariables.IEM_LATE_REASON);
      if (Deadlines.toLocalDate(held).isAfter(Deadlines.toLocalDate(due))
          && (!(reason instanceof String text) || text.isBlank())) {
        throw FormValidation.invalid(AllegationVariables.IEM_LATE_REASON,
            "the meeting was held after its due date of " + Deadlines.toLocalDate(due) + ": say why");
      }
    });
  }

  /** A date that records something done: not in the future. */
  public static FormRule notInFuture(String formId, String field) {
    return rule(formId, submission -> {
      if (submission.value(field) instanceof Date date
          && Deadlines.toLocalDate(date).isAfter(Deadlines.toLocalDate(ClockUtil.getCurrentTime()))) {
        throw FormValidation.invalid(field, "must not be in the future");
      }
    });
  }

  private static FormRule rule(String formId, Consumer<FormSubmission> check) {
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
