package uk.fosteringconcerns.standardsofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** soc-meeting-trigger, one test per rule, with the real table (seed 000 3.6; seed 001 4.3). */
class SocMeetingTriggerDecisionTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();


  DmnDecisionResultEntries evaluate(String profile, int concerns, boolean pattern, boolean refused, boolean overdue,
      boolean significant) {
    Map<String, Object> inputs = Variables.createVariables().putValue(PROFILE, profile)
        .putValue(CONCERNS_IN_LAST_12_MONTHS, concerns).putValue(PATTERN_EMERGING, pattern)
        .putValue(CARER_REFUSED_TO_COOPERATE, refused).putValue(ACTIONS_OVERDUE, overdue)
        .putValue(DEEMED_SIGNIFICANT, significant);
    return engine.getDecisionService().evaluateDecisionByKey(MEETING_TRIGGER_DECISION).variables(inputs).evaluate()
        .getSingleResult();
  }

  void expect(DmnDecisionResultEntries result, boolean required, String reason) {
    assertThat((Boolean) result.get(MEETING_REQUIRED)).isEqualTo(required);
    assertThat((String) result.get(MEETING_REASON)).isEqualTo(reason);
  }

  @Test
  @DisplayName("seed 000 3.6: Dorset always convenes a meeting, even with no Dudley trigger")
  void dorsetAlways() {
    expect(evaluate("dorset", 1, false, false, false, false), true, REASON_DORSET_ALWAYS);
  }

  @Test
  @DisplayName("seed 001 4.3: 3 standards of care issues within 12 months (this one included)")
  void threeConcerns() {
    expect(evaluate("dudley", 3, false, false, false, false), true, REASON_THREE_CONCERNS);
    expect(evaluate("dudley", 2, false, false, false, false), false, REASON_NO_TRIGGER);
  }

  @Test
  @DisplayName("seed 001 4.3: a pattern of standards of care concerns is emerging")
  void pattern() {
    expect(evaluate("dudley", 1, true, false, false, false), true, REASON_PATTERN_EMERGING);
  }

  @Test
  @DisplayName("seed 001 4.3: the carer refused to cooperate with the action plan")
  void refused() {
    expect(evaluate("dudley", 1, false, true, false, false), true, REASON_CARER_REFUSED);
  }

  @Test
  @DisplayName("seed 001 4.3: agreed actions not completed within the agreed timescales")
  void overdue() {
    expect(evaluate("dudley", 1, false, false, true, false), true, REASON_ACTIONS_NOT_COMPLETED);
  }

  @Test
  @DisplayName("seed 001 4.3: the concern is deemed significant enough for a meeting")
  void significant() {
    expect(evaluate("dudley", 1, false, false, false, true), true, REASON_DEEMED_SIGNIFICANT);
  }

  @Test
  @DisplayName("seed 001 4.2-4.3: no trigger in Dudley -> no meeting, the action plan is followed up")
  void noTrigger() {
    expect(evaluate("dudley", 1, false, false, false, false), false, REASON_NO_TRIGGER);
  }
}
