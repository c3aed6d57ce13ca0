package uk.fosteringconcerns.misseddeadline;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.timescales.Deadlines;

/** Missed deadlines (PROCESS-API section 8): the statutory tasks' timers and listeners, and missed-deadline's beans. */
@Configuration
public class MissedDeadlineConfiguration {

  /**
   * @param countsFrom `fostering.missed-deadline.counts-from` (an ISO date, empty for always): a task due before it
   *                   is neither reminded nor chased, so going live with cases already late floods nobody
   */
  @Bean("statutoryDeadline")
  public StatutoryDeadline statutoryDeadline(Deadlines deadlines,
      @Value("${fostering.missed-deadline.counts-from:}") String countsFrom) {
    return new StatutoryDeadline(deadlines, countsFrom == null || countsFrom.isBlank() ? null
        : LocalDate.parse(countsFrom.trim()));
  }

  @Bean
  public MissedDeadlines missedDeadlines(StatutoryDeadline statutoryDeadline, NotificationService notifications,
      uk.fosteringconcerns.decisions.SystemDecisions decisions) {
    return new MissedDeadlines(statutoryDeadline, notifications, decisions);
  }

  @Bean
  public StatutoryTaskListeners statutoryTaskListeners(MissedDeadlines missedDeadlines) {
    return new StatutoryTaskListeners(missedDeadlines);
  }

  @Bean("statutoryReminder")
  public TaskListener statutoryReminder(MissedDeadlines missedDeadlines) {
    return missedDeadlines::remind;
  }

  @Bean("statutoryChase")
  public TaskListener statutoryChase(MissedDeadlines missedDeadlines) {
    return missedDeadlines::chase;
  }

  @Bean("missedDeadlineMoveUp")
  public MoveUpDelegate missedDeadlineMoveUp() {
    return new MoveUpDelegate();
  }
}
