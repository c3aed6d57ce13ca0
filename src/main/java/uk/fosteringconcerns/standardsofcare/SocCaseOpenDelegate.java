package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.timescales.ProcedureTimescales;

/**
 * `${socCaseOpenDelegate}` (Task_OpenSocCase): records the running profile for `soc-meeting-trigger`, and for a
 * case a fostering manager started directly (seed 001 4.1) takes the SoC decision date from `receivedOn`: the
 * 5 working days for the visit run from receiving the information (seed 001 4.2), not from the typing-in.
 * Starts the meeting-trigger answers at false so that the forms show them unticked.
 */
public class SocCaseOpenDelegate implements JavaDelegate {

  private final ProcedureTimescales timescales;

  public SocCaseOpenDelegate(ProcedureTimescales timescales) {
    this.timescales = timescales;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PROFILE, timescales.profile());
    if (execution.getVariable(SOC_DECISION_ON) == null) {
      Object received = execution.getVariable(RECEIVED_ON);
      execution.setVariable(SOC_DECISION_ON, received instanceof Date date ? date : ClockUtil.getCurrentTime());
    }
    for (String flag : new String[] {ACTIONS_OVERDUE, REPORT_APPROVED}) {
      if (execution.getVariable(flag) == null) {
        execution.setVariable(flag, false);
      }
    }
  }
}
