package uk.fosteringconcerns.decisions;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Evaluates the product's reference decisions (timescales, who oversees whom, who chases late work) as the system,
 * not as the calling user: a deadline or an access rule must not depend on the caller's decision permissions.
 * Runs inside the engine command that is already running (a task completion, a timer) or in a new one.
 */
public class SystemDecisions {

  private final Supplier<ProcessEngine> engine;

  public SystemDecisions(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    ProcessEngine processEngine = engine.get();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(commandContext ->
        commandContext.runWithoutAuthorization(() -> processEngine.getDecisionService()
            .evaluateDecisionByKey(decisionKey).variables(Variables.fromMap(inputs)).evaluate()));
  }
}
