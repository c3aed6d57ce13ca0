package uk.fosteringconcerns.timescales;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Which user tasks carry a statutory deadline: those an analyst marked in the model with the extension property
 * {@code <camunda:property name="statutory" value="true"/>} (Modeler: Extension properties). Their due dates are
 * chased when missed, and only an administrator may move them.
 */
public class StatutoryTasks {

  public static final String PROPERTY = "statutory";

  private final Function<String, BpmnModelInstance> models;
  /** Statutory task keys per process definition id: a deployed definition never changes. */
  private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

  /** @param models the BPMN model of a process definition id (read as the system) */
  public StatutoryTasks(Function<String, BpmnModelInstance> models) {
    this.models = models;
  }

  public boolean isStatutory(String processDefinitionId, String taskDefinitionKey) {
    if (processDefinitionId == null || taskDefinitionKey == null) {
      return false;
    }
    return byDefinition.computeIfAbsent(processDefinitionId, id -> keysIn(models.apply(id)))
        .contains(taskDefinitionKey);
  }

  /** The keys of the user tasks of a model marked statutory. */
  public static Set<String> keysIn(BpmnModelInstance model) {
    Set<String> keys = new LinkedHashSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (isMarked(task.getExtensionElements())) {
        keys.add(task.getId());
      }
    }
    return keys;
  }

  /** True when the extension elements hold the property statutory=true. */
  public static boolean isMarked(ExtensionElements extensions) {
    if (extensions == null) {
      return false;
    }
    for (CamundaProperties properties : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (PROPERTY.equals(property.getCamundaName())
            && "true".equalsIgnoreCase(String.valueOf(property.getCamundaValue()).trim())) {
          return true;
        }
      }
    }
    return false;
  }
}
