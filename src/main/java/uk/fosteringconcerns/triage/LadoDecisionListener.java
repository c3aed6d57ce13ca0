package uk.fosteringconcerns.triage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.allocation.CaseWorkers;

/**
 * `${ladoDecisionListener}` (complete of Task_LadoDecision): keeps when the LADO decided, by the engine clock. It is
 * the referral date of an allegation (IEM within 5 working days, seed 004 section 4) and the Standards of Care
 * decision date (visit within 5 working days, seed 000 section 3.2). The deciding LADO becomes the case's LADO officer
 * when the decision names nobody else.
 */
public class LadoDecisionListener implements TaskListener {
  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(ConcernTriageVariables.LADO_DECISION_ON, ClockUtil.getCurrentTime());
    // PROCESS-API section 6: the LADO who takes the decision handles the case unless they name another
    if (!(task.getVariable(CaseWorkers.LADO_OFFICER) instanceof String named) || named.isBlank()) {
      Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String decidedBy = user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
      if (decidedBy != null) {
        task.getExecution().setVariable(CaseWorkers.LADO_OFFICER, decidedBy);
      }
    }
  }
}
