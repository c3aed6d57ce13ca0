package uk.fosteringconcerns.significantharm;

import static uk.fosteringconcerns.significantharm.SignificantHarmVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * `${harmReportOpenDelegate}` (Task_OpenHarmReport): the report joins its case (the case reference becomes its business
 * key, so Tasklist and Cockpit show one reference) and takes the case's carer, child, concern and named workers, which
 * the LADO's decision and the procedure it chooses need. Keeps who reported it.
 */
public class HarmReportOpenDelegate implements JavaDelegate {

  private final CaseLookup cases;

  public HarmReportOpenDelegate(CaseLookup cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(CASE_REFERENCE);
    execution.setProcessBusinessKey(reference);
    cases.values(execution.getProcessEngine(), reference, CASE_PROCESSES, CASE_VARIABLES,
        execution.getProcessInstanceId()).forEach(execution::setVariable);
    Authentication user = execution.getProcessEngine().getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null) {
      execution.setVariable(HARM_REPORTED_BY, user.getUserId());
    }
  }
}
