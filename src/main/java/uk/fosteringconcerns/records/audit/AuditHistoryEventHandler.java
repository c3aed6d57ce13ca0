package uk.fosteringconcerns.records.audit;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Feeds the engine's history events of each command into its {@link AuditSession}: the user operation log (who
 * completed, claimed, assigned, started, set variables…), variable updates (names only) and the tasks and process
 * instances involved. Registered beside the engine's own database handler, so it runs in the engine transaction.
 */
public class AuditHistoryEventHandler implements HistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return;
    }
    if (event instanceof UserOperationLogEntryEventEntity operation) {
      context.getSession(AuditSession.class).operation(operation);
    } else if (event instanceof HistoricVariableUpdateEventEntity variable) {
      if (context.getAuthenticatedUserId() != null) {
        context.getSession(AuditSession.class).variable(variable);
      }
    } else if (event instanceof HistoricTaskInstanceEventEntity task) {
      context.getSession(AuditSession.class).task(task);
    } else if (event instanceof HistoricProcessInstanceEventEntity processInstance) {
      context.getSession(AuditSession.class).processInstance(processInstance);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
