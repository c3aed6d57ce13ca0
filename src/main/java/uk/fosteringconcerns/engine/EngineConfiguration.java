package uk.fosteringconcerns.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class EngineConfiguration {

  /** The Camunda starter applies every ProcessEnginePlugin bean to the engine. */
  @Bean
  public ParseListenersPlugin parseListenersPlugin(List<BpmnParseListener> listeners) {
    return new ParseListenersPlugin(listeners);
  }

  /** Indexes and statistics the engine's queries need at national scale (issue 18). */
  @Bean
  public EngineTuning engineTuning(uk.fosteringconcerns.cluster.StartupLock startupLock) {
    return new EngineTuning(startupLock);
  }
}
