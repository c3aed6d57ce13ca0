package uk.fosteringconcerns.significantharm;

import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** The significant-harm-report delegates and start form rule on the test engine (as SignificantHarmConfiguration). */
public class SignificantHarmFixtureBeans implements FixtureBeans {
  @Override
  public void contribute(FixtureContext context) {
    CaseLookup cases = new CaseLookup();
    context.register("harmReportOpenDelegate", new HarmReportOpenDelegate(cases));
    context.register("stopStandardsOfCareDelegate", new StopStandardsOfCareDelegate(cases));
    context.register("openAllegationDelegate", new OpenAllegationDelegate(cases));
    context.formRules().add(new HarmReportRule(context.engine(), cases));
  }
}
