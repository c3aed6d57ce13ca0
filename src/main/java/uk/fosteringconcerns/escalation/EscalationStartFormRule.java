package uk.fosteringconcerns.escalation;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormValidation;

/**
 * What the start form cannot say: the start stage is a whole number (0-4 is on the form), and a person raises an
 * escalation only in a role they hold: `raisedByGroup` is one of their own groups (it receives the resolution to
 * confirm). The product itself (no authenticated user, e.g. the deadline watch) raises as quality-assurance.
 */
public class EscalationStartFormRule implements FormRule {

  static final String ADMIN_GROUP = "camunda-admin";

  @Override
  public String formId() {
    return EscalationVariables.START_FORM;
  }

  @Override
  public void check(Map<String, Object> submitted, Function<String, Object> existing) {
    Object stage = submitted.get(EscalationVariables.START_STAGE);
    if (stage != null) {
      try {
        submitted.put(EscalationVariables.START_STAGE, EscalationStartListener.toStage(stage));
      } catch (IllegalArgumentException e) {
        throw FormValidation.invalid(EscalationVariables.START_STAGE, "must be a whole number from 0 to 4");
      }
    }
    Object raisedBy = submitted.get(EscalationVariables.RAISED_BY_GROUP);
    CommandContext commandContext = Context.getCommandContext();
    Authentication user = commandContext == null ? null : commandContext.getAuthentication();
    if (user != null && user.getGroupIds() != null && raisedBy != null
        && !user.getGroupIds().contains(ADMIN_GROUP) && !user.getGroupIds().contains(String.valueOf(raisedBy))) {
      throw FormValidation.invalid(EscalationVariables.RAISED_BY_GROUP, "must be one of your own groups");
    }
  }
}
