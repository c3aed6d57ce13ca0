package uk.fosteringconcerns.oversight.recording;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Hands the four kinds of history event the reports need (process start/end, user task lifecycle, candidate groups,
 * the captured variables) to the command's {@link OversightSession}; every other event passes untouched. Runs beside
 * the engine's own database history handler, which stays on.
 */
public class OversightHistoryHandler implements HistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricProcessInstanceEventEntity) && !(event instanceof HistoricTaskInstanceEventEntity)
        && !(event instanceof HistoricIdentityLinkLogEventEntity)
        && !(event instanceof HistoricVariableUpdateEventEntity)) {
      return;
    }
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return;
    }
    OversightSession session = commandContext.getSession(OversightSession.class);
    if (event instanceof HistoricProcessInstanceEventEntity process) {
      session.process(process);
    } else if (event instanceof HistoricTaskInstanceEventEntity task) {
      session.task(task);
    } else if (event instanceof HistoricIdentityLinkLogEventEntity link) {
      session.identityLink(link);
    } else {
      session.variable((HistoricVariableUpdateEventEntity) event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
