package uk.fosteringconcerns.allegations;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormSubmission;
import uk.fosteringconcerns.forms.FormValidation;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * A meeting is recorded once it has been held: its date is not in the future, and a Post-Allegation Investigation
 * Meeting is not dated before the meeting it follows (the 28 days of seed 004 section 4 count from it).
 */
public class MeetingDateRule implements FormRule {

  private final String formId;
  private final String dateField;
  private final String notBefore;

  /**
   * @param notBefore a case variable the date may not precede (compared by day), or null
   */
  public MeetingDateRule(String formId, String dateField, String notBefore) {
    this.formId = formId;
    this.dateField = dateField;
    this.notBefore = notBefore;
  }

  public static MeetingDateRule initialEvaluationMeeting() {
    return new MeetingDateRule("initial-evaluation-meeting", AllegationVariables.IEM_HELD_ON, null);
  }

  public static MeetingDateRule postAllegationMeeting() {
    return new MeetingDateRule("post-allegation-meeting", AllegationVariables.PAIM_HELD_ON,
        AllegationVariables.LAST_MEETING_ON);
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public void check(FormSubmission submission) {
    if (!(submission.value(dateField) instanceof Date held)) {
      return;
    }
    if (Deadlines.toLocalDate(held).isAfter(Deadlines.toLocalDate(ClockUtil.getCurrentTime()))) {
      throw FormValidation.invalid(dateField, "must not be in the future");
    }
    Object earlier = notBefore == null ? null : submission.existing(notBefore);
    if (earlier instanceof Date previous
        && Deadlines.toLocalDate(held).isBefore(Deadlines.toLocalDate(previous))) {
      throw FormValidation.invalid(dateField, "must not be before the previous meeting");
    }
  }
}
