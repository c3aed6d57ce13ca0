package uk.fosteringconcerns.oversight;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import uk.fosteringconcerns.decisions.SystemDecisions;

/**
 * Who oversees whose work (DMN `team-oversight`, PROCESS-API section 9): a team manager sees the work of the groups
 * their group oversees; the LADO, quality assurance, senior managers and administrators see all.
 */
public class TeamOversight {

  public static final String DECISION_KEY = "team-oversight";
  public static final String OVERSEER_GROUP = "overseerGroup";
  public static final String OVERSEEN_GROUP = "overseenGroup";
  /** The output value that stands for every group. */
  public static final String ALL = "*";

  /** What a user's groups oversee: every group, or the named ones (possibly none). */
  public record Scope(boolean all, Set<String> groups) {
    public boolean covers(String group) {
      return all || groups.contains(group);
    }

    public boolean coversAny(Collection<String> candidateGroups) {
      return all || candidateGroups.stream().anyMatch(groups::contains);
    }

    public boolean isEmpty() {
      return !all && groups.isEmpty();
    }
  }

  private final SystemDecisions decisions;

  public TeamOversight(SystemDecisions decisions) {
    this.decisions = decisions;
  }

  public Scope scopeOf(Collection<String> userGroups) {
    Set<String> overseen = new LinkedHashSet<>();
    for (String group : userGroups) {
      for (DmnDecisionResultEntries row : decisions.evaluate(DECISION_KEY, Map.of(OVERSEER_GROUP, group))) {
        String value = row.getEntry(OVERSEEN_GROUP);
        if (ALL.equals(value)) {
          return new Scope(true, Set.of());
        }
        if (value != null) {
          overseen.add(value);
        }
      }
    }
    return new Scope(false, Set.copyOf(overseen));
  }
}
