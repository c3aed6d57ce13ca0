package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormSubmission;
import uk.fosteringconcerns.forms.FormValidation;

/**
 * soc-intake: a Standards of Care case is started directly only where the authority's procedure lets a fostering
 * manager decide (seed 001 4.1: DIRECT_START in soc-profile-steps). Under the Dorset guidance (seed 000 section 2)
 * every concern goes through the concern intake and the LADO, so the start is refused for everybody, administrators
 * included; workers are already refused by the missing grant ({@link SocDirectStartAccess}).
 */
public class SocDirectStartRule implements FormRule {

  /** The field a refusal names: not one of the form's fields, the procedure itself. */
  public static final String FIELD = "procedure";

  private final SocProfileSteps steps;

  public SocDirectStartRule(SocProfileSteps steps) {
    this.steps = steps;
  }

  @Override
  public String formId() {
    return START_FORM;
  }

  @Override
  public void check(FormSubmission submission) {
    if (!steps.runs(STEP_DIRECT_START)) {
      throw FormValidation.invalid(FIELD, "this authority's procedure starts every Standards of Care case from"
          + " the concern intake, after the LADO's decision (Dorset Standards of Care guidance, section 2): raise the"
          + " concern in Tasklist with Start process, \"Concern about a foster carer\"");
    }
  }
}
