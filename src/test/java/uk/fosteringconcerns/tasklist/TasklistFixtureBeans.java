package uk.fosteringconcerns.tasklist;

import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** The case views of every task (issue 10) on the engine-only test engine, as the application has them. */
public class TasklistFixtureBeans implements FixtureBeans {

  @Override
  public void contribute(FixtureContext context) {
    context.parseListeners().add(new CaseViewListener(new CaseViews(new CaseWords())));
  }
}
