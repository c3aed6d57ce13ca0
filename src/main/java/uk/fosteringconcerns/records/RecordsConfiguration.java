package uk.fosteringconcerns.records;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.oversight.TeamOversight;
import uk.fosteringconcerns.records.access.CaseAccess;
import uk.fosteringconcerns.records.audit.AuditReadFilter;
import uk.fosteringconcerns.records.audit.AuditTrail;
import uk.fosteringconcerns.records.chronology.ChronologyService;
import uk.fosteringconcerns.records.documents.CaseDocuments;
import uk.fosteringconcerns.records.documents.DocumentMapping;
import uk.fosteringconcerns.records.documents.DocumentModels;
import uk.fosteringconcerns.records.documents.DocumentRetention;
import uk.fosteringconcerns.records.documents.DocumentRenderer;
import uk.fosteringconcerns.records.documents.DocumentStore;
import uk.fosteringconcerns.records.earlier.EarlierConcernService;

/** Case records (PROCESS-API section 10): chronology, documents, audit trail, earlier concerns. */
@Configuration
public class RecordsConfiguration {

  @Bean
  @DependsOnDatabaseInitialization
  public AuditTrail auditTrail(DataSource dataSource, PlatformTransactionManager transactions) {
    return new AuditTrail(dataSource, transactions);
  }

  @Bean
  @DependsOnDatabaseInitialization
  public EarlierConcernService earlierConcernService(DataSource dataSource, PlatformTransactionManager transactions) {
    return new EarlierConcernService(dataSource, transactions);
  }

  @Bean
  public ChronologyService chronologyService(ObjectProvider<ProcessEngine> engine, EarlierConcernService earlier) {
    return new ChronologyService(engine::getObject, earlier);
  }

  @Bean
  public DocumentRenderer documentRenderer() {
    return new DocumentRenderer();
  }

  @Bean
  @DependsOnDatabaseInitialization
  public DocumentStore documentStore(DataSource dataSource) {
    return new DocumentStore(dataSource);
  }

  @Bean
  public DocumentMapping documentMapping(SystemDecisions decisions) {
    return new DocumentMapping(decisions);
  }

  @Bean
  public DocumentModels documentModels(ChronologyService chronology, SystemDecisions decisions,
      @Value("${fostering.records.authority-name:Children's Services}") String authority) {
    return new DocumentModels(chronology, decisions, authority);
  }

  /** Also the bean the task forms' links come from: {@code caseDocuments.documentsOf(caseReference)}. */
  @Bean
  public CaseDocuments caseDocuments(DocumentStore store, DocumentRenderer renderer, DocumentModels models,
      ObjectProvider<ProcessEngine> engine) {
    return new CaseDocuments(store, renderer, models, engine::getObject);
  }

  @Bean
  public CaseAccess caseAccess(ObjectProvider<ProcessEngine> engine, TeamOversight oversight) {
    return new CaseAccess(engine::getObject, oversight);
  }

  /** Documents live as long as their case's history (README: retention). */
  @Bean
  @DependsOnDatabaseInitialization
  public DocumentRetention documentRetention(DataSource dataSource, ObjectProvider<ProcessEngine> engine,
      AuditTrail audit, @Value("${fostering.records.document-time-to-live:P3650D}") String timeToLive) {
    return new DocumentRetention(dataSource, engine::getObject, audit, java.time.Period.parse(timeToLive));
  }

  /** Nightly, inside the engine's history cleanup window (20:00-06:00); off with fostering.records.retention.enabled. */
  @Configuration
  @org.springframework.scheduling.annotation.EnableScheduling
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "fostering.records.retention.enabled",
      havingValue = "true", matchIfMissing = true)
  public static class RetentionSchedule {

    private final DocumentRetention retention;

    public RetentionSchedule(DocumentRetention retention) {
      this.retention = retention;
    }

    @org.springframework.scheduling.annotation.Scheduled(cron = "${fostering.records.retention.cron:0 30 5 * * *}",
        zone = "Europe/London")
    public void removeExpiredDocuments() {
      retention.removeDocumentsOfRemovedCases();
    }
  }

  /** The Camunda starter applies every ProcessEnginePlugin bean to the engine. */
  @Bean
  public CaseRecordsPlugin caseRecordsPlugin(AuditTrail audit, CaseDocuments documents, DocumentMapping mapping) {
    return new CaseRecordsPlugin(audit, documents, mapping);
  }

  /**
   * Audits reads of case variables over {@code /engine-rest} and the webapps' engine API, and of the reports. Runs
   * after the REST authentication filter (order 10), so the REST user is known; a webapp user is read from the
   * Camunda session.
   */
  @Bean
  public FilterRegistrationBean<AuditReadFilter> auditReadFilter(ObjectProvider<ProcessEngine> engine,
      AuditTrail audit, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<AuditReadFilter> registration = new FilterRegistrationBean<>();
    registration.setName("fostering-audit-reads");
    registration.setFilter(new AuditReadFilter(engine::getObject, audit, webappPath));
    registration.addUrlPatterns("/engine-rest/*", "/api/*", webappPath + "/api/engine/*");
    registration.setOrder(20);
    return registration;
  }
}
