package uk.fosteringconcerns.forms;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.calendar.CalendarProperties;

@Configuration
@EnableConfigurationProperties(CalendarProperties.class)
public class FormsConfiguration {

  @Bean
  public FormValidation formValidation(List<FormRule> rules, CalendarProperties calendar) {
    return new FormValidation(rules, calendar.getFirstYear(), calendar.getLastYear());
  }

  @Bean
  public CaseForms caseForms(ObjectProvider<ProcessEngine> engine, FormValidation validation) {
    return new CaseForms(engine::getObject, validation);
  }
}
