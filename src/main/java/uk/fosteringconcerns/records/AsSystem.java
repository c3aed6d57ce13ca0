package uk.fosteringconcerns.records;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Runs engine queries as the system (no authorization checks), inside the current engine command if there is one:
 * who may see a case's records is decided by the records' own rules, not by the caller's engine permissions.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T run(ProcessEngine engine, Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
  }
}
