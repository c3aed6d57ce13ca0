package uk.fosteringconcerns.oversight;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.oversight.recording.OversightPlugin;
import uk.fosteringconcerns.oversight.recording.OversightRecorder;
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

  /** Also reached by the Cockpit plugin through the engine's beans (name {@code oversightApi}). */
  @Bean("oversightApi")
  public OversightApi oversightApi(OversightAccess access, OversightReports reports, OverdueWork overdue,
      ObjectMapper json) {
    return new OversightApi(access, reports, overdue, json);
  }
}
