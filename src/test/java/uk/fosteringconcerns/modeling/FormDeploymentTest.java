package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * At run time every user task and start form is found: all models of bpmn/, dmn/ and forms/ deploy together to an
 * engine (as the application deploys them), and each formRef finds a Camunda Form of the same deployment, which is
 * what {@code camunda:formRefBinding="deployment"} resolves to. Expressions such as {@code ${deadlines...}} are only
 * evaluated when a case runs, so no product bean is needed here.
 */
@DisplayName("Forms are deployed with the processes that show them")
class FormDeploymentTest {

  private static ProcessEngine engine;
  private static Deployment deployment;

  @BeforeAll
  static void deployAllModels() throws IOException {
    String name = "forms-" + UUID.randomUUID();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName(name)
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setJobExecutorActivate(false);
    // as application.yaml: history time to live enforced, P3650D by default
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setHistoryTimeToLive("P3650D");
    configuration.setDbMetricsReporterActivate(false);
    engine = configuration.buildProcessEngine();

    DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("all models");
    List<Path> models = Stream.of(ModelFiles.bpmn(), ModelFiles.dmn(), ModelFiles.forms()).flatMap(List::stream).toList();
    for (Path model : models) {
      try (InputStream in = Files.newInputStream(ModelFiles.resolve(model))) {
        builder.addInputStream(model.toString().replace('\\', '/'), in);
      }
    }
    deployment = models.isEmpty() ? null : builder.deploy();
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  @DisplayName("every user task and start event with a formRef finds its Camunda Form in the same deployment")
  void everyFormRefResolvesInTheSameDeployment() {
    List<String> problems = new ArrayList<>();
    List<ProcessDefinition> processes = deployment == null ? List.of()
        : engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId()).list();

    for (ProcessDefinition process : processes) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(process.getId());
      for (BaseElement element : elementsWithForms(model)) {
        String formRef = element instanceof UserTask task ? task.getCamundaFormRef()
            : ((StartEvent) element).getCamundaFormRef();
        if (formRef == null || formRef.contains("{")) {
          continue;
        }
        CamundaFormDefinition form = formOfDeployment(formRef);
        if (form == null) {
          problems.add(process.getResourceName() + ": " + BpmnLayoutTest.describe(element) + " has formRef \""
              + formRef + "\" but the deployment holds no Camunda Form with that id");
        }
      }
    }

    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("every form file is deployed as a Camunda Form")
  void everyFormIsDeployed() {
    List<String> missing = ModelFiles.forms().stream()
        .map(ModelFiles::baseName)
        .filter(id -> formOfDeployment(id) == null)
        .map(id -> "forms/" + id + ".form")
        .toList();

    assertThat(missing).as("forms whose id differs from their file name or that did not deploy").isEmpty();
  }

  private static List<BaseElement> elementsWithForms(BpmnModelInstance model) {
    List<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(UserTask.class));
    elements.addAll(model.getModelElementsByType(StartEvent.class));
    return elements;
  }

  /** The form the engine shows for formRefBinding="deployment". */
  private static CamundaFormDefinition formOfDeployment(String key) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(new GetCamundaFormDefinitionCmd(new CamundaFormRefImpl(key, "deployment"), deployment.getId()));
  }
}
