package uk.fosteringconcerns.standardsofcare;

import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** The standards-of-care delegates and form rules on the test engine (same objects as StandardsOfCareConfiguration). */
public class StandardsOfCareFixtureBeans implements FixtureBeans {
  @Override
  public void contribute(FixtureContext context) {
    context.register("socCaseOpenDelegate", new SocCaseOpenDelegate(context.timescales()));
    context.register("socMeetingFactsDelegate", new SocMeetingFactsDelegate(new EarlierConcerns(), context.deadlines()));
    context.register("socReportDatesDelegate", new SocReportDatesDelegate(context.deadlines()));
    context.formRules().addAll(SocDateRules.all());
  }
}
