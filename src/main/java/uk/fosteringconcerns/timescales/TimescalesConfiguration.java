package uk.fosteringconcerns.timescales;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.calendar.CalendarProperties;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;

@Configuration
@EnableConfigurationProperties(CalendarProperties.class)
public class TimescalesConfiguration {

  @Bean
  public WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
    return new WorkingDayCalendar(properties);
  }

  /** The engine is looked up lazily: the models call `deadlines` while the engine itself is being built. */
  @Bean
  public ProcedureTimescales procedureTimescales(ObjectProvider<ProcessEngine> engine,
      @Value("${fostering.procedure-profile:dorset}") String profile) {
    return new ProcedureTimescales(engine::getObject, profile);
  }

  /** Statutory tasks are read from the deployed models, as the system (workers need not read the definitions). */
  @Bean
  public StatutoryTasks statutoryTasks(ObjectProvider<ProcessEngine> engine) {
    return new StatutoryTasks(id -> uk.fosteringconcerns.system.AsSystem.call(engine.getObject(),
        () -> engine.getObject().getRepositoryService().getBpmnModelInstance(id)));
  }

  @Bean("deadlines")
  public Deadlines deadlines(WorkingDayCalendar calendar, ProcedureTimescales timescales) {
    return new Deadlines(calendar, timescales);
  }
}
