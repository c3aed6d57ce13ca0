package uk.fosteringconcerns.allocation;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.forms.FormRule;

/** Named workers (PROCESS-API section 6): the assignment of tasks, the form rules and `case-allocation`'s delegate. */
@Configuration
public class AllocationConfiguration {

  @Bean
  public NamedWorkers namedWorkers(ObjectProvider<ProcessEngine> engine) {
    return new NamedWorkers(engine::getObject);
  }

  @Bean
  public NamedWorkerAssignment namedWorkerAssignment() {
    return new NamedWorkerAssignment();
  }

  @Bean("caseAllocationDelegate")
  public CaseAllocationDelegate caseAllocationDelegate(NamedWorkers workers) {
    return new CaseAllocationDelegate(workers);
  }

  @Bean
  public FormRule intakeNamedWorkersRule(NamedWorkers workers) {
    return NamedWorkerRules.intake(workers);
  }

  @Bean
  public FormRule ladoOfficerRule(NamedWorkers workers) {
    return NamedWorkerRules.ladoDecision(workers);
  }

  @Bean
  public FormRule caseAllocationRule(NamedWorkers workers) {
    return NamedWorkerRules.allocation(workers);
  }
}
