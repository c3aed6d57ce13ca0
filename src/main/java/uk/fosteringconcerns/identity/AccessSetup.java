package uk.fosteringconcerns.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Groups, demo users and authorizations of PROCESS-API section 1. Idempotent: every grant is looked up first
 * and only what is missing is added, so a restart changes nothing. Look-up-then-add is not atomic across nodes:
 * run it under {@link uk.fosteringconcerns.cluster.StartupLock} (as {@link IdentitySetup} does), so nodes starting
 * at the same moment do not both add the same group or grant (issue 9).
 */
public class AccessSetup {

  public static final String TRIAGE = "concern-triage";
  public static final String ESCALATION = "escalation";
  public static final String STANDARDS_OF_CARE = "standards-of-care";
  public static final String CASE_ALLOCATION = "case-allocation";
  public static final String SIGNIFICANT_HARM_REPORT = "significant-harm-report";
  public static final String CARER_RESIGNATION = "carer-resignation";

  /** Every process whose user tasks a worker may be given (issue 10: the task header names the process). */
  public static final List<String> PROCESSES_WITH_TASKS = List.of(TRIAGE, "management-of-allegations",
      STANDARDS_OF_CARE, "approval-review", ESCALATION, "missed-deadline", SIGNIFICANT_HARM_REPORT, CARER_RESIGNATION,
      CASE_ALLOCATION);

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public AccessSetup(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  public void createGroups() {
    for (String groupId : uk.fosteringconcerns.identity.Groups.ALL) {
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(uk.fosteringconcerns.identity.Groups.displayName(groupId));
        group.setType(groupId.equals(uk.fosteringconcerns.identity.Groups.ADMIN)
            ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
      }
    }
  }

  public void createDemoUsers() {
    for (var entry : DemoUsers.USERS.entrySet()) {
      String userId = entry.getKey();
      if (identity.createUserQuery().userId(userId).count() == 0) {
        User user = identity.newUser(userId);
        user.setFirstName(Character.toUpperCase(userId.charAt(0)) + userId.substring(1));
        user.setLastName("(demo, " + entry.getValue() + ")");
        user.setEmail(userId + "@example.org");
        user.setPassword(DemoUsers.PASSWORD);
        identity.saveUser(user);
      }
      if (identity.createUserQuery().userId(userId).memberOfGroup(entry.getValue()).count() == 0) {
        identity.createMembership(userId, entry.getValue());
      }
    }
  }

  public void grantPermissions() {
    for (String group : uk.fosteringconcerns.identity.Groups.WORKERS) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // every worker may raise a concern or an escalation (PROCESS-API section 1)
      grant(group, Resources.PROCESS_DEFINITION, TRIAGE, Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_DEFINITION, ESCALATION, Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      // and evaluate the decisions
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    }
    // managers and the LADO allocate workers to a case (PROCESS-API section 6)
    for (String group : List.of(uk.fosteringconcerns.identity.Groups.CHILDRENS_TEAM_MANAGER,
        uk.fosteringconcerns.identity.Groups.FOSTERING_MANAGER, uk.fosteringconcerns.identity.Groups.LADO)) {
      grant(group, Resources.PROCESS_DEFINITION, CASE_ALLOCATION, Permissions.READ, Permissions.CREATE_INSTANCE);
    }
    // whether a fostering manager may start Standards of Care directly depends on the authority's procedure (seed 001
    // 4.1 yes, seed 000 section 2 no): granted or taken back by standardsofcare.SocDirectStartAccess (issue 14)
    // every worker reports significant harm on a running case (PROCESS-API section 7; seed 000 3.10)
    for (String group : uk.fosteringconcerns.identity.Groups.WORKERS) {
      grant(group, Resources.PROCESS_DEFINITION, SIGNIFICANT_HARM_REPORT, Permissions.READ, Permissions.CREATE_INSTANCE);
    }
    // the supervising social worker or fostering manager records a carer's resignation (PROCESS-API section 7; seed 001
    // 5.3)
    for (String group : List.of(uk.fosteringconcerns.identity.Groups.FOSTERING_SOCIAL_WORKER,
        uk.fosteringconcerns.identity.Groups.FOSTERING_MANAGER)) {
      grant(group, Resources.PROCESS_DEFINITION, CARER_RESIGNATION, Permissions.READ, Permissions.CREATE_INSTANCE);
    }

    // Tasklist names the process of every task in the list and the task's header: it reads the process definition
    // (issue 10). READ only: the definition (name, diagram), none of its cases; starting stays as granted above
    for (String group : uk.fosteringconcerns.identity.Groups.WORKERS) {
      for (String process : PROCESSES_WITH_TASKS) {
        grant(group, Resources.PROCESS_DEFINITION, process, Permissions.READ);
      }
      // and the task's groups by their names ("Fostering team managers", not fostering-manager): READ on groups
      // shows a group's name only, never its members (those are users, which stay unreadable)
      grant(group, Resources.GROUP, "*", Permissions.READ);
    }

    for (String group : uk.fosteringconcerns.identity.Groups.CASE_READERS) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      // no READ_TASK: in Tasklist a manager still sees only their own groups' work (PROCESS-API section 1)
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ_HISTORY);
      grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
    }

    for (Resource resource : Resources.values()) {
      grant(uk.fosteringconcerns.identity.Groups.ADMIN, resource, "*", Permissions.ALL);
    }
  }

  /** Read access to a Tasklist filter for every worker group. */
  public void grantFilter(String filterId) {
    for (String group : uk.fosteringconcerns.identity.Groups.WORKERS) {
      grant(group, Resources.FILTER, filterId, Permissions.READ);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    Authorization authorization = existing;
    boolean changed = false;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : List.of(permissions)) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
