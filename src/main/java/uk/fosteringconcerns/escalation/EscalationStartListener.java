package uk.fosteringconcerns.escalation;

import static uk.fosteringconcerns.escalation.EscalationVariables.CASE_REFERENCE;
import static uk.fosteringconcerns.escalation.EscalationVariables.CURRENT_STAGE;
import static uk.fosteringconcerns.escalation.EscalationVariables.FIRST_STAGE;
import static uk.fosteringconcerns.escalation.EscalationVariables.START_STAGE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * `${escalationStartListener}` on the start event: `currentStage` = `startStage` (default 0, seed 004 section
 * 10.3: the IRO may bypass stages), and an escalation about a case gets the case reference as business key, so
 * Cockpit and Tasklist show one reference. The start form has already checked the values (0-4, CC-pattern).
 */
public class EscalationStartListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Object start = execution.getVariable(START_STAGE);
    int stage = start == null ? FIRST_STAGE : toStage(start);
    execution.setVariable(START_STAGE, stage);
    execution.setVariable(CURRENT_STAGE, stage);
    execution.setVariable(EscalationVariables.STAGE_STARTED_ON, org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
    Object reference = execution.getVariable(CASE_REFERENCE);
    if (reference instanceof String text && text.isBlank()) {
      execution.removeVariable(CASE_REFERENCE);
    } else if (reference instanceof String text && execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(text);
    }
  }

  static int toStage(Object value) {
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      int stage = number.intValue();
      if (stage >= FIRST_STAGE && stage <= EscalationVariables.LAST_STAGE) {
        return stage;
      }
    }
    if (value instanceof String text && text.trim().matches("[0-4]")) {
      return Integer.parseInt(text.trim());
    }
    throw new IllegalArgumentException("startStage must be a whole number from 0 to 4");
  }
}
