package uk.fosteringconcerns.triage;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormSubmission;
import uk.fosteringconcerns.forms.FormValidation;

/**
 * concern-intake: the information may have been received in the past (deadlines count from then), never in the
 * future (PROCESS-API section 2).
 */
public class ReceivedOnRule implements FormRule {

  @Override
  public String formId() {
    return ConcernTriageVariables.START_FORM;
  }

  @Override
  public void check(FormSubmission submission) {
    if (submission.value(ConcernTriageVariables.RECEIVED_ON) instanceof Date receivedOn
        && receivedOn.after(ClockUtil.getCurrentTime())) {
      throw FormValidation.invalid(ConcernTriageVariables.RECEIVED_ON, "must not be in the future");
    }
  }
}
