package uk.fosteringconcerns.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.records.audit.AuditEntry;
import uk.fosteringconcerns.records.audit.AuditRecord;
import uk.fosteringconcerns.records.audit.AuditTrail;
import uk.fosteringconcerns.records.chronology.ChronologyEntry;
import uk.fosteringconcerns.records.chronology.ChronologyService;
import uk.fosteringconcerns.records.documents.CaseDocuments;
import uk.fosteringconcerns.records.documents.DocumentType;
import uk.fosteringconcerns.records.documents.StoredDocument;
import uk.fosteringconcerns.records.earlier.EarlierConcernService;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/**
 * Case records on the real models (issue 15, item 5): three cases of one carer run through the procedures as the
 * workers would, then the chronology, the four documents (text read back from the PDF) and the audit trail are
 * checked. Seeds: 001 4.2 and Appendix 1 (visit record, report), 000 3.7 (minutes), 002 and 004 LADO report 5.4
 * (outcome letter), 004 LADO report section 4 (the secure record of every contact).
 */
class CaseRecordsTest extends DeployedModelsTest {

  @RegisterExtension
  // the Dudley procedure: its Standards of Care cases have the Appendix 1 report (Dudley Standards of Care procedure 4.3)
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension(ProcessEngineFixture.DUDLEY);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static int carers;

  CaseDriver driver;
  String carer;

  @BeforeEach
  void driver() {
    driver = new CaseDriver(engine);
    carer = "FC-REC-" + (++carers);
  }

  @SuppressWarnings("unchecked")
  <T> T bean(String name) {
    return (T) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans().get(name);
  }

  JdbcTemplate jdbc() {
    return new JdbcTemplate((DataSource) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDataSource());
  }

  @Test
  @DisplayName("seed 001 Appendix 1: a carer with three cases and an earlier concern: the chronology lists them oldest first; the report pre-fills the previous ones")
  void threeCasesInOrder() throws Exception {
    EarlierConcernService earlier = bean("earlierConcernService");
    earlier.importRecords(JSON.readTree("[{\"carerId\":\"" + carer + "\",\"childId\":\"CH-OLD-1\","
        + "\"receivedOn\":\"2019-06-03\",\"category\":\"STANDARDS_OF_CARE\",\"outcome\":\"Advice and training\","
        + "\"sourceReference\":\"LEGACY-" + carer + "-1\"}]"), "admin");

    // case 1: an allegation found unfounded (seed 004 flowchart, seed 002 follow-up), closed
    String first = driver.raise(LocalDate.of(2024, 5, 6), carer, "CH-A");
    driver.run(first, CaseDriver.allegation(AllegationVariables.UNFOUNDED), null);
    // case 2: standards of care, meeting with no further action (seed 000 3.1-3.9), closed
    String second = driver.raise(LocalDate.of(2025, 2, 3), carer, "CH-B");
    driver.run(second, CaseDriver.standardsOfCare(LocalDate.of(2025, 3, 3),
        StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION), null);
    // case 3: standards of care, report approved, meeting held with an action plan
    String third = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-C");
    driver.run(third, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_ACTION_PLAN), "Task_IssueMinutes");

    ChronologyService chronology = bean("chronologyService");
    List<ChronologyEntry> entries = chronology.forCarer(carer);
    assertThat(entries).extracting(e -> uk.fosteringconcerns.timescales.Deadlines.toLocalDate(e.date())).isSorted();
    assertThat(entries.get(0).event()).isEqualTo(ChronologyEntry.EARLIER_CONCERN);
    assertThat(entries.get(0).sourceReference()).isEqualTo("LEGACY-" + carer + "-1");
    assertThat(entries.stream().map(ChronologyEntry::caseReference).filter(java.util.Objects::nonNull).distinct())
        .containsExactly(first, second, third);
    assertThat(events(entries, first)).containsExactly(ChronologyEntry.RECEIVED, ChronologyEntry.ROUTE_DECIDED,
        ChronologyEntry.MEETING, ChronologyEntry.OUTCOME, ChronologyEntry.CLOSED);
    assertThat(events(entries, second)).containsExactly(ChronologyEntry.RECEIVED, ChronologyEntry.ROUTE_DECIDED,
        ChronologyEntry.VISIT, ChronologyEntry.MEETING, ChronologyEntry.CLOSED);
    assertThat(events(entries, third)).containsExactly(ChronologyEntry.RECEIVED, ChronologyEntry.ROUTE_DECIDED,
        ChronologyEntry.VISIT, ChronologyEntry.MEETING);
    assertThat(entries).filteredOn(e -> first.equals(e.caseReference()) && ChronologyEntry.OUTCOME.equals(e.event()))
        .singleElement().extracting(ChronologyEntry::summary).asString().contains("Unfounded");
    assertThat(entries).allSatisfy(e -> assertThat(e.summary()).doesNotContain(CaseDriver.CONCERN_TEXT)
        .doesNotContain(CaseDriver.CARER_NAME));
    // the child's chronology holds only that child's case
    assertThat(chronology.forChild("CH-B")).extracting(ChronologyEntry::caseReference).containsOnly(second);

    // the report of case 3 (approved at QA) carries the previous concerns: the earlier one and cases 1 and 2
    CaseDocuments documents = bean("caseDocuments");
    String report = text(documents, third, DocumentType.SOC_MEETING_REPORT);
    assertThat(report).contains("CHRONOLOGY OF PREVIOUS RELEVANT CONCERNS")
        .contains("3 June 2019").contains("Concern recorded before go-live: standards of care").contains(first).contains("6 May 2024").contains(second).contains("3 February 2025")
        .contains("Allegation outcome: Unfounded");
    assertThat(report.indexOf("3 June 2019")).isLessThan(report.indexOf("6 May 2024"));
    assertThat(report.indexOf("6 May 2024")).isLessThan(report.indexOf("3 February 2025"));
    assertThat(report.substring(report.indexOf("CHRONOLOGY OF PREVIOUS"), report.indexOf("INVESTIGATION")))
        .doesNotContain(third);
  }

  @Test
  @DisplayName("seed 001 4.2, Appendix 1; seed 000 3.7: the visit record, the meeting report and the minutes show the case's values")
  void standardsOfCareDocuments() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-D");
    // the Appendix 1 header fields a later version of the report form will hold; read when present
    driver.run(kase, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_ACTION_PLAN), "Task_QualityAssureReport");
    String socInstance = driver.openTask(kase, "Task_QualityAssureReport").getProcessInstanceId();
    engine.getRuntimeService().setVariables(socInstance, Map.of("carerAddress", "1 Placeholder Road, Testtown",
        "fosteringTeam", "Fostering Team North", "registrationDate", java.util.Date.from(
            LocalDate.of(2015, 9, 1).atStartOfDay(uk.fosteringconcerns.timescales.Deadlines.LONDON).toInstant()),
        "registrationTerms", "Two children aged 5 to 11", "householdMembers", "Partner; son aged 19"));
    driver.run(kase, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_ACTION_PLAN), "Task_IssueMinutes");

    CaseDocuments documents = bean("caseDocuments");
    assertThat(documents.list(kase)).extracting(StoredDocument::type).containsExactly(
        DocumentType.SOC_VISIT_RECORD, DocumentType.SOC_MEETING_REPORT, DocumentType.SOC_MINUTES);
    assertThat(documents.documentsOf(kase)).extracting(CaseDocuments.DocumentLink::url)
        .allMatch(url -> url.startsWith("/api/cases/" + kase + "/documents/"));

    String visit = text(documents, kase, DocumentType.SOC_VISIT_RECORD);
    assertThat(visit).contains("Standards of Care visit record").contains(kase).contains(CaseDriver.CARER_NAME)
        .contains(carer).contains("CH-D").contains("2 March 2026").contains("3.6, 22.10")
        .contains("Attend safer caring training").contains("Signed by both parties")
        .contains("Supervising social worker: signature and date").contains("Foster carer: signature and date")
        .contains("Dudley Standards of Care procedure").contains("Test Borough Council").doesNotContain("seed");

    String report = text(documents, kase, DocumentType.SOC_MEETING_REPORT);
    assertThat(report).contains("STANDARDS OF CARE CONCERNS MEETING REPORT")
        .contains("must not be sent to the foster carer or the meeting chair before")
        .contains("Foster Carers Names and Dates of Birth").contains(CaseDriver.CARER_NAME)
        .contains("Other Household Members").contains("Partner; son aged 19")
        .contains("Foster Carers Address").contains("1 Placeholder Road, Testtown")
        .contains("Fostering Team:").contains("Fostering Team North")
        .contains("Date of Foster Carers Registration").contains("1 September 2015")
        .contains("Terms of Foster Carers Registration").contains("Two children aged 5 to 11")
        .contains("Date concerns raised").contains("2 March 2026").contains("Concerns raised by: (if this is anonymous please state this) anonymous")
        .contains("Fostering Social Worker:").contains("Fostering Team Manager:").contains("Childrens Social Worker:")
        .contains("Children's Team Manager:").contains("Investigating Social Worker")
        .contains("REASON FOR THE REPORT").contains("Reason for the report (case values)")
        .contains("OVERVIEW OF FOSTERING CAREER").contains("Approved in 2015; two children placed")
        .contains("CHRONOLOGY OF PREVIOUS RELEVANT CONCERNS").contains("No previous concerns are recorded")
        .contains("See the chronology above")
        .contains("INVESTIGATION").contains("Visit and interviews")
        .contains("CONSULTATION WITH FOSTER CARERS AND OTHERS").contains("The carers' views")
        .contains("CURRENT SITUATION AND IMPACT").contains("Placement stable")
        .contains("ANALYSIS OF THE FOSTER CARERS SUITABILITY").contains("What's worked / working well?")
        .contains("Warm relationships").contains("What are we the worried about?".replace("we the", "we"))
        .contains("Record keeping").contains("What needs to happen next?").contains("Training by June")
        .contains("appendices").contains("Safer caring policy")
        .contains("Date report sent to Foster Carer").contains("How was this report shared with the Foster Carer?")
        .contains("Has Foster Carer confirmed receipt").contains("Fostering Social Worker Signature & Date")
        .contains("Fostering Team Manager Signature & Date").contains("Quality assured and approved by frank");

    String minutes = text(documents, kase, DocumentType.SOC_MINUTES);
    assertThat(minutes).contains("Minutes of the Standards of Care meeting").contains(kase)
        .contains("30 March 2026, 10:00").contains("an action plan to remedy the concerns")
        .contains("Recommendations of the chair").contains("Complete the record keeping course")
        .contains("11 May 2026").contains("The carer's own response").contains("Chair frank")
        .contains("Foster carer: signature and date").contains("added to the child's file and to the foster carer's record");
  }

  @Test
  @DisplayName("seed 002, seed 004 LADO report 5.4: the outcome letter tells the carer the outcome in plain words, with all five categories")
  void outcomeLetter() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-E");
    driver.run(kase, CaseDriver.allegation(AllegationVariables.SUBSTANTIATED), AllegationVariables.TASK_EVALUATION_MEETING_DECISION);
    CaseDocuments documents = bean("caseDocuments");
    assertThat(documents.list(kase)).extracting(StoredDocument::type)
        .containsExactly(DocumentType.ALLEGATION_OUTCOME_LETTER);
    String letter = text(documents, kase, DocumentType.ALLEGATION_OUTCOME_LETTER);
    assertThat(letter).contains("Dear " + CaseDriver.CARER_NAME).contains(kase).contains("2 March 2026")
        .contains("The outcome is: Substantiated").contains("there is enough evidence to prove the allegation")
        .contains("Reasons agreed at the meeting")
        .contains("Unsubstantiated").contains("False (not true)").contains("Malicious").contains("Unfounded")
        .contains("the outcome in your case")
        .contains("presented to the fostering panel").contains("LADO-led evaluation meeting")
        .contains("Local Authority Designated Officer").contains("laura")
        .doesNotContain(CaseDriver.CONCERN_TEXT).doesNotContain("seed");
  }

  @Test
  @DisplayName("seed 004 LADO report section 4: every change is audited with user, task and variable names, never values; verify finds tampering")
  void auditOfChanges() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-F");
    driver.run(kase, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION), "Task_SendVisitRecord");
    AuditTrail audit = bean("auditTrail");
    List<AuditRecord> records = audit.forCase(kase);
    assertThat(records).extracting(r -> r.entry().what()).contains("case started", "task completed",
        "document produced");
    AuditRecord visit = records.stream().filter(r -> "task completed".equals(r.entry().what())
        && r.entry().detail().contains("Task_VisitFosterCarer")).findFirst().orElseThrow();
    assertThat(visit.entry().userId()).isEqualTo("fiona");
    assertThat(visit.entry().detail()).contains("visitDate", "actionPlan", "standardsBreached");
    assertThat(records).extracting(r -> r.entry().userId()).contains("carol", "laura", "fiona");
    assertThat(records).allSatisfy(r -> assertThat(String.valueOf(r.entry().detail()))
        .doesNotContain(CaseDriver.CONCERN_TEXT).doesNotContain("Attend safer caring training")
        .doesNotContain(CaseDriver.CARER_NAME));

    AuditTrail.Verification intact = audit.verify();
    assertThat(intact.intact()).isTrue();
    assertThat(intact.entries()).isGreaterThanOrEqualTo(records.size());

    // someone with database access changes who completed the visit: the chain no longer holds
    JdbcTemplate jdbc = jdbc();
    jdbc.update("UPDATE fc_audit SET user_id = 'someone-else' WHERE seq = ?", visit.seq());
    AuditTrail.Verification broken = audit.verify();
    assertThat(broken.intact()).isFalse();
    assertThat(broken.firstBroken()).isEqualTo(visit.seq());
    jdbc.update("UPDATE fc_audit SET user_id = ? WHERE seq = ?", visit.entry().userId(), visit.seq());
    assertThat(audit.verify().intact()).isTrue();

    // a removed last entry is found through the head of the chain
    audit.append(AuditEntry.read("quinn", "test read", kase, null));
    long last = audit.verify().entries();
    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM fc_audit WHERE seq = ?", last);
    jdbc.update("DELETE FROM fc_audit WHERE seq = ?", last);
    assertThat(audit.verify().intact()).isFalse();
    jdbc.update("INSERT INTO fc_audit (seq, occurred_at, user_id, action, what, case_reference, process_instance_id,"
            + " task_id, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)", row.get("seq"), row.get("occurred_at"),
        row.get("user_id"), row.get("action"), row.get("what"), row.get("case_reference"),
        row.get("process_instance_id"), row.get("task_id"), row.get("detail"), row.get("prev_hash"), row.get("hash"));
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  @DisplayName("case-documents is evaluated once per process and task, not at every completion")
  void mappingEvaluatedOnce() {
    String one = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-G");
    driver.run(one, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION), "Task_SendVisitRecord");
    long after = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("case-documents").count();
    String two = driver.raise(LocalDate.of(2026, 3, 3), carer, "CH-H");
    driver.run(two, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION), "Task_SendVisitRecord");
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("case-documents").count()).isEqualTo(after);
    CaseDocuments documents = bean("caseDocuments");
    assertThat(documents.list(two)).extracting(StoredDocument::type).containsExactly(DocumentType.SOC_VISIT_RECORD);
  }

  @Test
  @DisplayName("retention: a case's documents are removed once the engine has removed the case's history, and that is audited")
  void documentsFollowTheCaseHistory() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-R");
    driver.run(kase, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION), "Task_SendVisitRecord");
    CaseDocuments documents = bean("caseDocuments");
    uk.fosteringconcerns.records.documents.DocumentRetention retention = bean("documentRetention");
    CaseDriver.clock(LocalDate.of(2036, 3, 10), 6);
    assertThat(retention.removeDocumentsOfRemovedCases()).as("the case's history is still there").isZero();
    assertThat(documents.list(kase)).hasSize(1);
    // what the history cleanup does at the end of the time to live
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(kase).list().forEach(pi -> {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test: end of retention");
      }
    });
    engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(kase).list()
        .forEach(pi -> engine.getHistoryService().deleteHistoricProcessInstance(pi.getId()));
    assertThat(retention.removeDocumentsOfRemovedCases()).isOne();
    assertThat(documents.list(kase)).isEmpty();
    AuditTrail audit = bean("auditTrail");
    assertThat(audit.forCase(kase)).extracting(r -> r.entry().what())
        .contains("documents removed at the end of retention");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  @DisplayName("seed 001 4.3: earlier standards of care issues are counted by received date, both ends included")
  void countStandardsOfCareIssues() throws Exception {
    EarlierConcernService earlier = bean("earlierConcernService");
    earlier.importRecords(JSON.readTree("["
        + "{\"carerId\":\"" + carer + "\",\"receivedOn\":\"2025-03-01\",\"category\":\"STANDARDS_OF_CARE\",\"sourceReference\":\"" + carer + "-a\"},"
        + "{\"carerId\":\"" + carer + "\",\"receivedOn\":\"2025-09-15\",\"category\":\"STANDARDS_OF_CARE\",\"sourceReference\":\"" + carer + "-b\"},"
        + "{\"carerId\":\"" + carer + "\",\"receivedOn\":\"2026-02-28\",\"category\":\"STANDARDS_OF_CARE\",\"sourceReference\":\"" + carer + "-c\"},"
        + "{\"carerId\":\"" + carer + "\",\"receivedOn\":\"2025-10-01\",\"category\":\"COMPLAINT\",\"sourceReference\":\"" + carer + "-d\"},"
        + "{\"carerId\":\"OTHER-" + carer + "\",\"receivedOn\":\"2025-10-01\",\"category\":\"STANDARDS_OF_CARE\",\"sourceReference\":\"" + carer + "-e\"}]"),
        "admin");
    assertThat(earlier.countStandardsOfCareIssues(carer, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28)))
        .isEqualTo(3);
    assertThat(earlier.countStandardsOfCareIssues(carer, LocalDate.of(2025, 3, 2), LocalDate.of(2026, 2, 27)))
        .isEqualTo(1);
    assertThat(earlier.countStandardsOfCareIssues("NOBODY", LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)))
        .isZero();
  }

  private static List<String> events(List<ChronologyEntry> entries, String caseReference) {
    return entries.stream().filter(e -> caseReference.equals(e.caseReference())).map(ChronologyEntry::event).toList();
  }

  private static String text(CaseDocuments documents, String caseReference, DocumentType type) {
    StoredDocument listed = documents.list(caseReference).stream().filter(d -> d.type() == type).findFirst()
        .orElseThrow(() -> new AssertionError("No " + type + " on " + caseReference));
    StoredDocument document = documents.find(caseReference, listed.id()).orElseThrow();
    assertThat(CaseDocuments.sha256(document.content())).isEqualTo(document.sha256());
    PdfText.keep(type.template(), document.content());
    return PdfText.of(document.content());
  }

  @Test
  @DisplayName("PROCESS-API 10: the cases of a chronology a caller may read, asked for all at once, are those each case's own check allows")
  void readableAsksOnceAsEachCaseWould() {
    String allegation = driver.raise(LocalDate.of(2025, 4, 7), carer, "CH-RA");
    driver.run(allegation, CaseDriver.allegation(AllegationVariables.UNFOUNDED), null);
    String standards = driver.raise(LocalDate.of(2025, 6, 2), carer, "CH-RB");
    driver.run(standards, CaseDriver.standardsOfCare(LocalDate.of(2025, 7, 1),
        StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION), null);
    List<String> cases = List.of(allegation, standards, "CC-2025-99999");
    uk.fosteringconcerns.records.access.CaseAccess access = bean("caseAccess");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String group : uk.fosteringconcerns.identity.Groups.ALL) {
      for (String user : java.util.List.of(CaseDriver.userOf(group), "someone-else")) {
        var caller = new uk.fosteringconcerns.records.access.Caller(user, java.util.Set.of(group));
        java.util.Set<String> expected = new java.util.LinkedHashSet<>();
        // who sees every case is given every reference asked for (a chronology names only cases that exist)
        cases.stream().filter(c -> access.seesAll(caller) || access.decide(caller, c)
            == uk.fosteringconcerns.records.access.CaseAccess.Decision.ALLOWED).forEach(expected::add);
        assertThat(access.readable(caller, cases)).as(user + " of " + group).containsExactlyElementsOf(expected);
        seen.add(expected.size() + "");
      }
    }
    // the comparison covered callers who may read none, one and both of the cases
    assertThat(seen).contains("0", "1", "2");
    // these cases' documents would outlive their history, cleared after each test, in the retention test
    jdbc().update("delete from fc_case_document where case_reference in (?, ?)", allegation, standards);
  }
}
