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
    return actions(outcome, false);
  }

  private List<String> actions(String outcome, boolean childMoved) {
    return engine.getDecisionService().evaluateDecisionTableByKey(DECISION_OUTCOME_ACTIONS,
            Map.of(ALLEGATION_OUTCOME, outcome, CHILD_MOVED_PLACEMENT, childMoved))
        .collectEntries(DECISION_OUTPUT_ACTION);
  }

  /** The outcomes for which a rule fires (no child moved), checked against all five. */
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
  @DisplayName("seed 002 / seed 004 5.4: the carer is told every outcome in writing")
  void outcomeLetter() {
    firesExactlyFor(OUTCOME_LETTER, OUTCOMES.toArray(String[]::new));
  }

  @Test
  @DisplayName("seed 002 para 1: evaluation meeting decision after substantiated or unsubstantiated")
  void evaluationMeetingDecision() {
    firesExactlyFor(EVALUATION_MEETING_DECISION, SUBSTANTIATED, UNSUBSTANTIATED);
  }

  @Test
  @DisplayName("seed 002 para 2 / seed 001 4: fostering panel after substantiated or unsubstantiated")
  void fosteringPanel() {
    firesExactlyFor(FOSTERING_PANEL, SUBSTANTIATED, UNSUBSTANTIATED);
  }

  @Test
  @DisplayName("seed 002 para 2 / seed 004 7.4: after false, malicious or unfounded the fostering manager may still take it to panel")
  void panelDecision() {
    firesExactlyFor(PANEL_DECISION, FALSE, MALICIOUS, UNFOUNDED);
  }

  @Test
  @DisplayName("seed 002 para 2: joint visit after substantiated or unsubstantiated")
  void jointVisit() {
    firesExactlyFor(JOINT_VISIT, SUBSTANTIATED, UNSUBSTANTIATED);
  }

  @Test
  @DisplayName("seed 002 para 2: a child who moved placement gets the joint visit whatever the outcome")
  void jointVisitChildMoved() {
    for (String outcome : OUTCOMES) {
      assertThat(actions(outcome, true)).as(outcome).contains(JOINT_VISIT);
    }
  }

  @Test
  @DisplayName("seed 002 'both social workers': after substantiated or unsubstantiated")
  void checklistBoth() {
    firesExactlyFor(CHECKLIST_BOTH_SOCIAL_WORKERS, SUBSTANTIATED, UNSUBSTANTIATED);
  }

  @Test
  @DisplayName("seed 002 'both social workers': a child who moved placement is followed up whatever the outcome")
  void checklistBothChildMoved() {
    for (String outcome : OUTCOMES) {
      assertThat(actions(outcome, true)).as(outcome).contains(CHECKLIST_BOTH_SOCIAL_WORKERS).doesNotHaveDuplicates();
    }
  }

  @Test
  @DisplayName("seed 002 'fostering social workers': after every outcome")
  void checklistFostering() {
    firesExactlyFor(CHECKLIST_FOSTERING_SOCIAL_WORKER, OUTCOMES.toArray(String[]::new));
  }

  @Test
  @DisplayName("seed 002 'children's social workers': after every outcome")
  void checklistChilds() {
    firesExactlyFor(CHECKLIST_CHILDS_SOCIAL_WORKER, OUTCOMES.toArray(String[]::new));
  }

  @Test
  @DisplayName("seed 002 'the IRO': after every outcome")
  void iroReview() {
    firesExactlyFor(IRO_REVIEW, OUTCOMES.toArray(String[]::new));
  }

  @Test
  @DisplayName("seed 002 / 004: what each outcome needs in all")
  void totals() {
    assertThat(actions(SUBSTANTIATED)).hasSize(9).doesNotHaveDuplicates().doesNotContain(PANEL_DECISION);
    assertThat(actions(UNSUBSTANTIATED)).hasSize(8).doesNotContain(DBS_REFERRAL_CONSIDERATION);
    assertThat(actions(UNFOUNDED)).containsExactlyInAnyOrder(OUTCOME_LETTER, PANEL_DECISION,
        CHECKLIST_FOSTERING_SOCIAL_WORKER, CHECKLIST_CHILDS_SOCIAL_WORKER, IRO_REVIEW);
  }
}
