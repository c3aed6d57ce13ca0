package uk.fosteringconcerns.logging;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;

/**
 * Clean engine logs (issue 9): ERROR means someone must act.
 * <ul>
 *   <li>{@code enableCmdExceptionLogging=false}: the engine no longer logs every failed command as ENGINE-16004
 *       ERROR with its stack trace (refused forms, missing permissions, unknown ids included);
 *       {@link CommandOutcomeLogger} logs each failure once instead: refusals one WARN line, races one INFO line,
 *       real failures ERROR with the stack trace;</li>
 *   <li>{@code enableReducedJobExceptionLogging=true}: a failing job is logged on its last retry only, by
 *       {@link JobFailureLogger}, as ERROR (it becomes an incident); before that its failure is kept on the job
 *       (Cockpit) and it is retried by the configured retry cycle.</li>
 * </ul>
 */
public class EngineLoggingPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableCmdExceptionLogging(false);
    configuration.setEnableReducedJobExceptionLogging(true);
    // one instance per chain: an interceptor holds its chain's next element
    configuration.setCustomPreCommandInterceptorsTxRequired(first(
        new CommandOutcomeLogger(configuration::getIdentityService),
        configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(first(
        new CommandOutcomeLogger(configuration::getIdentityService),
        configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // Camunda's hook for how the job executor logs a failed job (one handler per JVM)
    ExecuteJobHelper.LOGGING_HANDLER = new JobFailureLogger();
  }

  private static List<CommandInterceptor> first(CommandInterceptor interceptor, List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(interceptor);
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }
}
