package uk.fosteringconcerns.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Runs a lookup the product needs to decide something (is this user in that group, which tasks are statutory, what
 * does a reference table say) without the caller's authorizations, inside the engine command already running or in
 * a new one. Never used to do the caller's work: an engine call that changes a case always runs as the caller.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T call(ProcessEngine engine, Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(commandContext ->
        commandContext.runWithoutAuthorization(work::get));
  }
}
