package uk.fosteringconcerns.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * `${escalationStageRanOutListener}` on the flow of the stage's timer: the stage ran out at its due date, so the
 * next stage counts from that moment, not from when the timer job happened to run (often just after midnight,
 * which would lose a working day per stage and break the 20 working days of the whole ladder).
 */
public class StageRanOutListener implements ExecutionListener {

  private final Deadlines deadlines;

  public StageRanOutListener(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Number days = (Number) execution.getVariable(EscalationVariables.RESPONSE_WORKING_DAYS);
    Object started = execution.getVariable(EscalationVariables.STAGE_STARTED_ON);
    execution.setVariable(EscalationVariables.STAGE_RAN_OUT_ON, deadlines.afterWorkingDays(days, started));
  }
}
