package uk.fosteringconcerns.misseddeadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** missed-deadline-manager with the real table, one test per rule (PROCESS-API section 8). */
class MissedDeadlineManagerDecisionTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  private DmnDecisionResultEntries chaser(String group, int level) {
    return engine.getDecisionService().evaluateDecisionByKey(MissedDeadlineVariables.DECISION_KEY)
        .variables(Map.of("lateTaskGroup", group, "level", level, "otherAuthorityLeads", false)).evaluate()
        .getSingleResult();
  }

  private String manager(String group, int level) {
    return chaser(group, level).getEntry("managerGroup");
  }

  @Test
  @DisplayName("seed 001 4.1: a case another authority's LADO leads: this authority's LADO deadlines are not chased here")
  void ledByAnotherAuthority() {
    DmnDecisionResultEntries row = engine.getDecisionService()
        .evaluateDecisionByKey(MissedDeadlineVariables.DECISION_KEY)
        .variables(Map.of("lateTaskGroup", "lado", "level", 1, "otherAuthorityLeads", true)).evaluate().getSingleResult();
    assertThat(row.<String>getEntry("managerGroup")).isEmpty();
    // other groups' deadlines still count
    assertThat(engine.getDecisionService().evaluateDecisionByKey(MissedDeadlineVariables.DECISION_KEY)
        .variables(Map.of("lateTaskGroup", "childrens-social-worker", "level", 1, "otherAuthorityLeads", true))
        .evaluate().getSingleResult().<String>getEntry("managerGroup")).isEqualTo("childrens-team-manager");
  }

  @Test
  @DisplayName("PROCESS-API 8: from level 3 the head of service chases, whoever holds the work")
  void topLevel() {
    for (String group : List.of("childrens-social-worker", "lado", "agency-decision-maker", "director")) {
      assertThat(manager(group, 3)).as(group).isEqualTo("head-of-service");
      assertThat(manager(group, 7)).as(group).isEqualTo("head-of-service");
    }
  }

  @Test
  @DisplayName("PROCESS-API 8: late work of a head of service or director stays with the head of service")
  void seniorManagers() {
    assertThat(manager("head-of-service", 1)).isEqualTo("head-of-service");
    assertThat(manager("director", 2)).isEqualTo("head-of-service");
  }

  @Test
  @DisplayName("PROCESS-API 1: the child's social worker is chased by the children's team manager first")
  void childsSocialWorker() {
    assertThat(manager("childrens-social-worker", 1)).isEqualTo("childrens-team-manager");
    assertThat(chaser("childrens-social-worker", 1).<Integer>getEntry("chaseWorkingDays")).isEqualTo(2);
  }

  @Test
  @DisplayName("seed 001 4.1/4.3: supervising social workers and business support are chased by the fostering manager")
  void fosteringTeam() {
    assertThat(manager("fostering-social-worker", 1)).isEqualTo("fostering-manager");
    assertThat(manager("business-support", 1)).isEqualTo("fostering-manager");
  }

  @Test
  @DisplayName("seed 004 LADO report 3, IRO report 10.6: the LADO and the IROs are chased by quality assurance, not children's line management")
  void ladoAndIro() {
    assertThat(manager("lado", 1)).isEqualTo("quality-assurance");
    assertThat(manager("iro", 1)).isEqualTo("quality-assurance");
  }

  @Test
  @DisplayName("seed 004 IRO report 10 (1.8): team managers and the panel adviser are chased by the service manager")
  void teamManagers() {
    for (String group : List.of("childrens-team-manager", "fostering-manager", "fostering-panel")) {
      assertThat(manager(group, 1)).as(group).isEqualTo("service-manager");
    }
  }

  @Test
  @DisplayName("seed 004 IRO report 10 (1.8): the ADM, QA and the service manager are chased by the head of service")
  void seniorRoles() {
    for (String group : List.of("agency-decision-maker", "quality-assurance", "service-manager")) {
      assertThat(manager(group, 1)).as(group).isEqualTo("head-of-service");
    }
  }

  @Test
  @DisplayName("seed 004 IRO report 10 (1.8): one level above a team manager is the service manager")
  void teamsSecondLevel() {
    for (String group : List.of("childrens-social-worker", "fostering-social-worker", "business-support",
        "childrens-team-manager", "fostering-manager", "fostering-panel")) {
      assertThat(manager(group, 2)).as(group).isEqualTo("service-manager");
    }
  }

  @Test
  @DisplayName("seed 004 IRO report 10 (1.8): one level above the QA manager or service manager is the head of service")
  void othersSecondLevel() {
    assertThat(manager("lado", 2)).isEqualTo("head-of-service");
    assertThat(manager("iro", 2)).isEqualTo("head-of-service");
    assertThat(manager("quality-assurance", 2)).isEqualTo("head-of-service");
  }

  @Test
  @DisplayName("PROCESS-API 8: no late task goes unchased: an unlisted group is chased by the service manager")
  void unknownGroup() {
    assertThat(manager("some-new-team", 1)).isEqualTo("service-manager");
  }
}
