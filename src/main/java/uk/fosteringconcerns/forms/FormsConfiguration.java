package uk.fosteringconcerns.forms;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class FormsConfiguration {

  @Bean
  public FormValidation formValidation(List<FormRule> rules) {
    return new FormValidation(rules);
  }

  /** The Camunda starter applies every ProcessEnginePlugin bean to the engine. */
  @Bean
  public FormValidationPlugin formValidationPlugin(FormValidation validation) {
    return new FormValidationPlugin(validation);
  }
}
