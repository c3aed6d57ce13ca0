package uk.fosteringconcerns.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** escalation-ladder, one test per rule, with the real tables (seed 004 section 10). */
class EscalationLadderDecisionTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();


  private Map<String, Object> ladder(int stage) {
    DmnDecisionRuleResult row = engine.getDecisionService().evaluateDecisionTableByKey(
        EscalationVariables.LADDER_DECISION, Variables.createVariables().putValue("stage", stage)).getSingleResult();
    return row.getEntryMap();
  }

  @Test
  @DisplayName("seed 004 10.3/10.8: stage 0, informal resolution by dialogue with the child's social worker")
  void stage0() {
    assertThat(ladder(0)).containsEntry("stageName", "Informal resolution")
        .containsEntry("candidateGroup", "childrens-social-worker").containsEntry("responseWorkingDays", 2);
  }

  @Test
  @DisplayName("seed 004 10 (1.8): stage 1 is the team manager")
  void stage1() {
    assertThat(ladder(1)).containsEntry("stageName", "Stage 1: team manager")
        .containsEntry("candidateGroup", "childrens-team-manager").containsEntry("responseWorkingDays", 5);
  }

  @Test
  @DisplayName("seed 004 10 (1.8): stage 2 is the service manager")
  void stage2() {
    assertThat(ladder(2)).containsEntry("candidateGroup", "service-manager").containsEntry("responseWorkingDays", 5);
  }

  @Test
  @DisplayName("seed 004 10 (1.8): stage 3 is the head of service (Head of Locality)")
  void stage3() {
    assertThat(ladder(3)).containsEntry("candidateGroup", "head-of-service").containsEntry("responseWorkingDays", 5);
  }

  @Test
  @DisplayName("seed 004 10.3: stage 4 is the director")
  void stage4() {
    assertThat(ladder(4)).containsEntry("candidateGroup", "director").containsEntry("responseWorkingDays", 3);
  }

  @Test
  @DisplayName("IRO Handbook: the whole ladder takes at most 20 working days; nothing above stage 4")
  void cappedAt20WorkingDays() {
    int total = IntStream.rangeClosed(0, 4).map(stage -> ((Number) ladder(stage).get("responseWorkingDays")).intValue())
        .sum();
    assertThat(total).isLessThanOrEqualTo(20);
    assertThat(engine.getDecisionService().evaluateDecisionTableByKey(EscalationVariables.LADDER_DECISION,
        Variables.createVariables().putValue("stage", 5)).getResultList()).isEmpty();
  }

  @Test
  @DisplayName("deadlines.afterWorkingDays: a stage of 5 working days from Thursday 2 April 2026 skips Easter")
  void afterWorkingDaysSkipsBankHolidays() {
    uk.fosteringconcerns.timescales.Deadlines deadlines = new uk.fosteringconcerns.timescales.Deadlines(
        new uk.fosteringconcerns.calendar.WorkingDayCalendar(java.util.List.of(), 2015, 2030),
        new uk.fosteringconcerns.timescales.ProcedureTimescales(() -> engine, "dorset"));
    java.util.Date due = deadlines.afterWorkingDays(5, "2026-04-02T10:00:00+01:00");
    assertThat(due.toInstant()).isEqualTo(java.time.ZonedDateTime.of(2026, 4, 13, 23, 59, 59, 0,
        uk.fosteringconcerns.timescales.Deadlines.LONDON).toInstant());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> deadlines.afterWorkingDays(-1, due))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
