package uk.fosteringconcerns.resignation;

import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** The carer-resignation delegates and start form rule on the test engine (as CarerResignationConfiguration). */
public class CarerResignationFixtureBeans implements FixtureBeans {
  @Override
  public void contribute(FixtureContext context) {
    NotificationService notifications = context.bean("notificationService");
    CarerConcerns concerns = new CarerConcerns(notifications);
    context.register("openConcernsDelegate", new ResignationDelegates.OpenConcerns(concerns));
    context.register("resignationPanelNoticeDelegate", new ResignationDelegates.PanelNotice(concerns));
    context.register("resignationToCasesDelegate", new ResignationDelegates.TellCases(concerns));
    context.register("deregistrationDelegate", new ResignationDelegates.Deregistration(concerns));
    context.formRules().add(new ResignationRule(context.engine(), concerns));
  }
}
