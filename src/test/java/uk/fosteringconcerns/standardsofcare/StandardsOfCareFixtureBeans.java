package uk.fosteringconcerns.standardsofcare;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.records.earlier.EarlierConcernService;
import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** The standards-of-care delegates and form rules on the test engine (same objects as StandardsOfCareConfiguration). */
public class StandardsOfCareFixtureBeans implements FixtureBeans {
  @Override
  public void contribute(FixtureContext context) {
    SocProfileSteps steps = context.register("socProfileSteps",
        new SocProfileSteps(new SystemDecisions(context.engine()), context.profile()));
    EarlierConcernService earlier = new EarlierConcernService(context.dataSource(),
        new DataSourceTransactionManager(context.dataSource()));
    context.register("socCaseOpenDelegate", new SocCaseOpenDelegate(steps));
    context.register("socAllegationCheckDelegate", new SocAllegationCheckDelegate(new AllegationCheck()));
    context.register("socMeetingFactsDelegate", new SocMeetingFactsDelegate(new StandardsOfCareIssues(earlier),
        context.deadlines()));
    context.register("socReportDatesDelegate", new SocReportDatesDelegate(context.deadlines()));
    context.register("socReportReceivedDelegate", new SocReportReceivedDelegate(context.deadlines()));
    context.register("socWords", new SocWords());
    context.formRules().addAll(SocDateRules.all());
    context.formRules().add(new SocDirectStartRule(steps));
  }
}
