package uk.fosteringconcerns.escalation;

import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** The escalation ladder's real beans on the test engine (seed 004 section 10). */
public class EscalationFixtureBeans implements FixtureBeans {

  @Override
  public void contribute(FixtureContext context) {
    context.register("escalationStartListener", new EscalationStartListener());
    context.register("escalationNextStageDelegate", new NextStageDelegate());
    context.register("escalationStageRanOutListener", new StageRanOutListener(context.deadlines()));
    context.formRules().add(new EscalationStartFormRule());
  }
}
