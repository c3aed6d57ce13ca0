package uk.fosteringconcerns.triage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * `${ladoDecisionListener}` (complete of Task_LadoDecision): keeps when the LADO decided, by the engine clock. It is
 * the referral date of an allegation (IEM within 5 working days, seed 004 section 4) and the Standards of Care
 * decision date (visit within 5 working days, seed 000 section 3.2).
 */
public class LadoDecisionListener implements TaskListener {
  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(ConcernTriageVariables.LADO_DECISION_ON, ClockUtil.getCurrentTime());
  }
}
