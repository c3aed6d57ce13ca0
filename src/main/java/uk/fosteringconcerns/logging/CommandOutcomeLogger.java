package uk.fosteringconcerns.logging;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each engine command that fails, once, by what it means (see {@link FailureKind}); it replaces the engine's
 * own ENGINE-16004 "Exception while closing command context" (an ERROR with the full stack trace for every refused
 * form), which {@link EngineLoggingPlugin} switches off. Sits first in the command chain and logs only at the
 * outermost command of a thread, so a failure is logged once however deeply it was nested. Job executions are left
 * to the job executor's own log ({@link JobFailureLogger}).
 */
public class CommandOutcomeLogger extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(CommandOutcomeLogger.class);
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final Supplier<IdentityService> identity;

  public CommandOutcomeLogger(Supplier<IdentityService> identity) {
    this.identity = identity;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      return next.execute(command);
    } catch (RuntimeException | Error e) {
      if (depth[0] == 1 && !(command instanceof ExecuteJobsCmd)) {
        log(command, e);
      }
      throw e;
    } finally {
      if (--depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }

  private void log(Command<?> command, Throwable e) {
    String name = name(command);
    switch (FailureKind.of(e)) {
      case REFUSED -> LOG.warn("Refused {}: {}{}", name, FailureKind.describeRefusal(e), user());
      case RACE -> LOG.info("{} lost a race with another request or node ({}); nothing was changed by it", name,
          FailureKind.describeRace(e));
      default -> LOG.error("{} failed{}: {}", name, user(), e.getClass().getSimpleName(), e);
    }
  }

  private String user() {
    try {
      IdentityService service = identity.get();
      Authentication authentication = service == null ? null : service.getCurrentAuthentication();
      return authentication == null || authentication.getUserId() == null ? ""
          : " (user " + authentication.getUserId() + ")";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String name(Command<?> command) {
    String name = command.getClass().getSimpleName();
    return name.isEmpty() || name.contains("$") || name.contains("Lambda") ? "Engine command" : name;
  }
}
