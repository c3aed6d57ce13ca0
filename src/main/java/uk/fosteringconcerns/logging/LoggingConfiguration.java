package uk.fosteringconcerns.logging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class LoggingConfiguration {

  /** The Camunda starter applies every ProcessEnginePlugin bean to the engine. */
  @Bean
  public EngineLoggingPlugin engineLoggingPlugin() {
    return new EngineLoggingPlugin();
  }
}
