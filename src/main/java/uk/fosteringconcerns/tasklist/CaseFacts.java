package uk.fosteringconcerns.tasklist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import uk.fosteringconcerns.allocation.CaseWorkers;
import uk.fosteringconcerns.casereference.CaseReferenceService;
import uk.fosteringconcerns.misseddeadline.MissedDeadlineVariables;

/**
 * What the case holds, across all its processes (every process of a case has the case reference as business key):
 * the process-level variables of each, the later-started process winning a name both hold, and the names of the
 * procedures the case has been through. Read as the system: the task's worker needs no access to the case to see
 * its header. The task-local variables of this package are never part of it.
 *
 * @param caseReference the case reference, or null for a task that belongs to no case (an escalation about no case)
 * @param values        variable name to value (String, Boolean, Number, Date, or a list of those)
 * @param procedures    the names of the case's processes, oldest first
 */
public record CaseFacts(String caseReference, Map<String, Object> values, List<String> procedures) {

  /** Processes that serve a case but are not procedures it goes through: not listed in its header. */
  private static final Set<String> HELPERS = Set.of(MissedDeadlineVariables.PROCESS_KEY,
      CaseWorkers.PROCESS_KEY);
  /**
   * The stored types of the values a case's facts hold (the engine's serializer names; every type but the serialized
   * objects, whose values sit in a byte array of their own and are left out below anyway).
   */
  private static final String[] READ_TYPES = {"string", "boolean", "short", "integer", "long", "double", "date",
      "null", "bytes", "file"};
  private static final Set<String> OWN = Set.of(CaseViewVariables.CASE_HEADER, CaseViewVariables.CASE_DECISIONS,
      CaseViewVariables.IN_WORDS);

  public Object get(String name) {
    return values.get(name);
  }

  public String text(String name) {
    Object value = values.get(name);
    return value == null ? null : value.toString();
  }

  /** The case reference of the process an execution belongs to: its business key, or its caseReference variable. */
  public static String caseReferenceOf(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (key != null && CaseReferenceService.isCaseReference(key)) {
      return key;
    }
    Object variable = execution.getVariable(CaseViewVariables.CASE_REFERENCE);
    return variable instanceof String text && CaseReferenceService.isCaseReference(text) ? text : null;
  }

  /**
   * The case as stored, overlaid with what the running command has changed in the task's own process and the
   * processes that called it (not yet written to the database).
   */
  public static CaseFacts of(ProcessEngine engine, DelegateExecution execution) {
    String caseReference = caseReferenceOf(execution);
    CaseFacts stored = caseReference == null ? new CaseFacts(null, new LinkedHashMap<>(), new ArrayList<>())
        : stored(engine, caseReference);
    Deque<DelegateExecution> chain = new ArrayDeque<>();
    for (DelegateExecution e = execution; e != null; e = e.getProcessInstance().getSuperExecution()) {
      chain.push(e);
    }
    Map<String, Object> values = new LinkedHashMap<>(stored.values());
    List<String> procedures = new ArrayList<>(stored.procedures());
    // outermost caller first, the task's own process last
    for (DelegateExecution e : chain) {
      e.getVariables().forEach((name, value) -> put(values, name, value));
      ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(e.getProcessDefinitionId());
      if (definition.getName() != null && !HELPERS.contains(definition.getKey())
          && !procedures.contains(definition.getName())) {
        procedures.add(definition.getName());
      }
    }
    return new CaseFacts(caseReference, values, procedures);
  }

  /** The case as stored in the database (history holds the running processes' current values too). */
  public static CaseFacts stored(ProcessEngine engine, String caseReference) {
    List<HistoricProcessInstance> instances = new ArrayList<>(engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list());
    instances.sort(Comparator.comparing(HistoricProcessInstance::getStartTime)
        .thenComparing(HistoricProcessInstance::getId));
    Map<String, Object> values = new LinkedHashMap<>();
    Set<String> procedures = new LinkedHashSet<>();
    if (!instances.isEmpty()) {
      Map<String, Map<String, Object>> byInstance = new HashMap<>();
      for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
          // objects are never shown (below): not asked for, as the query would read each one's value by itself
          .variableTypeIn(READ_TYPES)
          .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
        // process-level values only: not a task's own, not a sub-process's local ones
        boolean processLevel = variable.getTaskId() == null
            && variable.getProcessInstanceId().equals(variable.getExecutionId());
        if (processLevel && !"DELETED".equals(variable.getState())) {
          TypedValue typed = variable.getTypedValue();
          // objects (JSON) are not shown in words; a null value hides an earlier process's value
          if (!(typed instanceof SerializableValue)) {
            byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                .put(variable.getName(), typed == null ? null : typed.getValue());
          }
        }
      }
      for (HistoricProcessInstance instance : instances) {
        byInstance.getOrDefault(instance.getId(), Map.of()).forEach((name, value) -> put(values, name, value));
        if (instance.getProcessDefinitionName() != null && !HELPERS.contains(instance.getProcessDefinitionKey())) {
          procedures.add(instance.getProcessDefinitionName());
        }
      }
    }
    return new CaseFacts(caseReference, values, new ArrayList<>(procedures));
  }

  private static void put(Map<String, Object> values, String name, Object value) {
    if (OWN.contains(name)) {
      return;
    }
    if (value == null) {
      values.remove(name);
    } else if (value instanceof String || value instanceof Boolean || value instanceof Number
        || value instanceof Date) {
      values.put(name, value);
    } else if (value instanceof Collection<?> list && list.stream().allMatch(v -> v instanceof String)) {
      values.put(name, List.copyOf(list.stream().map(String.class::cast).toList()));
    }
  }
}
