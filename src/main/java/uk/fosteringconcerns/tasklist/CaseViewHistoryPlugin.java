package uk.fosteringconcerns.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps the case views ({@link CaseViewVariables}) out of the engine's history tables (issue 18). They are copies of
 * the case written on each task for Tasklist to show, rewritten whenever the case moves on: their history (a historic
 * variable, a detail row per write and a byte array for each of both) repeated what the case's own variables already
 * hold, and made up about a sixth of the SQL statements of a step. Everything else keeps history level full.
 *
 * <p>Only the engine's own history tables are spared: the product's other history handlers (audit trail, oversight)
 * still receive every event. The engine writes history through the one handler set up here, in place of its default
 * one, so a plugin that adds handlers must not switch the default handler back on.
 */
public class CaseViewHistoryPlugin extends AbstractProcessEnginePlugin {

  /** The task-local variables {@link CaseViewListener} writes: derived, never a worker's answer. */
  static final Set<String> DERIVED = Set.of(CaseViewVariables.CASE_REFERENCE, CaseViewVariables.CARER_NAME,
      CaseViewVariables.CASE_HEADER, CaseViewVariables.CASE_DECISIONS, CaseViewVariables.IN_WORDS);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    // first, where the engine puts its default handler: the others see the rows as the engine wrote them
    handlers.add(0, new WithoutCaseViews(new DbHistoryEventHandler()));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** True for a write of a case view: a task's own variable with one of the derived names. */
  static boolean isCaseView(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        && variable.getTaskId() != null && DERIVED.contains(variable.getVariableName());
  }

  /** The engine's history handler, given every event but those of case views (all of them: create to delete). */
  static final class WithoutCaseViews implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    WithoutCaseViews(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isCaseView(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      for (HistoryEvent event : events) {
        handleEvent(event);
      }
    }
  }
}
