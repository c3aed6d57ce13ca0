package uk.fosteringconcerns.escalation;

import java.util.Map;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormSubmission;
import uk.fosteringconcerns.forms.FormValidation;

/**
 * What the start form cannot say: the start stage is a whole number (0-4 is on the form); only an independent
 * reviewing officer may start above the informal stage (seed 004 IRO report 10.3: the QARO may bypass stages;
 * PROCESS-API section 2); and a person raises an escalation only in a role they hold: `raisedByGroup` is one of
 * their own groups (it receives the resolution to confirm).
 */
public class EscalationStartFormRule implements FormRule {

  static final String ADMIN_GROUP = "camunda-admin";
  static final String IRO_GROUP = "iro";

  @Override
  public String formId() {
    return EscalationVariables.START_FORM;
  }

  @Override
  public void check(FormSubmission submission) {
    Map<String, Object> submitted = submission.values();
    Object stage = submitted.get(EscalationVariables.START_STAGE);
    if (stage != null) {
      int start;
      try {
        start = EscalationStartListener.toStage(stage);
      } catch (IllegalArgumentException e) {
        throw FormValidation.invalid(EscalationVariables.START_STAGE, "must be a whole number from 0 to 4");
      }
      submitted.put(EscalationVariables.START_STAGE, start);
      // a person starts it (PROCESS-API section 2); the product's own code and tests start as the system
      if (start > EscalationVariables.FIRST_STAGE && submission.userId() != null
          && !submission.groups().contains(IRO_GROUP)
          && !submission.groups().contains(ADMIN_GROUP)) {
        throw FormValidation.invalid(EscalationVariables.START_STAGE,
            "only an independent reviewing officer may start an escalation above the informal stage (0)");
      }
    }
    Object raisedBy = submitted.get(EscalationVariables.RAISED_BY_GROUP);
    if (submission.userId() != null && raisedBy != null
        && !submission.groups().contains(ADMIN_GROUP) && !submission.groups().contains(String.valueOf(raisedBy))) {
      throw FormValidation.invalid(EscalationVariables.RAISED_BY_GROUP, "must be one of your own groups");
    }
  }
}
