package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * `${socCaseOpenDelegate}` (Task_OpenSocCase): records the running profile and the answers of `soc-profile-steps`
 * for the whole case (which optional steps its authority's procedure has); takes the SoC decision date from
 * `receivedOn` when a fostering manager started the case directly (seed 001 4.1); and works out the date the visit's
 * 5 working days count from: the decision in Dorset (seed 000 3.2), receiving the information in Dudley (seed 001
 * 4.2; `informationReceivedOn` when the case came back from the LADO with new information). Starts the yes/no answers the gateways read at false, and the optional e-mail addresses empty.
 */
public class SocCaseOpenDelegate implements JavaDelegate {

  private final SocProfileSteps steps;

  public SocCaseOpenDelegate(SocProfileSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PROFILE, steps.profile());
    steps.caseSteps().forEach(execution::setVariable);
    Object received = execution.getVariable(RECEIVED_ON);
    if (execution.getVariable(SOC_DECISION_ON) == null) {
      execution.setVariable(SOC_DECISION_ON, received instanceof Date date ? date : ClockUtil.getCurrentTime());
    }
    Object information = execution.getVariable(INFORMATION_RECEIVED_ON) instanceof Date date ? date : received;
    boolean fromReceipt = Boolean.TRUE.equals(execution.getVariable(VISIT_FROM_RECEIPT)) && information instanceof Date;
    execution.setVariable(VISIT_COUNTS_FROM, fromReceipt ? information : execution.getVariable(SOC_DECISION_ON));
    for (String flag : new String[] {ACTIONS_OVERDUE, REPORT_APPROVED, ALSO_BRING_FORWARD_ANNUAL_REVIEW}) {
      if (execution.getVariable(flag) == null) {
        execution.setVariable(flag, false);
      }
    }
    for (String optional : new String[] {CARER_EMAIL, SUPPORT_WORKER_EMAIL}) {
      if (!execution.hasVariable(optional)) {
        execution.setVariable(optional, null);
      }
    }
  }
}
