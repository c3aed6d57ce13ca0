package uk.fosteringconcerns.notification;

import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** The real outbox on the test engine's database. */
public class NotificationFixtureBeans implements FixtureBeans {
  @Override
  public void contribute(FixtureContext context) {
    NotificationService service = context.register("notificationService",
        new NotificationService(context.dataSource(), new NotificationTemplates()));
    context.register("notifyDelegate", new NotifyDelegate(service));
  }
}
