package uk.fosteringconcerns.misseddeadline;

import static uk.fosteringconcerns.misseddeadline.MissedDeadlineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * `${missedDeadlineMoveUp}` (missed-deadline, Task_MoveUpALevel): the chase fell due; if the late task is still open
 * the next level chases from now (at most level 3, which the decision keeps with the head of service).
 */
public class MoveUpDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    boolean open = MissedDeadlines.isOpen(execution.getProcessEngine(), (String) execution.getVariable(LATE_TASK_ID));
    execution.setVariable(LATE_TASK_OPEN, open);
    if (open) {
      int level = ((Number) execution.getVariable(LEVEL)).intValue();
      execution.setVariable(LEVEL, Math.min(level + 1, TOP_LEVEL));
      execution.setVariable(LEVEL_STARTED_ON, ClockUtil.getCurrentTime());
    }
  }
}
