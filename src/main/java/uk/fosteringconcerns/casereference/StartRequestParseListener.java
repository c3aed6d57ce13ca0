package uk.fosteringconcerns.casereference;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Every process records the {@code requestId} it was started with (after the model's own start listeners, so the
 * case reference is known): {@link StartRequests}. A called process does not: its caller's start is the request.
 */
public class StartRequestParseListener extends AbstractBpmnParseListener {

  private final StartRequests requests;

  public StartRequestParseListener(StartRequests requests) {
    this.requests = requests;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
      Object requestId = execution.getVariableLocal(StartRequests.REQUEST_ID);
      if (requestId instanceof String id && execution.getSuperExecution() == null) {
        requests.record(new StartRequests.Started(id, processDefinition.getKey(), execution.getProcessDefinitionId(),
            execution.getProcessInstanceId(), execution.getProcessBusinessKey()));
      }
    });
  }
}
