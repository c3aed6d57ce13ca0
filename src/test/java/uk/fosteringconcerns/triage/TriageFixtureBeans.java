package uk.fosteringconcerns.triage;

import uk.fosteringconcerns.allegations.MeetingDateRule;
import uk.fosteringconcerns.allegations.MeetingHeldListener;
import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** The beans and form rules of concern-triage and management-of-allegations, for engine-only tests. */
public class TriageFixtureBeans implements FixtureBeans {
  @Override
  public void contribute(FixtureContext context) {
    context.register("ladoNotifiedListener", new LadoNotifiedListener(context.deadlines()));
    context.register("ladoDecisionListener", new LadoDecisionListener());
    context.register("meetingHeldListener", new MeetingHeldListener());
    context.formRules().add(new ReceivedOnRule());
    context.formRules().add(MeetingDateRule.initialEvaluationMeeting());
    context.formRules().add(MeetingDateRule.postAllegationMeeting());
    context.formRules().addAll(uk.fosteringconcerns.allegations.AllegationFormRules.all(context.deadlines()));
  }
}
