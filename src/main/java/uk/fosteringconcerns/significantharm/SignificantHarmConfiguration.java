package uk.fosteringconcerns.significantharm;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.forms.FormRule;

/** The beans `bpmn/significant-harm-report.bpmn` calls by name and the rule of its start form. */
@Configuration
public class SignificantHarmConfiguration {

  @Bean
  public CaseLookup caseLookup() {
    return new CaseLookup();
  }

  @Bean("harmReportOpenDelegate")
  public HarmReportOpenDelegate harmReportOpenDelegate(CaseLookup cases) {
    return new HarmReportOpenDelegate(cases);
  }

  @Bean("stopStandardsOfCareDelegate")
  public StopStandardsOfCareDelegate stopStandardsOfCareDelegate(CaseLookup cases) {
    return new StopStandardsOfCareDelegate(cases);
  }

  @Bean("openAllegationDelegate")
  public OpenAllegationDelegate openAllegationDelegate(CaseLookup cases) {
    return new OpenAllegationDelegate(cases);
  }

  @Bean
  public FormRule harmReportRule(ObjectProvider<ProcessEngine> engine, CaseLookup cases) {
    return new HarmReportRule(engine::getObject, cases);
  }
}
