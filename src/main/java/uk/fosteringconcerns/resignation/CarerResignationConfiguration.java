package uk.fosteringconcerns.resignation;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.notification.NotificationService;

/** The beans `bpmn/carer-resignation.bpmn` calls by name and the rule of its start form. */
@Configuration
public class CarerResignationConfiguration {

  @Bean
  public CarerConcerns carerConcerns(NotificationService notifications) {
    return new CarerConcerns(notifications);
  }

  @Bean("openConcernsDelegate")
  public ResignationDelegates.OpenConcerns openConcernsDelegate(CarerConcerns concerns) {
    return new ResignationDelegates.OpenConcerns(concerns);
  }

  @Bean("resignationPanelNoticeDelegate")
  public ResignationDelegates.PanelNotice resignationPanelNoticeDelegate(CarerConcerns concerns) {
    return new ResignationDelegates.PanelNotice(concerns);
  }

  @Bean("resignationToCasesDelegate")
  public ResignationDelegates.TellCases resignationToCasesDelegate(CarerConcerns concerns) {
    return new ResignationDelegates.TellCases(concerns);
  }

  @Bean("deregistrationDelegate")
  public ResignationDelegates.Deregistration deregistrationDelegate(CarerConcerns concerns) {
    return new ResignationDelegates.Deregistration(concerns);
  }

  @Bean
  public FormRule resignationRule(ObjectProvider<ProcessEngine> engine, CarerConcerns concerns) {
    return new ResignationRule(engine::getObject, concerns);
  }
}
