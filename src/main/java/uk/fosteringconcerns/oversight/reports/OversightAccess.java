package uk.fosteringconcerns.oversight.reports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.oversight.TeamOversight;

/**
 * Who may read the reports and the overdue list (PROCESS-API section 9), and whose work they see: team managers the
 * groups DMN team-oversight gives them; the LADO, QA, senior managers and administrators everyone's.
 */
public class OversightAccess {

  /** The groups of PROCESS-API section 9; every other group gets 403. */
  public static final Set<String> READERS = Set.of(Groups.LADO, Groups.QUALITY_ASSURANCE, Groups.FOSTERING_MANAGER,
      Groups.CHILDRENS_TEAM_MANAGER, Groups.SERVICE_MANAGER, Groups.HEAD_OF_SERVICE, Groups.DIRECTOR, Groups.ADMIN);

  /** Not signed in. */
  public static class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException() {
      super("Authentication required");
    }
  }

  /** Signed in, but in none of the groups that may read oversight figures. */
  public static class ForbiddenException extends RuntimeException {
    public ForbiddenException() {
      super("Oversight figures are for the LADO, quality assurance and managers");
    }
  }

  private final Supplier<ProcessEngine> engine;
  private final TeamOversight oversight;

  public OversightAccess(Supplier<ProcessEngine> engine, TeamOversight oversight) {
    this.engine = engine;
    this.oversight = oversight;
  }

  /** The caller's scope; throws when not signed in or not allowed. */
  public ReportScope scope(Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      throw new NotAuthenticatedException();
    }
    Set<String> groups = new HashSet<>();
    if (authentication.getGroupIds() != null) {
      groups.addAll(authentication.getGroupIds());
    }
    if (groups.isEmpty()) {
      for (Group group : engine.get().getIdentityService().createGroupQuery()
          .groupMember(authentication.getUserId()).list()) {
        groups.add(group.getId());
      }
    }
    if (groups.stream().noneMatch(READERS::contains)) {
      throw new ForbiddenException();
    }
    return ReportScope.of(oversight.scopeOf(List.copyOf(groups)));
  }
}
