package uk.fosteringconcerns.significantharm;

import static uk.fosteringconcerns.significantharm.SignificantHarmVariables.*;

import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormSubmission;
import uk.fosteringconcerns.forms.FormValidation;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * report-significant-harm (PROCESS-API section 7): the case reference names an open case (an unknown or closed one is
 * refused and nothing starts); the harm was reported today or earlier, never in the future.
 */
public class HarmReportRule implements FormRule {

  private final Supplier<ProcessEngine> engine;
  private final CaseLookup cases;

  public HarmReportRule(Supplier<ProcessEngine> engine, CaseLookup cases) {
    this.engine = engine;
    this.cases = cases;
  }

  @Override
  public String formId() {
    return START_FORM;
  }

  @Override
  public void check(FormSubmission submission) {
    if (submission.value(REPORTED_ON) instanceof Date reported
        && Deadlines.toLocalDate(reported).isAfter(Deadlines.toLocalDate(ClockUtil.getCurrentTime()))) {
      throw FormValidation.invalid(REPORTED_ON, "must not be in the future");
    }
    if (submission.value(CASE_REFERENCE) instanceof String reference && !cases.isOpen(engine.get(), reference)) {
      throw FormValidation.invalid(CASE_REFERENCE, "is not the reference of an open case");
    }
  }
}
