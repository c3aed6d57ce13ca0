package uk.fosteringconcerns.triage;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * `${ladoNotifiedListener}` (end of Task_NotifyLado, as the concern is received): keeps when the LADO was told, by the
 * engine clock, and both due dates of the decision the seed 004 LADO report gives — within 24 hours (flowchart, KPI
 * 6.2) and within 1 working day (flowchart) — so the LADO's report can count each. The task is due at the earlier.
 */
public class LadoNotifiedListener implements ExecutionListener {

  private final Deadlines deadlines;

  public LadoNotifiedListener(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Date now = ClockUtil.getCurrentTime();
    execution.setVariable(ConcernTriageVariables.LADO_NOTIFIED_ON, now);
    execution.setVariable(ConcernTriageVariables.LADO_DECISION_DUE_IN_24_HOURS,
        deadlines.after(ConcernTriageVariables.STEP_LADO_DECISION_HOURS, now));
    execution.setVariable(ConcernTriageVariables.LADO_DECISION_DUE_IN_1_WORKING_DAY,
        deadlines.after(ConcernTriageVariables.STEP_LADO_DECISION, now));
  }
}
