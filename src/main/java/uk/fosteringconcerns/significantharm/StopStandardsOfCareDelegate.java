package uk.fosteringconcerns.significantharm;

import static uk.fosteringconcerns.significantharm.SignificantHarmVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;

/**
 * `${stopStandardsOfCareDelegate}` (Task_StopStandardsOfCare): seed 000 3.10 — the case's Standards of Care work
 * stops: the message SignificantHarmIdentified reaches its running standards-of-care process, whose open tasks end
 * (see the event sub-process "Significant harm reported" in bpmn/standards-of-care.bpmn).
 */
public class StopStandardsOfCareDelegate implements JavaDelegate {

  private final CaseLookup cases;

  public StopStandardsOfCareDelegate(CaseLookup cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int stopped = cases.tell(execution.getProcessEngine(), execution.getProcessBusinessKey(),
        StandardsOfCareVariables.MESSAGE_SIGNIFICANT_HARM);
    execution.setVariable(STANDARDS_OF_CARE_STOPPED, stopped > 0);
  }
}
