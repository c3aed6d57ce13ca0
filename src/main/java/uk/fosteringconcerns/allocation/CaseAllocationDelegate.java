package uk.fosteringconcerns.allocation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * `${caseAllocationDelegate}` (case-allocation, Task_ApplyAllocation): the case reference becomes this process's
 * business key (so the allocation shows with the case), and the case's running processes and open tasks take the
 * named workers given on the form.
 */
public class CaseAllocationDelegate implements JavaDelegate {

  public static final String TASKS_MOVED = "tasksMoved";

  private final NamedWorkers workers;

  public CaseAllocationDelegate(NamedWorkers workers) {
    this.workers = workers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(CaseWorkers.CASE_REFERENCE);
    execution.setProcessBusinessKey(reference);
    Map<String, String> names = new LinkedHashMap<>();
    for (String variable : CaseWorkers.VARIABLES) {
      if (execution.getVariable(variable) instanceof String user && !user.isBlank()) {
        names.put(variable, user);
      }
    }
    execution.setVariable(TASKS_MOVED, workers.reallocate(reference, names, execution.getProcessInstanceId()));
  }
}
