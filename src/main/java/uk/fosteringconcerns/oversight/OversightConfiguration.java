package uk.fosteringconcerns.oversight;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.decisions.SystemDecisions;

@Configuration
public class OversightConfiguration {

  @Bean
  public SystemDecisions systemDecisions(ObjectProvider<ProcessEngine> engine) {
    return new SystemDecisions(engine::getObject);
  }

  @Bean
  public TeamOversight teamOversight(SystemDecisions decisions) {
    return new TeamOversight(decisions);
  }
}
