package uk.fosteringconcerns.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of engine-only tests that need every model deployed, as the application deploys them. The subclass
 * registers the engine: {@code @RegisterExtension static ProcessEngineCoverageExtension extension =
 * ProcessEngineFixture.extension();}. The engine clock is reset after each test.
 */
public abstract class DeployedModelsTest {

  protected ProcessEngine engine;
  protected String deployment;

  @BeforeEach
  void deployAllModels(ProcessEngine engine) {
    this.engine = engine;
    deployment = ProcessEngineFixture.deployAll(engine);
  }

  @AfterEach
  void undeployAllModels() {
    ClockUtil.reset();
    ProcessEngineFixture.undeploy(engine, deployment);
  }
}
