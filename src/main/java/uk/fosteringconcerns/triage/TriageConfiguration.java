package uk.fosteringconcerns.triage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans `concern-triage` refers to by name. */
@Configuration
public class TriageConfiguration {

  @Bean("ladoNotifiedListener")
  public LadoNotifiedListener ladoNotifiedListener(uk.fosteringconcerns.timescales.Deadlines deadlines) {
    return new LadoNotifiedListener(deadlines);
  }

  @Bean("ladoDecisionListener")
  public LadoDecisionListener ladoDecisionListener() {
    return new LadoDecisionListener();
  }

  @Bean
  public ReceivedOnRule receivedOnRule() {
    return new ReceivedOnRule();
  }
}
