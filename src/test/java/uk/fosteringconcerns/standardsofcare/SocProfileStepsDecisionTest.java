package uk.fosteringconcerns.standardsofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.ProcedureTimescales;
import uk.fosteringconcerns.timescales.Timescale;
import uk.fosteringconcerns.timescales.TimescaleUnit;

/**
 * soc-profile-steps with the real table, one test per rule: dorset = seed 000 (000_311749cda34a16e1.txt), dudley = seed
 * 001 (001_a45847ce143710b8.txt); and the two procedure-timescales rows issue 14 added.
 */
class SocProfileStepsDecisionTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  SocProfileSteps steps;

  @BeforeEach
  void steps() {
    steps = new SocProfileSteps(new SystemDecisions(() -> engine), "dorset");
  }

  boolean dorset(String step) {
    return steps.runs("dorset", step);
  }

  boolean dudley(String step) {
    return steps.runs("dudley", step);
  }

  @Test
  @DisplayName("seed 000 section 2: Dorset starts no Standards of Care case directly")
  void dorsetDirectStart() {
    assertThat(dorset(STEP_DIRECT_START)).isFalse();
  }

  @Test
  @DisplayName("seed 001 4.1: in Dudley the fostering manager may start it")
  void dudleyDirectStart() {
    assertThat(dudley(STEP_DIRECT_START)).isTrue();
  }

  @Test
  @DisplayName("seed 000 3.2: Dorset's visit counts from the decision")
  void dorsetVisitFromDecision() {
    assertThat(dorset(STEP_VISIT_FROM_RECEIPT)).isFalse();
  }

  @Test
  @DisplayName("seed 001 4.2: Dudley's visit counts from receiving the information")
  void dudleyVisitFromReceipt() {
    assertThat(dudley(STEP_VISIT_FROM_RECEIPT)).isTrue();
  }

  @Test
  @DisplayName("seed 000 3.6: nobody decides on a Dorset meeting: there always is one")
  void dorsetManagerDoesNotDecide() {
    assertThat(dorset(STEP_MANAGER_CONSIDERS_MEETING)).isFalse();
  }

  @Test
  @DisplayName("seed 001 4.1, 4.3: the Dudley fostering manager decides on a meeting")
  void dudleyManagerDecides() {
    assertThat(dudley(STEP_MANAGER_CONSIDERS_MEETING)).isTrue();
  }

  @Test
  @DisplayName("seed 000 section 3: no Fostering Network referral in Dorset")
  void dorsetNoFosteringNetwork() {
    assertThat(dorset(STEP_FOSTERING_NETWORK_REFERRAL)).isFalse();
  }

  @Test
  @DisplayName("seed 001 3, 4.3: Fostering Network referral in Dudley")
  void dudleyFosteringNetwork() {
    assertThat(dudley(STEP_FOSTERING_NETWORK_REFERRAL)).isTrue();
  }

  @Test
  @DisplayName("seed 000 3.6: no written report, QA or report deadlines in Dorset")
  void dorsetNoReport() {
    assertThat(dorset(STEP_WRITTEN_REPORT)).isFalse();
  }

  @Test
  @DisplayName("seed 001 4.3, Appendix 1: the Dudley report, QA, to the chair and the carer")
  void dudleyReport() {
    assertThat(dudley(STEP_WRITTEN_REPORT)).isTrue();
  }

  @Test
  @DisplayName("seed 000 3.6: the Dorset meeting is due within 10 working days of the discussion with the carer")
  void dorsetMeetingDeadline() {
    assertThat(dorset(STEP_MEETING_DEADLINE)).isTrue();
  }

  @Test
  @DisplayName("seed 001 4.3: no date by which a Dudley meeting is held")
  void dudleyNoMeetingDeadline() {
    assertThat(dudley(STEP_MEETING_DEADLINE)).isFalse();
  }

  @Test
  @DisplayName("seed 000 3.9: Dorset shares the learning with the team and QAP")
  void dorsetSharesLearning() {
    assertThat(dorset(STEP_SHARE_LEARNING)).isTrue();
  }

  @Test
  @DisplayName("seed 001: no learning step after a Dudley meeting")
  void dudleyNoLearningStep() {
    assertThat(dudley(STEP_SHARE_LEARNING)).isFalse();
  }

  @Test
  @DisplayName("a profile or step without a row fails loudly rather than guessing")
  void missingRowFails() {
    assertThatThrownBy(() -> steps.runs("somewhere", STEP_WRITTEN_REPORT)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> steps.runs("dorset", "NO_SUCH_STEP")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("the answers a case keeps: every case step of the running profile")
  void caseSteps() {
    assertThat(steps.caseSteps()).containsOnlyKeys(CASE_STEPS.values()).containsEntry(WRITTEN_REPORT, false)
        .containsEntry(MEETING_DEADLINE, true);
  }

  @Test
  @DisplayName("procedure-timescales, NMS 22.10 (seed 001 section 2): the manager confirms a separate matter within 1 working day, both profiles")
  void separateMatterTimescale() {
    for (String profile : new String[] {"dorset", "dudley"}) {
      assertThat(new ProcedureTimescales(() -> engine, profile).of(STEP_SOC_SEPARATE_MATTER))
          .isEqualTo(new Timescale(1, TimescaleUnit.WORKING_DAYS));
    }
  }

  @Test
  @DisplayName("procedure-timescales, seed 000 3.6 and seed 001 4.3: the meeting is arranged within 2 working days, both profiles")
  void arrangeMeetingTimescale() {
    for (String profile : new String[] {"dorset", "dudley"}) {
      assertThat(new ProcedureTimescales(() -> engine, profile).of(STEP_SOC_ARRANGE_MEETING))
          .isEqualTo(new Timescale(2, TimescaleUnit.WORKING_DAYS));
    }
  }
}
