package uk.fosteringconcerns.standardsofcare;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import uk.fosteringconcerns.cluster.StartupLock;
import uk.fosteringconcerns.identity.Groups;

/**
 * Start-up, after the groups and grants (identity.IdentitySetup): fostering managers may start `standards-of-care`
 * directly exactly when the running profile's procedure lets a fostering manager decide (soc-profile-steps,
 * DIRECT_START: seed 001 4.1 yes, seed 000 section 2 no). A grant left from another profile is taken back, so moving
 * an installation from dudley to dorset closes the door. Idempotent and run under the cluster's start-up lock.
 */
@Order(1)
public class SocDirectStartAccess implements ApplicationRunner {

  private final ProcessEngine engine;
  private final SocProfileSteps steps;
  private final StartupLock startupLock;

  public SocDirectStartAccess(ProcessEngine engine, SocProfileSteps steps, StartupLock startupLock) {
    this.engine = engine;
    this.steps = steps;
    this.startupLock = startupLock;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean allowed = steps.runs(StandardsOfCareVariables.STEP_DIRECT_START);
    startupLock.exclusively("soc-direct-start", () -> apply(engine.getAuthorizationService(), allowed));
  }

  /** Grants fostering managers READ and CREATE_INSTANCE on standards-of-care, or takes CREATE_INSTANCE back. */
  public static void apply(AuthorizationService authorizations, boolean allowed) {
    Authorization grant = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(Groups.FOSTERING_MANAGER).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(StandardsOfCareVariables.PROCESS_KEY).singleResult();
    if (allowed) {
      boolean changed = false;
      if (grant == null) {
        grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(Groups.FOSTERING_MANAGER);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(StandardsOfCareVariables.PROCESS_KEY);
        changed = true;
      }
      for (Permissions permission : new Permissions[] {Permissions.READ, Permissions.CREATE_INSTANCE}) {
        if (!grant.isPermissionGranted(permission)) {
          grant.addPermission(permission);
          changed = true;
        }
      }
      if (changed) {
        authorizations.saveAuthorization(grant);
      }
    } else if (grant != null && grant.isPermissionGranted(Permissions.CREATE_INSTANCE)) {
      grant.removePermission(Permissions.CREATE_INSTANCE);
      authorizations.saveAuthorization(grant);
    }
  }
}
