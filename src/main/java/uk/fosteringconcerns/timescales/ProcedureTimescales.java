package uk.fosteringconcerns.timescales;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Reads the `procedure-timescales` decision (PROCESS-API section 3): the one place every deadline of the
 * procedures lives, so that an analyst changes a timescale in the DMN table and never in a diagram.
 */
public class ProcedureTimescales {

  public static final String DECISION_KEY = "procedure-timescales";

  private final Supplier<ProcessEngine> engine;
  private final String profile;

  public ProcedureTimescales(Supplier<ProcessEngine> engine, String profile) {
    this.engine = engine;
    this.profile = profile;
  }

  /** The running profile (`fostering.procedure-profile`): `dorset` or `dudley`. */
  public String profile() {
    return profile;
  }

  public Timescale of(String step) {
    return of(profile, step);
  }

  public Timescale of(String profile, String step) {
    DmnDecisionTableResult result = evaluateAsSystem(profile, step);
    DmnDecisionRuleResult row = result.getSingleResult();
    if (row == null) {
      throw new IllegalArgumentException(
          "procedure-timescales has no row for profile '" + profile + "' and step '" + step + "'");
    }
    Number amount = row.getEntry("amount");
    String unit = row.getEntry("unit");
    if (amount == null || unit == null) {
      throw new IllegalStateException("procedure-timescales row for " + step + " lacks amount or unit");
    }
    return new Timescale(amount.intValue(), TimescaleUnit.valueOf(unit));
  }

  /**
   * Deadlines are computed inside whatever command is running (a worker completing a task, a timer); the
   * timescale table is reference data, so it is read without the caller's decision authorizations.
   */
  private DmnDecisionTableResult evaluateAsSystem(String profile, String step) {
    ProcessEngine processEngine = engine.get();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    Map<String, Object> inputs = Variables.createVariables().putValue("profile", profile).putValue("step", step);
    return configuration.getCommandExecutorTxRequired().execute(commandContext ->
        commandContext.runWithoutAuthorization(() ->
            processEngine.getDecisionService().evaluateDecisionTableByKey(DECISION_KEY, inputs)));
  }
}
