package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * `${socAllegationCheckDelegate}` (Task_CheckAllegations): NMS 22.10 (quoted in seed 001 section 2), see
 * {@link AllegationCheck}. Writes `allegationFlag`, `allegationFlagReason` and the allegations' case references.
 */
public class SocAllegationCheckDelegate implements JavaDelegate {

  private final AllegationCheck check;

  public SocAllegationCheckDelegate(AllegationCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AllegationCheck.Flag flag = check.check(execution.getProcessEngine(), (String) execution.getVariable(CARER_ID),
        ClockUtil.getCurrentTime());
    execution.setVariable(ALLEGATION_FLAG, flag.flagged());
    execution.setVariable(ALLEGATION_FLAG_REASON, flag.reason());
    execution.setVariable(FLAGGED_ALLEGATIONS, flag.flagged() ? String.join(", ", flag.references()) : null);
  }
}
