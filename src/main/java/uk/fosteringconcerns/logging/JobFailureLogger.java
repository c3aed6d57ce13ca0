package uk.fosteringconcerns.logging;

import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job executor's log of a failed job (Camunda's hook {@link ExecuteJobHelper#LOGGING_HANDLER}, by default
 * ENGINE-14006 at WARN). With reduced job exception logging on, it is called only for a job's last retry: that job
 * becomes an incident, which someone must act on, so it is an ERROR with the stack trace. A job that met a
 * concurrent change (another node, optimistic locking) is simply run again: DEBUG.
 */
public class JobFailureLogger implements ExecuteJobHelper.ExceptionLoggingHandler {

  private static final Logger LOG = LoggerFactory.getLogger(JobFailureLogger.class);

  @Override
  public void exceptionWhileExecutingJob(String jobId, Throwable exception) {
    if (FailureKind.of(exception) == FailureKind.RACE) {
      LOG.debug("Job {} met a concurrent change ({}); it will run again", jobId, FailureKind.describeRace(exception));
      return;
    }
    LOG.error("Job {} failed on its last retry ({}): it is now an incident. Fix the cause, then retry it in Cockpit "
        + "(process instance, Incidents)", jobId, exception.getClass().getSimpleName(), exception);
  }
}
