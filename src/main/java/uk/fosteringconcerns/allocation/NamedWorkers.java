package uk.fosteringconcerns.allocation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import uk.fosteringconcerns.casereference.CaseReferenceService;
import uk.fosteringconcerns.system.AsSystem;

/**
 * Named workers of a case: who may be named (a user of the matching group), who a group's task or notification goes
 * to, and reallocation of a running case. Membership is read as the system: a worker need not see the directory.
 */
public class NamedWorkers {

  private final Supplier<ProcessEngine> engine;

  public NamedWorkers(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  /** True when the user exists and belongs to the group. */
  public boolean isMember(String userId, String group) {
    ProcessEngine processEngine = engine.get();
    return AsSystem.call(processEngine, () -> processEngine.getIdentityService().createUserQuery()
        .userId(userId).memberOfGroup(group).count() > 0);
  }

  /**
   * The named worker for a task whose candidate groups are given in the model's order: the first group with a
   * named worker on the case; null when none.
   */
  public static String assigneeFor(List<String> candidateGroups, VariableScope scope) {
    for (String group : candidateGroups) {
      String variable = CaseWorkers.variableOf(group).orElse(null);
      if (variable != null && scope.getVariable(variable) instanceof String user && !user.isBlank()) {
        return user;
      }
    }
    return null;
  }

  /** True when a running case (a running process with this business key) exists. */
  public boolean isOpenCase(String caseReference) {
    if (!CaseReferenceService.isCaseReference(caseReference)) {
      return false;
    }
    ProcessEngine processEngine = engine.get();
    return AsSystem.call(processEngine, () -> processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).count() > 0);
  }

  /**
   * Reallocates a running case: every running process of the case takes the new names, and its open tasks for those
   * groups move to them (PROCESS-API section 6). Runs in the caller's transaction; names not given are unchanged.
   *
   * @param names variable (one of {@link CaseWorkers#VARIABLES}) → user id
   * @param exceptProcessInstanceId the allocation's own process, which is not part of the case's work
   * @return how many open tasks moved
   */
  public int reallocate(String caseReference, Map<String, String> names, String exceptProcessInstanceId) {
    ProcessEngine processEngine = engine.get();
    return AsSystem.call(processEngine, () -> {
      int moved = 0;
      for (ProcessInstance instance : processEngine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).list()) {
        if (instance.getId().equals(exceptProcessInstanceId)) {
          continue;
        }
        processEngine.getRuntimeService().setVariables(instance.getId(), Map.copyOf(names));
        for (Task task : processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
          Set<String> groups = candidateGroups(processEngine, task.getId());
          for (Map.Entry<String, String> name : names.entrySet()) {
            if (groups.contains(CaseWorkers.GROUP_OF.get(name.getKey()))
                && !name.getValue().equals(task.getAssignee())) {
              processEngine.getTaskService().setAssignee(task.getId(), name.getValue());
              moved++;
              break;
            }
          }
        }
      }
      return moved;
    });
  }

  private static Set<String> candidateGroups(ProcessEngine engine, String taskId) {
    Collection<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(taskId);
    return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(java.util.stream.Collectors.toSet());
  }
}
