package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.testing.Coverage;

/**
 * {@link Coverage#extension(ProcessEngineConfiguration)} records coverage, writes the report the gate reads and
 * holds the class to the minimum (on a tiny model of its own, which the gate ignores: it is not in bpmn/).
 */
@DisplayName("Coverage extension")
class CoverageExtensionTest {

  private static final String KEY = "coverage-extension-check";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = Coverage.extension(configuration());

  private static ProcessEngineConfiguration configuration() {
    String name = "coverage-" + UUID.randomUUID();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName(name)
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setJobExecutorActivate(false);
    configuration.setDbMetricsReporterActivate(false);
    return configuration;
  }

  @BeforeEach
  void deploy(ProcessEngine processEngine) {
    if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
          .startEvent("Event_Start").exclusiveGateway("Gateway_Route")
          .sequenceFlowId("Flow_Yes").condition("yes", "${yes}").userTask("Task_Visit").endEvent("Event_Visited")
          .moveToLastGateway().sequenceFlowId("Flow_No").condition("no", "${!yes}").endEvent("Event_NoVisit")
          .done();
      processEngine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
    }
  }

  @Test
  void visitPath(ProcessEngine processEngine) {
    processEngine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of("yes", true));
    processEngine.getTaskService().complete(processEngine.getTaskService().createTaskQuery().singleResult().getId());
  }

  @Test
  void noVisitPath(ProcessEngine processEngine) {
    processEngine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of("yes", false));
  }

  @Test
  void theEngineRecordsCoverage(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

    assertThat(configuration.getCustomPostBPMNParseListeners())
        .hasAtLeastOneElementOfType(ElementCoverageParseListener.class);
    assertThat(Coverage.minimum()).isEqualTo(0.9);
  }
}
