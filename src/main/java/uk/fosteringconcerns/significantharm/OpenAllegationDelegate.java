package uk.fosteringconcerns.significantharm;

import static uk.fosteringconcerns.significantharm.SignificantHarmVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.fosteringconcerns.allegations.AllegationVariables;

/**
 * `${openAllegationDelegate}` (Task_CheckOpenAllegation): is the case already being managed as an allegation? Then
 * the new information goes to that allegation's LADO rather than starting a second one.
 */
public class OpenAllegationDelegate implements JavaDelegate {

  private final CaseLookup cases;

  public OpenAllegationDelegate(CaseLookup cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ALLEGATION_ALREADY_OPEN, cases.hasRunning(execution.getProcessEngine(),
        execution.getProcessBusinessKey(), AllegationVariables.PROCESS_KEY));
  }
}
