package uk.fosteringconcerns.records;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import uk.fosteringconcerns.records.audit.AuditHistoryEventHandler;
import uk.fosteringconcerns.records.audit.AuditSession;
import uk.fosteringconcerns.records.audit.AuditTrail;
import uk.fosteringconcerns.records.documents.CaseDocuments;
import uk.fosteringconcerns.records.documents.DocumentMapping;
import uk.fosteringconcerns.records.documents.DocumentParseListener;

/**
 * Hooks the case records into the engine through its public extension points, without touching the models: a
 * parse listener that gives every user task its document listener, a history event handler beside the engine's
 * own that audits every change a person makes, a session per command that collects them, and (after the engine
 * has built its tables) the index and triggers of {@link RecordsSchema}.
 */
public class CaseRecordsPlugin extends AbstractProcessEnginePlugin {

  private final AuditTrail audit;
  private final CaseDocuments documents;
  private final DocumentMapping mapping;

  public CaseRecordsPlugin(AuditTrail audit, CaseDocuments documents, DocumentMapping mapping) {
    this.audit = audit;
    this.documents = documents;
    this.mapping = mapping;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new DocumentParseListener(documents, mapping));
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new AuditHistoryEventHandler());
    configuration.setCustomHistoryEventHandlers(handlers);

    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(AuditSession.factory(audit));
    configuration.setCustomSessionFactories(sessions);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    RecordsSchema.prepare(configuration.getDataSource(), configuration.getDatabaseType());
  }
}
