package uk.fosteringconcerns.records.documents;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every process a {@code complete} listener that produces the task's documents (if any),
 * without touching the BPMN files: the models stay the analysts', the mapping lives in DMN {@code case-documents}.
 */
public class DocumentParseListener extends AbstractBpmnParseListener {

  private final CaseDocuments documents;
  private final DocumentMapping mapping;

  public DocumentParseListener(CaseDocuments documents, DocumentMapping mapping) {
    this.documents = documents;
    this.mapping = mapping;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      String processKey = scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
          ? definition.getKey() : scope.getProcessDefinition().getId();
      behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE,
          new DocumentTaskListener(documents, mapping, processKey, activity.getId()));
    }
  }
}
