package uk.fosteringconcerns.misseddeadline;

import static uk.fosteringconcerns.misseddeadline.MissedDeadlineVariables.CHASE_LISTENER;
import static uk.fosteringconcerns.misseddeadline.MissedDeadlineVariables.REMINDER_LISTENER;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Every user task an analyst marks statutory (extension property statutory = true) records its due date when it is
 * created, moves its timers when the due date moves, and ends its chase when it is completed or ends with its case
 * (PROCESS-API section 8). Its two timers themselves are in the model (timeout listeners StatutoryReminder and
 * StatutoryChase, checked by the lint); a statutory task without them fails its deployment.
 */
public class StatutoryTaskListeners extends AbstractBpmnParseListener {

  private final TaskListener created;
  private final TaskListener updated;
  private final TaskListener ended;

  public StatutoryTaskListeners(MissedDeadlines missedDeadlines) {
    this.created = missedDeadlines::recordDueDate;
    this.updated = missedDeadlines::dueDateMoved;
    this.ended = missedDeadlines::endChase;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (!isStatutory(userTaskElement) || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
      return;
    }
    TaskDefinition definition = behavior.getTaskDefinition();
    if (definition.getTimeoutTaskListener(REMINDER_LISTENER) == null
        || definition.getTimeoutTaskListener(CHASE_LISTENER) == null) {
      throw new ProcessEngineException("Statutory task " + activity.getId() + " needs the timeout task listeners "
          + REMINDER_LISTENER + " and " + CHASE_LISTENER + " (see README, Missed deadlines)");
    }
    definition.addTaskListener(TaskListener.EVENTNAME_CREATE, created);
    definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, updated);
    definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, ended);
    definition.addTaskListener(TaskListener.EVENTNAME_DELETE, ended);
  }

  /** The extension property statutory = true, read from the BPMN element being parsed. */
  static boolean isStatutory(Element userTaskElement) {
    Element extensions = userTaskElement.element("extensionElements");
    if (extensions == null) {
      return false;
    }
    for (Element properties : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
      for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (uk.fosteringconcerns.timescales.StatutoryTasks.PROPERTY.equals(property.attribute("name"))
            && "true".equalsIgnoreCase(String.valueOf(property.attribute("value")).trim())) {
          return true;
        }
      }
    }
    return false;
  }
}
