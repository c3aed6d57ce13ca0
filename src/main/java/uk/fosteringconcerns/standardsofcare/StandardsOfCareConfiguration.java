package uk.fosteringconcerns.standardsofcare;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.cluster.StartupLock;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.records.earlier.EarlierConcernService;
import uk.fosteringconcerns.timescales.Deadlines;

/** The beans `bpmn/standards-of-care.bpmn` calls by name, the rules of its forms and who may start it directly. */
@Configuration
public class StandardsOfCareConfiguration {

  @Bean
  public SocProfileSteps socProfileSteps(ObjectProvider<ProcessEngine> engine,
      @Value("${fostering.procedure-profile:dorset}") String profile) {
    return new SocProfileSteps(new SystemDecisions(engine::getObject), profile);
  }

  @Bean
  public StandardsOfCareIssues standardsOfCareIssues(EarlierConcernService earlierConcerns) {
    return new StandardsOfCareIssues(earlierConcerns);
  }

  @Bean
  public AllegationCheck allegationCheck() {
    return new AllegationCheck();
  }

  @Bean("socCaseOpenDelegate")
  public SocCaseOpenDelegate socCaseOpenDelegate(SocProfileSteps steps) {
    return new SocCaseOpenDelegate(steps);
  }

  @Bean("socAllegationCheckDelegate")
  public SocAllegationCheckDelegate socAllegationCheckDelegate(AllegationCheck check) {
    return new SocAllegationCheckDelegate(check);
  }

  @Bean("socMeetingFactsDelegate")
  public SocMeetingFactsDelegate socMeetingFactsDelegate(StandardsOfCareIssues issues, Deadlines deadlines) {
    return new SocMeetingFactsDelegate(issues, deadlines);
  }

  @Bean("socReportDatesDelegate")
  public SocReportDatesDelegate socReportDatesDelegate(Deadlines deadlines) {
    return new SocReportDatesDelegate(deadlines);
  }

  @Bean("socReportReceivedDelegate")
  public SocReportReceivedDelegate socReportReceivedDelegate(Deadlines deadlines) {
    return new SocReportReceivedDelegate(deadlines);
  }

  @Bean("socWords")
  public SocWords socWords() {
    return new SocWords();
  }

  @Bean
  public SocDirectStartAccess socDirectStartAccess(ProcessEngine engine, SocProfileSteps steps,
      StartupLock startupLock) {
    return new SocDirectStartAccess(engine, steps, startupLock);
  }

  @Bean
  public FormRule socDirectStartRule(SocProfileSteps steps) {
    return new SocDirectStartRule(steps);
  }

  @Bean
  public FormRule socIntakeReceivedOnRule() {
    return SocDateRules.intake();
  }

  @Bean
  public FormRule socVisitDatesRule() {
    return SocDateRules.visit();
  }

  @Bean
  public FormRule socMinutesDateRule() {
    return SocDateRules.minutes();
  }

  @Bean
  public FormRule socScheduleRule() {
    return SocDateRules.schedule();
  }

  @Bean
  public FormRule socReportToCarerRule() {
    return SocDateRules.reportToCarer();
  }

  @Bean
  public FormRule socReportToChairRule() {
    return SocDateRules.reportToChair();
  }
}
