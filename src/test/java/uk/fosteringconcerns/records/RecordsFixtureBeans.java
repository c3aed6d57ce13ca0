package uk.fosteringconcerns.records;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.oversight.TeamOversight;
import uk.fosteringconcerns.records.access.CaseAccess;
import uk.fosteringconcerns.records.audit.AuditTrail;
import uk.fosteringconcerns.records.chronology.ChronologyService;
import uk.fosteringconcerns.records.documents.CaseDocuments;
import uk.fosteringconcerns.records.documents.DocumentMapping;
import uk.fosteringconcerns.records.documents.DocumentModels;
import uk.fosteringconcerns.records.documents.DocumentRenderer;
import uk.fosteringconcerns.records.documents.DocumentStore;
import uk.fosteringconcerns.records.earlier.EarlierConcernService;
import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/**
 * The case records on the test engine, the same objects as RecordsConfiguration: the engine plugin (document
 * listener on every user task, audit of every change) and the services the tests call.
 */
public class RecordsFixtureBeans implements FixtureBeans {

  /** One renderer for all test engines: templates and fonts are read once. */
  private static final DocumentRenderer RENDERER = new DocumentRenderer();

  @Override
  public void contribute(FixtureContext context) {
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(context.dataSource());
    SystemDecisions decisions = new SystemDecisions(context.engine());
    AuditTrail audit = context.register("auditTrail", new AuditTrail(context.dataSource(), transactions));
    EarlierConcernService earlier = context.register("earlierConcernService",
        new EarlierConcernService(context.dataSource(), transactions));
    ChronologyService chronology = context.register("chronologyService",
        new ChronologyService(context.engine(), earlier));
    DocumentMapping mapping = new DocumentMapping(decisions);
    CaseDocuments documents = context.register("caseDocuments", new CaseDocuments(
        new DocumentStore(context.dataSource()), RENDERER,
        new DocumentModels(chronology, decisions, "Test Borough Council Children's Services"), context.engine()));
    context.register("caseAccess", new CaseAccess(context.engine(), new TeamOversight(decisions)));
    context.register("documentRenderer", RENDERER);
    context.register("documentRetention", new uk.fosteringconcerns.records.documents.DocumentRetention(
        context.dataSource(), context.engine(), audit, java.time.Period.ofDays(3650)));
    context.plugin(new CaseRecordsPlugin(audit, documents, mapping));
  }
}
