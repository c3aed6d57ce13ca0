package uk.fosteringconcerns.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.triage.ConcernTriageVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** Decision lado-threshold, one test per rule, against the real table (PROCESS-API section 3). */
class LadoThresholdDecisionTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();


  /** All eight inputs false except the ones named. */
  private String route(String... trueInputs) {
    Map<String, Object> inputs = new HashMap<>();
    for (String name : new String[] {HARMED_CHILD, POSSIBLE_CRIMINAL_OFFENCE, RISK_OF_HARM_TO_CHILDREN,
        UNSUITABLE_TO_WORK_WITH_CHILDREN, PERSONAL_LIFE_SAFEGUARDING_CONCERN, CONCERN_ABOUT_OWN_CHILD,
        STANDARDS_OF_CARE_CONCERN, IS_COMPLAINT}) {
      inputs.put(name, false);
    }
    for (String name : trueInputs) {
      inputs.put(name, true);
    }
    return engine.getDecisionService().evaluateDecisionTableByKey(DECISION_LADO_THRESHOLD, inputs)
        .getSingleResult().getEntry(RECOMMENDED_ROUTE);
  }

  @Test
  @DisplayName("seed 001 4.1 limb 1 / seed 004 section 2: harmed or may have harmed a child -> allegation")
  void harmedChild() {
    assertThat(route(HARMED_CHILD)).isEqualTo(ALLEGATION);
  }

  @Test
  @DisplayName("seed 001 4.1 limb 2: possibly committed a criminal offence against or related to a child -> allegation")
  void possibleCriminalOffence() {
    assertThat(route(POSSIBLE_CRIMINAL_OFFENCE)).isEqualTo(ALLEGATION);
  }

  @Test
  @DisplayName("seed 001 4.1 limb 3: behaviour indicating a risk of harm to children -> allegation")
  void riskOfHarm() {
    assertThat(route(RISK_OF_HARM_TO_CHILDREN)).isEqualTo(ALLEGATION);
  }

  @Test
  @DisplayName("seed 001 4.1 limb 4 / seed 004 flowchart: may not be suitable to work with children -> allegation")
  void unsuitable() {
    assertThat(route(UNSUITABLE_TO_WORK_WITH_CHILDREN)).isEqualTo(ALLEGATION);
  }

  @Test
  @DisplayName("seed 001 4.1: a concern about the carer's own child -> LADO notified, allegation")
  void ownChild() {
    assertThat(route(CONCERN_ABOUT_OWN_CHILD)).isEqualTo(ALLEGATION);
  }

  @Test
  @DisplayName("seed 004 flowchart fourth limb and 'Maybe', 6.1: behaviour in the carer's personal life alone -> the IEM decides the threshold")
  void personalLife() {
    assertThat(route(PERSONAL_LIFE_SAFEGUARDING_CONCERN)).isEqualTo(THRESHOLD_UNCLEAR);
    // one of the other limbs makes it an allegation outright
    assertThat(route(PERSONAL_LIFE_SAFEGUARDING_CONCERN, HARMED_CHILD)).isEqualTo(ALLEGATION);
    assertThat(route(PERSONAL_LIFE_SAFEGUARDING_CONCERN, STANDARDS_OF_CARE_CONCERN)).isEqualTo(THRESHOLD_UNCLEAR);
  }

  @Test
  @DisplayName("seed 000 section 2 / seed 001 4.1: below the threshold, a standards of care concern -> Standards of Care")
  void standardsOfCare() {
    assertThat(route(STANDARDS_OF_CARE_CONCERN)).isEqualTo(STANDARDS_OF_CARE);
    // a threshold limb takes precedence over standards of care (hit policy FIRST)
    assertThat(route(STANDARDS_OF_CARE_CONCERN, RISK_OF_HARM_TO_CHILDREN)).isEqualTo(ALLEGATION);
  }

  @Test
  @DisplayName("seed 001 section 2: a complaint -> complaints procedure (after standards of care)")
  void complaint() {
    assertThat(route(IS_COMPLAINT)).isEqualTo(COMPLAINT);
    assertThat(route(IS_COMPLAINT, STANDARDS_OF_CARE_CONCERN)).isEqualTo(STANDARDS_OF_CARE);
  }

  @Test
  @DisplayName("seed 004 LADO flowchart 'No': nothing applies -> no further action, advice to the referrer")
  void noFurtherAction() {
    assertThat(route()).isEqualTo(NO_FURTHER_ACTION);
  }
}
