package uk.fosteringconcerns.resignation;

import static uk.fosteringconcerns.resignation.CarerResignationVariables.*;

import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormSubmission;
import uk.fosteringconcerns.forms.FormValidation;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * record-carer-resignation (PROCESS-API section 7; seed 001 5.3): the notice was received today or earlier; the carer
 * has at least one open concern in the product (a resignation is recorded here because of the concerns the panel must
 * hear of); a resignation cannot be recorded twice (it cannot be withdrawn either, seed 001 5.3).
 */
public class ResignationRule implements FormRule {

  private final Supplier<ProcessEngine> engine;
  private final CarerConcerns concerns;

  public ResignationRule(Supplier<ProcessEngine> engine, CarerConcerns concerns) {
    this.engine = engine;
    this.concerns = concerns;
  }

  @Override
  public String formId() {
    return START_FORM;
  }

  @Override
  public void check(FormSubmission submission) {
    if (submission.value(RESIGNATION_RECEIVED_ON) instanceof Date received
        && Deadlines.toLocalDate(received).isAfter(Deadlines.toLocalDate(ClockUtil.getCurrentTime()))) {
      throw FormValidation.invalid(RESIGNATION_RECEIVED_ON, "must not be in the future");
    }
    if (submission.value(CARER_ID) instanceof String carerId) {
      if (concerns.openConcerns(engine.get(), carerId).isEmpty()) {
        throw FormValidation.invalid(CARER_ID, "there is no open concern about this foster carer: record the"
            + " resignation on the carer's file");
      }
      if (concerns.isResigning(engine.get(), carerId)) {
        throw FormValidation.invalid(CARER_ID, "this foster carer's resignation is already recorded");
      }
    }
  }
}
