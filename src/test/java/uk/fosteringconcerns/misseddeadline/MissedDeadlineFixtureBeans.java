package uk.fosteringconcerns.misseddeadline;

import org.camunda.bpm.engine.delegate.TaskListener;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.notification.NotificationTemplates;
import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** Missed deadlines on the engine-only test engine: the statutory timers' beans and missed-deadline's delegate. */
public class MissedDeadlineFixtureBeans implements FixtureBeans {

  @Override
  public void contribute(FixtureContext context) {
    NotificationService notifications = context.bean("notificationService");
    if (notifications == null) {
      notifications = context.register("notificationService",
          new NotificationService(context.dataSource(), new NotificationTemplates()));
    }
    StatutoryDeadline deadline = context.register("statutoryDeadline",
        new StatutoryDeadline(context.deadlines(), null));
    MissedDeadlines missed = new MissedDeadlines(deadline, notifications,
        new uk.fosteringconcerns.decisions.SystemDecisions(context.engine()));
    context.register("statutoryReminder", (TaskListener) missed::remind);
    context.register("statutoryChase", (TaskListener) missed::chase);
    context.register("missedDeadlineMoveUp", new MoveUpDelegate());
    context.parseListeners().add(new StatutoryTaskListeners(missed));
  }
}
