package uk.fosteringconcerns.escalation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.timescales.Deadlines;

/** The escalation ladder's beans (seed 004 section 10): raised by people only; late work is `missed-deadline`. */
@Configuration
public class EscalationConfiguration {

  @Bean("escalationStartListener")
  public EscalationStartListener escalationStartListener() {
    return new EscalationStartListener();
  }

  @Bean("escalationNextStageDelegate")
  public NextStageDelegate escalationNextStageDelegate() {
    return new NextStageDelegate();
  }

  @Bean("escalationStageRanOutListener")
  public StageRanOutListener escalationStageRanOutListener(Deadlines deadlines) {
    return new StageRanOutListener(deadlines);
  }

  @Bean
  public EscalationStartFormRule escalationStartFormRule() {
    return new EscalationStartFormRule();
  }
}
