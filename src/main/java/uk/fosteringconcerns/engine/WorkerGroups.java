package uk.fosteringconcerns.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine checks a worker's command against the grants of the worker's own groups without first reading every
 * group that has a grant (issue 18).
 *
 * <p>Before each authorization check the engine narrows the worker's groups to those that hold at least one grant, and
 * to know them it reads {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} once in every command: a read of
 * every grant, and there is one for each open task and candidate group (54,630 rows, 3-5 ms a command, at 40,000
 * open tasks; five commands for one Tasklist page). The narrowing only shortens the {@code GROUP_ID_ IN (...)} lists of
 * the checks that follow: a group without grants matches no grant row, so leaving it in changes no answer. Our workers
 * belong to a handful of groups, so their groups are used as they are; a user in more than {@value #THRESHOLD} groups
 * (a directory import) still gets the engine's narrowing. The same change is camunda/camunda-bpm-platform#5485 and CIB
 * seven's {@code authGroupFilterThreshold}.
 *
 * <p>Done with the engine's extension point for its persistence sessions (a custom session factory, as identity
 * plugins use), replacing the authorization session with one that differs in this one method. If a later engine
 * drops or renames the method, this class no longer compiles: it cannot silently stop working.
 */
public class WorkerGroups extends AbstractProcessEnginePlugin {

  /** Above this many groups the engine's own narrowing is kept (its IN lists would otherwise grow long). */
  static final int THRESHOLD = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  /** Opens {@link Authorizations} wherever the engine asks for its authorization session. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Authorizations();
    }
  }

  /** The engine's authorization session, taking a worker's few groups as they are. */
  public static class Authorizations extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.size() > THRESHOLD) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      LinkedHashSet<String> groups = new LinkedHashSet<>(authenticatedGroupIds);
      groups.remove(null);
      return new ArrayList<>(groups);
    }
  }
}
