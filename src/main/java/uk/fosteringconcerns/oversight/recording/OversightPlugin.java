package uk.fosteringconcerns.oversight.recording;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the oversight recording with the engine: a history event handler beside the default database one (which
 * stays on) and the per-command session it writes through. Needs history level {@code full} (candidate groups and
 * variables are history events only at that level).
 */
public class OversightPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(OversightPlugin.class);

  private final OversightRecorder recorder;

  public OversightPlugin(OversightRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new OversightHistoryHandler());
    // the engine's own history handler stays as configured (tasklist.CaseViewHistoryPlugin replaces it)
    configuration.setCustomHistoryEventHandlers(handlers);

    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return OversightSession.class;
      }

      @Override
      public Session openSession() {
        return new OversightSession(recorder,
            org.camunda.bpm.engine.impl.context.Context.getCommandContext());
      }
    });
    configuration.setCustomSessionFactories(sessions);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryLevel level = configuration.getHistoryLevel();
    if (level == null || level.getId() < HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
      LOG.warn("Oversight reports need history level 'full' (the engine runs '{}'): candidate groups and variables"
          + " are not recorded below it", level == null ? "?" : level.getName());
    }
  }
}
