package uk.fosteringconcerns.standardsofcare;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.timescales.ProcedureTimescales;

/** The beans `bpmn/standards-of-care.bpmn` calls by name, and the rules of its forms. */
@Configuration
public class StandardsOfCareConfiguration {

  @Bean
  public EarlierConcerns earlierConcerns() {
    return new EarlierConcerns();
  }

  @Bean("socCaseOpenDelegate")
  public SocCaseOpenDelegate socCaseOpenDelegate(ProcedureTimescales timescales) {
    return new SocCaseOpenDelegate(timescales);
  }

  @Bean("socMeetingFactsDelegate")
  public SocMeetingFactsDelegate socMeetingFactsDelegate(EarlierConcerns earlierConcerns, Deadlines deadlines) {
    return new SocMeetingFactsDelegate(earlierConcerns, deadlines);
  }

  @Bean("socReportDatesDelegate")
  public SocReportDatesDelegate socReportDatesDelegate(Deadlines deadlines) {
    return new SocReportDatesDelegate(deadlines);
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
}
