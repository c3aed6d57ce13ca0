package uk.fosteringconcerns.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.casereference.CaseReferenceListener;
import uk.fosteringconcerns.casereference.CaseReferenceService;
import uk.fosteringconcerns.casereference.StartRequestParseListener;
import uk.fosteringconcerns.casereference.StartRequests;
import uk.fosteringconcerns.engine.ParseListenersPlugin;
import uk.fosteringconcerns.forms.CaseForms;
import uk.fosteringconcerns.forms.FormValidation;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.timescales.ProcedureTimescales;

/**
 * Engine-only process tests: a real Camunda engine on its own in-memory H2, with the product's real beans
 * (deadlines, case references, form validation, delegates) wired by hand instead of by Spring, and every
 * model of bpmn/, dmn/ and forms/ deployed.
 *
 * <pre>
 * {@literal @}RegisterExtension
 * static ProcessEngineCoverageExtension engine = ProcessEngineFixture.extension();
 * </pre>
 */
public final class ProcessEngineFixture {

  public static final String DORSET = "dorset";
  public static final String DUDLEY = "dudley";
  private static final String CASE_FORMS = "caseForms";

  /**
   * Every capability's engine-only beans. Add your capability's {@link FixtureBeans} here (one line each).
   */
  private static final List<FixtureBeans> CAPABILITIES = new ArrayList<>(List.of(
      new uk.fosteringconcerns.notification.NotificationFixtureBeans(),
      new uk.fosteringconcerns.escalation.EscalationFixtureBeans(),
      new uk.fosteringconcerns.triage.TriageFixtureBeans(),
      new uk.fosteringconcerns.standardsofcare.StandardsOfCareFixtureBeans(),
      new uk.fosteringconcerns.allocation.AllocationFixtureBeans(),
      new uk.fosteringconcerns.misseddeadline.MissedDeadlineFixtureBeans(),
      new uk.fosteringconcerns.records.RecordsFixtureBeans(),
      new uk.fosteringconcerns.significantharm.SignificantHarmFixtureBeans(),
      new uk.fosteringconcerns.resignation.CarerResignationFixtureBeans(),
      new uk.fosteringconcerns.tasklist.TasklistFixtureBeans()
  ));

  private ProcessEngineFixture() {}

  /** The coverage-recording engine extension for the default (Dorset) profile. */
  public static ProcessEngineCoverageExtension extension() {
    return extension(DORSET);
  }

  /**
   * Records flow-node coverage of every model a test class runs; the per-model minimum is checked across all
   * classes by {@code ModelCoverageGateTest} (a class that deploys every model cannot cover them all alone).
   */
  public static ProcessEngineCoverageExtension extension(String profile) {
    ProcessEngineConfigurationImpl configuration = configuration(profile);
    Coverage.enableCoverage(configuration);
    return ProcessEngineCoverageExtension.builder(configuration).build();
  }

  /** A fresh engine configuration (not yet built) with the product's beans and plugins. */
  public static ProcessEngineConfigurationImpl configuration(String profile) {
    String name = "test-" + UUID.randomUUID();
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);

    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setDbMetricsReporterActivate(false);
    // as the application: the contract's group ids contain hyphens
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+");

    Map<Object, Object> engineBeans = new HashMap<>();
    configuration.setBeans(engineBeans);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, Object> beans = (Map) engineBeans;

    WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(), 2015, 2030);
    ProcedureTimescales timescales = new ProcedureTimescales(() -> ProcessEngines.getProcessEngine(name), profile);
    Deadlines deadlines = new Deadlines(calendar, timescales);
    FixtureContext context = new FixtureContext(profile, beans, new ArrayList<>(), new ArrayList<>(), dataSource,
        () -> ProcessEngines.getProcessEngine(name), calendar, timescales, deadlines, new ArrayList<>());

    context.register("deadlines", deadlines);
    CaseReferenceService references = new CaseReferenceService(dataSource);
    references.prepareYears(2015, 2030);
    context.register("caseReferenceService", references);
    context.register("caseReferenceListener", new CaseReferenceListener(references));
    context.parseListeners().add(new StartRequestParseListener(new StartRequests(dataSource)));
    CAPABILITIES.forEach(capability -> capability.contribute(context));
    context.register(CASE_FORMS, new CaseForms(() -> ProcessEngines.getProcessEngine(name),
        new FormValidation(context.formRules(), 2015, 2030)));

    List<ProcessEnginePlugin> plugins = new ArrayList<>();
    plugins.add(new SpinProcessEnginePlugin());
    plugins.add(new ParseListenersPlugin(context.parseListeners()));
    plugins.add(new uk.fosteringconcerns.engine.WorkerGroups());
    // logs as the application does: refusals one WARN line, real failures ERROR (issue 9)
    plugins.add(new uk.fosteringconcerns.logging.EngineLoggingPlugin());
    plugins.addAll(context.plugins());
    // oversight reporting tables, kept as the application keeps them (every model's paths run through it)
    plugins.add(new uk.fosteringconcerns.oversight.recording.OversightPlugin(
        new uk.fosteringconcerns.oversight.recording.OversightRecorder(deadlines, calendar, List.of())));
    configuration.setProcessEnginePlugins(plugins);
    return configuration;
  }

  /**
   * The product's form gate on this engine: how a worker completes a task or starts a case (the REST guard calls the
   * same service), so engine-only tests submit through it to have the forms' rules enforced.
   */
  public static CaseForms forms(ProcessEngine engine) {
    // the bean as the models' expressions see it: the fixture's beans, or the Spring application's
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return (CaseForms) configuration.getCommandExecutorTxRequired().execute(context -> configuration
        .getExpressionManager().createExpression("${" + CASE_FORMS + "}")
        .getValue(org.camunda.bpm.engine.impl.el.StartProcessVariableScope.getSharedInstance()));
  }

  /** Deploys every model, decision and form, as the application does at start-up. */
  public static String deployAll(ProcessEngine engine) {
    return deployAll(engine, Map.of());
  }

  /**
   * Deploys every model, decision and form, with some resources' text replaced (e.g. a decision table as an analyst
   * might change it): resource name ({@code dmn/<key>.dmn}) to the text deployed in its place.
   */
  public static String deployAll(ProcessEngine engine, Map<String, String> replaced) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("all models");
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String pattern : List.of("classpath*:bpmn/*.bpmn", "classpath*:dmn/*.dmn", "classpath*:forms/*.form")) {
        for (Resource resource : resolver.getResources(pattern)) {
          String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
          String name = folder + "/" + resource.getFilename();
          if (replaced.containsKey(name)) {
            deployment.addString(name, replaced.get(name));
            continue;
          }
          try (InputStream in = resource.getInputStream()) {
            deployment.addInputStream(name, in);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the models", e);
    }
    return deployment.deploy().getId();
  }

  /** Removes a deployment and its running cases (between tests). */
  public static void undeploy(ProcessEngine engine, String deploymentId) {
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true, true);
    }
  }
}
