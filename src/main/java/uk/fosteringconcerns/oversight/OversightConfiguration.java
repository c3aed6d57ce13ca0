package uk.fosteringconcerns.oversight;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.oversight.recording.OversightPlugin;
import uk.fosteringconcerns.oversight.recording.OversightRecorder;
import uk.fosteringconcerns.oversight.cockpit.CockpitViewsFilter;
import uk.fosteringconcerns.oversight.cockpit.OversightCockpitPlugin;
import uk.fosteringconcerns.oversight.cockpit.OversightCockpitRegistration;
import uk.fosteringconcerns.oversight.reports.CaseTasks;
import uk.fosteringconcerns.oversight.reports.OversightAccess;
import uk.fosteringconcerns.oversight.reports.OversightApi;
import uk.fosteringconcerns.oversight.reports.OversightReports;
import uk.fosteringconcerns.oversight.reports.OverdueWork;
import uk.fosteringconcerns.timescales.Deadlines;

@Configuration
@EnableConfigurationProperties(OversightProperties.class)
public class OversightConfiguration {

  @Bean
  public SystemDecisions systemDecisions(ObjectProvider<ProcessEngine> engine) {
    return new SystemDecisions(engine::getObject);
  }

  @Bean
  public TeamOversight teamOversight(SystemDecisions decisions) {
    return new TeamOversight(decisions);
  }

  @Bean
  public OversightRecorder oversightRecorder(Deadlines deadlines, WorkingDayCalendar calendar,
      OversightProperties properties) {
    return new OversightRecorder(deadlines, calendar, properties.capturedVariables());
  }

  /** The Camunda starter applies every ProcessEnginePlugin bean: the reporting tables' history event handler. */
  @Bean
  public OversightPlugin oversightPlugin(OversightRecorder recorder) {
    return new OversightPlugin(recorder);
  }

  @Bean
  public OversightReports oversightReports(DataSource dataSource) {
    return new OversightReports(dataSource);
  }

  @Bean
  public OverdueWork overdueWork(DataSource dataSource, WorkingDayCalendar calendar) {
    return new OverdueWork(dataSource, calendar);
  }

  @Bean
  public OversightAccess oversightAccess(ObjectProvider<ProcessEngine> engine, TeamOversight oversight) {
    return new OversightAccess(engine::getObject, oversight);
  }

  @Bean
  public CaseTasks caseTasks(ObjectProvider<ProcessEngine> engine, WorkingDayCalendar calendar) {
    return new CaseTasks(engine::getObject, calendar);
  }

  /** Also reached by the Cockpit plugin through the engine's beans (name {@code oversightApi}). */
  @Bean(OversightCockpitPlugin.API_BEAN)
  public OversightApi oversightApi(OversightAccess access, OversightReports reports, OverdueWork overdue,
      CaseTasks caseTasks, ObjectMapper json) {
    return new OversightApi(access, reports, overdue, caseTasks, json);
  }

  @Bean
  public OversightCockpitRegistration oversightCockpitRegistration(ProcessEngine engine, OversightApi api) {
    return new OversightCockpitRegistration(engine, api);
  }

  /**
   * Cockpit's task views assume the viewer may read every task; managers may not (PROCESS-API section 1), so those
   * views are left out and the plugin's own take their place (see {@link CockpitViewsFilter}).
   */
  @Bean
  public FilterRegistrationBean<CockpitViewsFilter> cockpitViewsFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    FilterRegistrationBean<CockpitViewsFilter> registration = new FilterRegistrationBean<>(
        new CockpitViewsFilter(applicationPath));
    registration.setName("fostering-cockpit-views");
    registration.addUrlPatterns(applicationPath + "/app/cockpit/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
