package uk.fosteringconcerns.oversight.reports;

import java.util.List;
import uk.fosteringconcerns.oversight.TeamOversight;

/** Whose work a caller's figures and lists cover (DMN team-oversight): everyone's, or the groups named. */
public record ReportScope(boolean all, List<String> groups) {

  public static ReportScope of(TeamOversight.Scope scope) {
    return new ReportScope(scope.all(), scope.groups().stream().sorted().toList());
  }

  public static ReportScope everyone() {
    return new ReportScope(true, List.of());
  }

  public boolean isEmpty() {
    return !all && groups.isEmpty();
  }

  public boolean covers(String group) {
    return all || groups.contains(group);
  }
}
