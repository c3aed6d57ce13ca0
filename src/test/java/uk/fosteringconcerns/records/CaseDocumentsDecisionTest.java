package uk.fosteringconcerns.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.records.documents.DocumentMapping;
import uk.fosteringconcerns.records.documents.DocumentType;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** case-documents with the real table, one test per rule (PROCESS-API section 10). */
class CaseDocumentsDecisionTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  private DocumentMapping mapping;

  @BeforeEach
  void mapping() {
    mapping = new DocumentMapping(new SystemDecisions(() -> engine));
  }

  @Test
  @DisplayName("seed 001 4.2: the visit produces the visit record, always")
  void visitRecord() {
    assertThat(mapping.rulesFor("standards-of-care", "Task_VisitFosterCarer"))
        .containsExactly(new DocumentMapping.Rule(DocumentType.SOC_VISIT_RECORD, null));
  }

  @Test
  @DisplayName("seed 001 Appendix 1: the approved quality check produces the meeting report")
  void meetingReport() {
    assertThat(mapping.rulesFor("standards-of-care", "Task_QualityAssureReport"))
        .containsExactly(new DocumentMapping.Rule(DocumentType.SOC_MEETING_REPORT, "reportApproved"));
  }

  @Test
  @DisplayName("seed 000 3.7: the meeting produces the minutes with the action plan, when it took place")
  void minutes() {
    assertThat(mapping.rulesFor("standards-of-care", "Task_HoldSocMeeting"))
        .containsExactly(new DocumentMapping.Rule(DocumentType.SOC_MINUTES, "meetingHeld"));
  }

  @Test
  @DisplayName("seed 002, seed 004 LADO report 5.4: the concluding Post-Allegation Investigation Meeting produces the outcome letter")
  void outcomeLetter() {
    assertThat(mapping.rulesFor("management-of-allegations", "Task_PostAllegationMeeting"))
        .containsExactly(new DocumentMapping.Rule(DocumentType.ALLEGATION_OUTCOME_LETTER, "investigationConcluded"));
  }

  @Test
  @DisplayName("any other task produces nothing, also a task of the same id in another process")
  void otherTasks() {
    assertThat(mapping.rulesFor("concern-triage", "Task_LadoDecision")).isEmpty();
    assertThat(mapping.rulesFor("management-of-allegations", "Task_VisitFosterCarer")).isEmpty();
    assertThat(mapping.rulesFor("standards-of-care", "Task_FosteringPanel")).isEmpty();
  }
}
