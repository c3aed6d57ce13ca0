package uk.fosteringconcerns.escalation;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.timescales.Deadlines;

/** The escalation ladder's beans (seed 004 section 10) and the deadline watch. */
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

  @Bean
  public DeadlineWatch deadlineWatch(ObjectProvider<ProcessEngine> engine, Deadlines deadlines,
      NotificationService notifications) {
    return new DeadlineWatch(engine::getObject, deadlines, notifications);
  }

  /**
   * Runs the watch every `fostering.deadline-watch.interval` (default 5 minutes);
   * `fostering.deadline-watch.enabled: false` switches it off (engine-only tests call run() themselves).
   */
  @Configuration
  @EnableScheduling
  @ConditionalOnProperty(name = "fostering.deadline-watch.enabled", havingValue = "true", matchIfMissing = true)
  public static class DeadlineWatchSchedule {

    private final DeadlineWatch watch;

    public DeadlineWatchSchedule(DeadlineWatch watch) {
      this.watch = watch;
    }

    @Scheduled(initialDelayString = "${fostering.deadline-watch.interval:PT5M}",
        fixedDelayString = "${fostering.deadline-watch.interval:PT5M}")
    public void run() {
      watch.run();
    }
  }
}
