package uk.fosteringconcerns.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Every user task of a case goes to the case's named worker of its group when there is one (PROCESS-API section 6):
 * assigned to them, the group staying its candidate so that a colleague can cover. Added to every user task at
 * parse time, so analysts need not copy a listener into each diagram; a task the model assigns itself is left alone.
 */
public class NamedWorkerAssignment extends AbstractBpmnParseListener implements TaskListener {

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, this);
    }
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      return;
    }
    String assignee = NamedWorkers.assigneeFor(candidateGroupsInOrder(task), task);
    if (assignee != null) {
      task.setAssignee(assignee);
    }
  }

  /** The task's candidate groups in the order the model lists them (the first named worker found takes it). */
  private static List<String> candidateGroupsInOrder(DelegateTask task) {
    List<String> groups = new ArrayList<>();
    UserTask element = task.getBpmnModelElementInstance();
    String declared = element == null ? null : element.getCamundaCandidateGroups();
    if (declared != null && !declared.contains("{")) {
      Arrays.stream(declared.split(",")).map(String::trim).filter(g -> !g.isEmpty()).forEach(groups::add);
    }
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
          && !groups.contains(link.getGroupId())) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }
}
