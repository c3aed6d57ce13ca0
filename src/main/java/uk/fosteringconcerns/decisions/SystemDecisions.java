package uk.fosteringconcerns.decisions;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import uk.fosteringconcerns.system.AsSystem;

/**
 * Evaluates the product's reference decisions (timescales, who oversees whom, who chases late work) as the system,
 * not as the calling user: a deadline or an access rule must not depend on the caller's decision permissions.
 */
public class SystemDecisions {

  private final Supplier<ProcessEngine> engine;

  public SystemDecisions(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    ProcessEngine processEngine = engine.get();
    return AsSystem.call(processEngine, () -> processEngine.getDecisionService()
        .evaluateDecisionByKey(decisionKey).variables(Variables.fromMap(inputs)).evaluate());
  }
}
