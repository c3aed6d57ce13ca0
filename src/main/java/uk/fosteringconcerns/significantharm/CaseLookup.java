package uk.fosteringconcerns.significantharm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.fosteringconcerns.casereference.CaseReferenceService;
import uk.fosteringconcerns.system.AsSystem;

/**
 * A running case seen from a process started about it (PROCESS-API section 7): is it open, and what does it hold.
 * Read as the system: a worker reporting harm on a case need not be able to read all of it.
 */
public class CaseLookup {

  /** True when the reference is a case reference and some process of that case is still running. */
  public boolean isOpen(ProcessEngine engine, String caseReference) {
    if (!CaseReferenceService.isCaseReference(caseReference)) {
      return false;
    }
    return AsSystem.call(engine, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).count() > 0);
  }

  /**
   * The case's values of the given variables: from its running processes of the given keys, the first process in
   * that order holding a value winning (e.g. the Standards of Care process before the concern-triage that called it).
   */
  public Map<String, Object> values(ProcessEngine engine, String caseReference, List<String> processKeys,
      List<String> names, String exceptProcessInstanceId) {
    return AsSystem.call(engine, () -> {
      List<ProcessInstance> instances = new ArrayList<>();
      for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).processDefinitionKeyIn(processKeys.toArray(String[]::new))
          .list()) {
        if (!instance.getId().equals(exceptProcessInstanceId)) {
          instances.add(instance);
        }
      }
      instances.sort(Comparator.comparingInt(instance -> processKeys.indexOf(keyOf(engine, instance))));
      Map<String, Object> values = new HashMap<>();
      for (ProcessInstance instance : instances) {
        engine.getRuntimeService().getVariables(instance.getId(), names).forEach((name, value) -> {
          if (value != null) {
            values.putIfAbsent(name, value);
          }
        });
      }
      return values;
    });
  }

  /** True when the case has a running process of this key. */
  public boolean hasRunning(ProcessEngine engine, String caseReference, String processKey) {
    return AsSystem.call(engine, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).processDefinitionKey(processKey).count() > 0);
  }

  /**
   * Sends a message to every running process of the case waiting for it (e.g. SignificantHarmIdentified to its
   * Standards of Care process, seed 000 3.10); the number of processes that received it.
   */
  public int tell(ProcessEngine engine, String caseReference, String messageName) {
    return AsSystem.call(engine, () -> engine.getRuntimeService().createMessageCorrelation(messageName)
        .processInstanceBusinessKey(caseReference).correlateAllWithResult().size());
  }

  private static String keyOf(ProcessEngine engine, ProcessInstance instance) {
    return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey();
  }
}
