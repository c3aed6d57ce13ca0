package uk.fosteringconcerns.allegations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.allegations.AllegationVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** Decision allegation-outcome-actions (collect), one test per rule, against the real table. */
class AllegationOutcomeActionsDecisionTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();


  private List<String> actions(String outcome) {
    return engine.getDecisionService()
        .evaluateDecisionTableByKey(DECISION_OUTCOME_ACTIONS, Map.of(ALLEGATION_OUTCOME, outcome))
        .collectEntries(DECISION_OUTPUT_ACTION);
  }

  /** The outcomes for which a rule fires, checked against all five. */
  private void firesExactlyFor(String action, String... outcomes) {
    for (String outcome : OUTCOMES) {
      boolean expected = List.of(outcomes).contains(outcome);
      assertThat(actions(outcome).contains(action)).as(outcome + " -> " + action).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("seed 004 5.4: DBS referral considered after a substantiated allegation only")
  void dbsReferral() {
    firesExactlyFor(DBS_REFERRAL_CONSIDERATION, SUBSTANTIATED);
  }

  @Test
  @DisplayName("seed 002 para 1: evaluation meeting decision after Substantiated/Unsubstantiated only")
  void evaluationMeetingDecision() {
    firesExactlyFor(EVALUATION_MEETING_DECISION, SUBSTANTIATED, UNSUBSTANTIATED);
  }

  @Test
  @DisplayName("seed 002 para 2 / seed 001 section 4: fostering panel after Substantiated/Unsubstantiated")
  void fosteringPanel() {
    firesExactlyFor(FOSTERING_PANEL, SUBSTANTIATED, UNSUBSTANTIATED);
  }

  @Test
  @DisplayName("seed 002 para 2: joint visit after presentation to panel")
  void jointVisit() {
    firesExactlyFor(JOINT_VISIT, SUBSTANTIATED, UNSUBSTANTIATED);
  }

  @Test
  @DisplayName("seed 002 'For action by both social workers': after panel and joint visit")
  void checklistBoth() {
    firesExactlyFor(CHECKLIST_BOTH_SOCIAL_WORKERS, SUBSTANTIATED, UNSUBSTANTIATED);
  }

  @Test
  @DisplayName("seed 002 'For Fostering Social Workers': support after every outcome")
  void checklistFostering() {
    firesExactlyFor(CHECKLIST_FOSTERING_SOCIAL_WORKER, OUTCOMES.toArray(String[]::new));
  }

  @Test
  @DisplayName("seed 002 'For children's social workers': follow-up after every outcome")
  void checklistChilds() {
    firesExactlyFor(CHECKLIST_CHILDS_SOCIAL_WORKER, OUTCOMES.toArray(String[]::new));
  }

  @Test
  @DisplayName("seed 002 'For the IRO': the child's review considers every outcome")
  void iroReview() {
    firesExactlyFor(IRO_REVIEW, OUTCOMES.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {FALSE, MALICIOUS, UNFOUNDED})
  @DisplayName("seed 002: false, malicious and unfounded outcomes need the social workers' and IRO's follow-up only")
  void notProven(String outcome) {
    assertThat(actions(outcome)).containsExactlyInAnyOrder(
        CHECKLIST_FOSTERING_SOCIAL_WORKER, CHECKLIST_CHILDS_SOCIAL_WORKER, IRO_REVIEW);
  }

  @Test
  @DisplayName("seed 002 / seed 004 5.4: a substantiated outcome needs all eight follow-ups")
  void substantiatedNeedsAll() {
    assertThat(actions(SUBSTANTIATED)).hasSize(8).doesNotHaveDuplicates();
    assertThat(actions(UNSUBSTANTIATED)).hasSize(7).doesNotContain(DBS_REFERRAL_CONSIDERATION);
  }
}
