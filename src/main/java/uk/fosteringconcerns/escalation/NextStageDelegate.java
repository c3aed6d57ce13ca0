package uk.fosteringconcerns.escalation;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * `${escalationNextStageDelegate}`: not resolved at this stage, so up one rung (seed 004 section 10.3). The new
 * stage starts now, or, when the last one ran out, at the moment it ran out (see {@link StageRanOutListener}).
 */
public class NextStageDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    int stage = ((Number) execution.getVariable(EscalationVariables.CURRENT_STAGE)).intValue();
    if (stage >= EscalationVariables.LAST_STAGE) {
      throw new IllegalStateException("Stage " + stage + " is the last stage of the ladder");
    }
    Object ranOut = execution.getVariable(EscalationVariables.STAGE_RAN_OUT_ON);
    Date now = ClockUtil.getCurrentTime();
    execution.setVariable(EscalationVariables.CURRENT_STAGE, stage + 1);
    execution.setVariable(EscalationVariables.STAGE_STARTED_ON,
        ranOut instanceof Date date && date.before(now) ? date : now);
    execution.removeVariable(EscalationVariables.STAGE_RAN_OUT_ON);
  }
}
