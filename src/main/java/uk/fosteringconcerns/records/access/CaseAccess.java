package uk.fosteringconcerns.records.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import uk.fosteringconcerns.engine.CustomPlans;
import uk.fosteringconcerns.oversight.TeamOversight;

/**
 * Who may read a case's records (PROCESS-API section 10): the groups that work on it (the candidate groups of its
 * tasks, open or done), the people on it (task assignees and candidates, its named workers, whoever started it),
 * and those who oversee it (DMN {@code team-oversight}: a team manager oversees their teams' groups; the LADO, QA,
 * senior managers and administrators see all). Looked up as the system: the caller's own engine permissions do
 * not decide it.
 */
public class CaseAccess {

  /** The named workers of a case (PROCESS-API section 6). */
  public static final List<String> NAMED_WORKERS =
      List.of("childsSocialWorker", "fosteringSocialWorker", "childsIro", "ladoOfficer");

  /** What a caller may see of a case. */
  public enum Decision { ALLOWED, FORBIDDEN, NOT_FOUND }

  private final Supplier<ProcessEngine> engine;
  private final TeamOversight oversight;

  public CaseAccess(Supplier<ProcessEngine> engine, TeamOversight oversight) {
    this.engine = engine;
    this.oversight = oversight;
  }

  /** The authenticated user of the current request (set by the REST or webapp authentication), or null. */
  public Caller currentCaller() {
    IdentityService identity = engine.get().getIdentityService();
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    Set<String> groups = new HashSet<>();
    if (authentication.getGroupIds() != null) {
      groups.addAll(authentication.getGroupIds());
    }
    if (groups.isEmpty()) {
      for (Group group : identity.createGroupQuery().groupMember(authentication.getUserId()).list()) {
        groups.add(group.getId());
      }
    }
    return new Caller(authentication.getUserId(), Set.copyOf(groups));
  }

  public boolean seesAll(Caller caller) {
    return oversight.scopeOf(caller.groups()).all();
  }

  /**
   * May the caller read this case? NOT_FOUND only for a caller who sees every case (anyone else learns nothing
   * about whether a reference exists).
   */
  public Decision decide(Caller caller, String caseReference) {
    TeamOversight.Scope scope = oversight.scopeOf(caller.groups());
    return system(() -> {
      HistoryService history = engine.get().getHistoryService();
      List<HistoricProcessInstance> instances =
          history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list();
      if (instances.isEmpty()) {
        return scope.all() ? Decision.NOT_FOUND : Decision.FORBIDDEN;
      }
      if (scope.all() || worksOn(history, caller, scope, caseReference, instances)) {
        return Decision.ALLOWED;
      }
      return Decision.FORBIDDEN;
    });
  }

  /**
   * Of these cases, those the caller may read (all of them for a caller who sees every case). The same rule as
   * {@link #decide}, asked once for all the cases (a chronology spans many): a query per group and per way of being on
   * a case, not per case and group (issue 18: a fostering manager's chronology of 50 entries took 117 ms).
   */
  public Set<String> readable(Caller caller, Collection<String> caseReferences) {
    TeamOversight.Scope scope = oversight.scopeOf(caller.groups());
    if (scope.all()) {
      return new LinkedHashSet<>(caseReferences);
    }
    if (caseReferences.isEmpty()) {
      return new LinkedHashSet<>();
    }
    // a worker's id among everybody's named workers: planned with the value (see engine.CustomPlans)
    return CustomPlans.read(engine.get(), () -> system(() -> {
      HistoryService history = engine.get().getHistoryService();
      String[] keys = caseReferences.toArray(String[]::new);
      Map<String, String> caseOfInstance = new HashMap<>();
      Set<String> readable = new HashSet<>();
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKeyIn(keys).list()) {
        caseOfInstance.put(instance.getId(), instance.getBusinessKey());
        if (caller.userId().equals(instance.getStartUserId())) {
          readable.add(instance.getBusinessKey());
        }
      }
      Set<String> found = new HashSet<>(caseOfInstance.values());
      Consumer<String> instanceReadable = instanceId -> {
        String caseReference = caseOfInstance.get(instanceId);
        if (caseReference != null) {
          readable.add(caseReference);
        }
      };
      Set<String> groups = new LinkedHashSet<>(caller.groups());
      groups.addAll(scope.groups());
      for (String group : groups) {
        if (readable.containsAll(found)) {
          break;
        }
        history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(keys).taskHadCandidateGroup(group)
            .list().forEach(task -> instanceReadable.accept(task.getProcessInstanceId()));
      }
      if (!readable.containsAll(found)) {
        history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(keys).taskInvolvedUser(caller.userId())
            .list().forEach(task -> instanceReadable.accept(task.getProcessInstanceId()));
      }
      if (!readable.containsAll(found)) {
        history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(keys).taskAssignee(caller.userId())
            .list().forEach(task -> instanceReadable.accept(task.getProcessInstanceId()));
      }
      String[] ids = caseOfInstance.keySet().toArray(String[]::new);
      for (String worker : NAMED_WORKERS) {
        if (readable.containsAll(found) || ids.length == 0) {
          break;
        }
        history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
            .variableValueEquals(worker, caller.userId()).disableBinaryFetching().disableCustomObjectDeserialization()
            .list().forEach(variable -> instanceReadable.accept(variable.getProcessInstanceId()));
      }
      Set<String> ordered = new LinkedHashSet<>();
      caseReferences.stream().filter(readable::contains).forEach(ordered::add);
      return ordered;
    }));
  }

  private static boolean worksOn(HistoryService history, Caller caller, TeamOversight.Scope scope,
      String caseReference, List<HistoricProcessInstance> instances) {
    if (instances.stream().anyMatch(pi -> caller.userId().equals(pi.getStartUserId()))) {
      return true;
    }
    Set<String> groups = new LinkedHashSet<>(caller.groups());
    groups.addAll(scope.groups());
    for (String group : groups) {
      if (history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseReference)
          .taskHadCandidateGroup(group).count() > 0) {
        return true;
      }
    }
    if (history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseReference)
        .taskInvolvedUser(caller.userId()).count() > 0) {
      return true;
    }
    if (history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseReference)
        .taskAssignee(caller.userId()).count() > 0) {
      return true;
    }
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    for (String worker : NAMED_WORKERS) {
      if (history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
          .variableValueEquals(worker, caller.userId()).count() > 0) {
        return true;
      }
    }
    return false;
  }

  private <T> T system(Supplier<T> work) {
    return uk.fosteringconcerns.records.AsSystem.run(engine.get(), work);
  }
}
