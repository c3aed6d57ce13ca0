package uk.fosteringconcerns.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** team-oversight with the real table, one test per rule (PROCESS-API section 9). */
class TeamOversightDecisionTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  private TeamOversight oversight;

  @BeforeEach
  void oversight() {
    oversight = new TeamOversight(new SystemDecisions(() -> engine));
  }

  @Test
  @DisplayName("PROCESS-API 1: the children's team manager oversees the child's social workers and their own group")
  void childrensTeamManager() {
    TeamOversight.Scope scope = oversight.scopeOf(List.of(Groups.CHILDRENS_TEAM_MANAGER));
    assertThat(scope.all()).isFalse();
    assertThat(scope.groups()).containsExactlyInAnyOrder(Groups.CHILDRENS_SOCIAL_WORKER, Groups.CHILDRENS_TEAM_MANAGER);
  }

  @Test
  @DisplayName("seed 001 4.1, 4.3: the fostering manager oversees supervising social workers, business support and their own group")
  void fosteringManager() {
    TeamOversight.Scope scope = oversight.scopeOf(List.of(Groups.FOSTERING_MANAGER));
    assertThat(scope.groups()).containsExactlyInAnyOrder(Groups.FOSTERING_SOCIAL_WORKER, Groups.BUSINESS_SUPPORT,
        Groups.FOSTERING_MANAGER);
    assertThat(scope.covers(Groups.LADO)).isFalse();
  }

  @Test
  @DisplayName("PROCESS-API 9: the LADO, QA, senior managers and administrators see all work")
  void seesAll() {
    for (String group : List.of(Groups.LADO, Groups.QUALITY_ASSURANCE, Groups.SERVICE_MANAGER, Groups.HEAD_OF_SERVICE,
        Groups.DIRECTOR, Groups.ADMIN)) {
      TeamOversight.Scope scope = oversight.scopeOf(List.of(group));
      assertThat(scope.all()).as(group).isTrue();
      assertThat(scope.covers(Groups.FOSTERING_PANEL)).as(group).isTrue();
    }
  }

  @Test
  @DisplayName("a worker's group oversees nobody")
  void workersOverseeNobody() {
    assertThat(oversight.scopeOf(List.of(Groups.CHILDRENS_SOCIAL_WORKER, Groups.IRO)).isEmpty()).isTrue();
  }
}
