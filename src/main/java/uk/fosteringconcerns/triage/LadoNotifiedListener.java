package uk.fosteringconcerns.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * `${ladoNotifiedListener}` (end of Task_NotifyLado): keeps when the LADO was notified, by the engine clock, so that
 * the LADO decision is due 1 working day later (seed 004 LADO report section 4 flowchart).
 */
public class LadoNotifiedListener implements ExecutionListener {
  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(ConcernTriageVariables.LADO_NOTIFIED_ON, ClockUtil.getCurrentTime());
  }
}
