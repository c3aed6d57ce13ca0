package uk.fosteringconcerns.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.escalation.EscalationVariables;
import uk.fosteringconcerns.records.CaseDriver;
import uk.fosteringconcerns.records.documents.CaseDocuments;
import uk.fosteringconcerns.records.documents.DocumentType;
import uk.fosteringconcerns.significantharm.SignificantHarmVariables;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * Issue 10 on the real models, as workers meet them: every task of a case carries the case header (carer's name and
 * record number, child's record number, date received, the concern, route and outcome so far), the case reference
 * and the carer's name for the task list; decision and closure tasks carry the earlier decisions and reasons they
 * depend on (Kent guidance after an allegation: panel, Agency Decision Maker, the LADO's closure); read-only dates
 * and coded values are in words.
 */
class CaseViewsProcessTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  private static int carers;
  CaseDriver driver;
  String carer;

  @BeforeEach
  void driver() {
    driver = new CaseDriver(engine);
    carer = "FC-VIEW-" + (++carers);
  }

  @Test
  @DisplayName("a new concern: the first task shows the case reference, carer, child, date received in words and the concern")
  void firstTaskHasTheHeader() {
    String kase = driver.raise(LocalDate.of(2026, 11, 23), carer, "CH-77");
    Task discussion = driver.openTask(kase, ConcernTriageVariables.TASK_INITIAL_DISCUSSION);

    Map<String, Object> local = engine.getTaskService().getVariablesLocal(discussion.getId());
    assertThat(local).containsEntry(CaseViewVariables.CASE_REFERENCE, kase)
        .containsEntry(CaseViewVariables.CARER_NAME, CaseDriver.CARER_NAME);
    assertThat((String) local.get(CaseViewVariables.CASE_HEADER))
        .contains("#### Case " + kase)
        .contains("**Foster carer:** " + CaseDriver.CARER_NAME.replace("-", "-") + " (record number "
            + carer.replace("-", "-") + ")")
        .contains("**Child's record number:** CH-77")
        .contains("**Received:** Monday 23 November 2026")
        .contains("**Route:** none yet")
        .contains("**Outcome so far:** none yet")
        .contains("**The concern:** " + CaseDriver.CONCERN_TEXT);
    // a form without earlier decisions or values in words gets neither
    assertThat(local).doesNotContainKeys(CaseViewVariables.CASE_DECISIONS, CaseViewVariables.IN_WORDS);
    // the worker's description, not the model's documentation (written for analysts, citing source files)
    assertThat(discussion.getDescription())
        .isEqualTo(new TaskDescriptions().of(ConcernTriageVariables.PROCESS_KEY, ConcernTriageVariables.TASK_INITIAL_DISCUSSION))
        .contains("within 1 working day of the concern being received").doesNotContainIgnoringCase("seed");
  }

  @Test
  @DisplayName("Tasklist shows a task the description an analyst wrote for workers: never the model's documentation")
  void taskDescriptionsAreTheAnalysts() throws Exception {
    java.util.Properties texts = new java.util.Properties();
    try (var in = getClass().getClassLoader().getResourceAsStream(TaskDescriptions.RESOURCE)) {
      texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(texts).isNotEmpty();
    for (String key : texts.stringPropertyNames()) {
      String process = key.substring(0, key.lastIndexOf('.'));
      String taskId = key.substring(key.lastIndexOf('.') + 1);
      var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(process)
          .latestVersion().singleResult();
      assertThat(definition).as("process of %s", key).isNotNull();
      Object element = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
          .getModelElementById(taskId);
      assertThat(element instanceof org.camunda.bpm.model.bpmn.instance.UserTask).as("user task of %s", key).isTrue();
    }
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-8");
    driver.run(kase, CaseDriver.allegation(AllegationVariables.SUBSTANTIATED), AllegationVariables.TASK_LADO_CLOSURE);
    var tasks = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(kase).list();
    TaskDescriptions descriptions = new TaskDescriptions();
    assertThat(tasks).hasSizeGreaterThan(10).allSatisfy(t -> assertThat(t.getDescription()).as(t.getTaskDefinitionKey())
        .isNotBlank()
        .isEqualTo(descriptions.of(t.getProcessDefinitionKey(), t.getTaskDefinitionKey()))
        .doesNotContainIgnoringCase("seed"));
  }

  @Test
  @DisplayName("the LADO's decision, open while the discussion happens, shows the discussion's answers once it is recorded")
  void openDecisionIsBroughtUpToDate() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-1");
    Task lado = driver.openTask(kase, ConcernTriageVariables.TASK_LADO_DECISION);
    assertThat(local(lado, CaseViewVariables.CASE_DECISIONS)).isEqualTo(CaseViews.NO_DECISIONS);

    driver.complete(driver.openTask(kase, ConcernTriageVariables.TASK_INITIAL_DISCUSSION),
        Map.of(ConcernTriageVariables.HARMED_CHILD, true, ConcernTriageVariables.DISCUSSION_NOTES,
            "Agreed the *facts* <b>today</b>"));

    assertThat(local(lado, CaseViewVariables.CASE_DECISIONS))
        .contains("#### Initial discussion")
        .contains("- Harmed a child, or may have harmed a child: **Yes**")
        .contains("- Possibly committed a criminal offence against or related to a child: **No**")
        .contains("- Route the answers recommend: **Allegation: Management of Allegations procedure")
        // a worker's text shows as typed: no emphasis, no HTML
        .contains("Agreed the \\*facts\\* &lt;b&gt;today&lt;/b&gt;");
  }

  @Test
  @DisplayName("the panel sees the outcome and the evaluation meeting; the ADM sees the panel's reasons; the header says the outcome so far")
  void panelAndAgencyDecisionSeeWhatWasDecided() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-2");
    driver.run(kase, CaseDriver.allegation(AllegationVariables.SUBSTANTIATED), AllegationVariables.TASK_FOSTERING_PANEL);
    Task panel = driver.openTask(kase, AllegationVariables.TASK_FOSTERING_PANEL);
    assertThat(local(panel, CaseViewVariables.CASE_DECISIONS))
        .contains("#### Post-Allegation Investigation Meeting")
        .contains("- Outcome: **Substantiated**")
        .contains("- Reasons for the outcome: Reasons agreed at the meeting")
        .contains("#### Evaluation meeting")
        .contains("- A LADO-led evaluation meeting is needed: **Yes**");
    assertThat(local(panel, CaseViewVariables.CASE_HEADER))
        .contains("**Route:** Allegation: Management of Allegations procedure, led by the LADO")
        .contains("Allegation: Substantiated.");

    driver.complete(panel, Map.of(AllegationVariables.PANEL_RECOMMENDATION, AllegationVariables.CHANGE_TERMS,
        AllegationVariables.PANEL_MINUTES, "The panel's reasons for changing the terms"));
    Task adm = driver.openTask(kase, AllegationVariables.TASK_AGENCY_DECISION);
    assertThat(local(adm, CaseViewVariables.CASE_DECISIONS))
        .contains("#### Fostering panel")
        .contains("- Recommendation: **Change the terms of approval**")
        .contains("- Minutes and reasons: The panel's reasons for changing the terms");
    assertThat(local(adm, CaseViewVariables.CASE_HEADER))
        .contains("Fostering panel: Change the terms of approval.");
  }

  @Test
  @DisplayName("the LADO's closure shows every follow-up answer, the DBS decision and the approval decisions")
  void closureShowsTheFollowUp() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-3");
    driver.run(kase, CaseDriver.allegation(AllegationVariables.SUBSTANTIATED), AllegationVariables.TASK_LADO_CLOSURE);
    String decisions = local(driver.openTask(kase, AllegationVariables.TASK_LADO_CLOSURE),
        CaseViewVariables.CASE_DECISIONS);
    assertThat(decisions)
        .contains("#### Referral to the Disclosure and Barring Service")
        .contains("#### Fostering panel")
        .contains("#### Agency Decision Maker's decision")
        .contains("#### Joint visit")
        .contains("#### Follow-up by both social workers")
        .contains("#### Follow-up by the fostering social worker")
        .contains("#### Follow-up by the child's social worker")
        .contains("#### The independent reviewing officer's review")
        .contains("- The child who made the allegation was visited and advised of the outcome: **Done**")
        .doesNotContain("DONE").doesNotContain("NOT_APPLICABLE").doesNotContain("\n\n");
  }

  @Test
  @DisplayName("Dorset Standards of Care guidance 3.6: business support sees why the meeting is held and the dates in words")
  void scheduleMeetingShowsValuesInWords() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-4");
    driver.run(kase, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30), StandardsOfCareVariables.OUTCOME_ACTION_PLAN),
        "Task_ScheduleSocMeeting");
    Task schedule = driver.openTask(kase, "Task_ScheduleSocMeeting");
    @SuppressWarnings("unchecked")
    Map<String, String> inWords = (Map<String, String>) engine.getTaskService()
        .getVariableLocal(schedule.getId(), CaseViewVariables.IN_WORDS);
    assertThat(inWords.get(StandardsOfCareVariables.MEETING_REASON))
        .isEqualTo("A Standards of Care meeting follows every discussion with the foster carer (Dorset Standards of"
            + " Care guidance, 3.6)");
    assertThat(inWords.get(StandardsOfCareVariables.VISIT_DATE)).matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ 2026");
    assertThat(inWords.get(StandardsOfCareVariables.MEETING_DUE_BY)).matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ 2026.*");
    assertThat(local(schedule, CaseViewVariables.CASE_HEADER)).contains("**Route:** Standards of Care procedure");
  }

  @Test
  @DisplayName("an escalation about no case says so in its header (Dorset IRO annual report 2020/21, section 10)")
  void escalationWithoutCase() {
    ProcessEngineFixture.forms(engine).submitStartForm(EscalationVariables.PROCESS_KEY, Variables.createVariables()
        .putValue(EscalationVariables.SUBJECT, "No permanence planning meeting for 6 months")
        .putValue(EscalationVariables.RAISED_BY_GROUP, "iro"));
    Task respond = engine.getTaskService().createTaskQuery().taskDefinitionKey(EscalationVariables.TASK_RESPOND)
        .singleResult();
    assertThat(local(respond, CaseViewVariables.CASE_HEADER)).contains("Not about a single case");
    assertThat(engine.getTaskService().getVariablesLocal(respond.getId()))
        .doesNotContainKeys(CaseViewVariables.CASE_REFERENCE, CaseViewVariables.CARER_NAME);
  }

  @Test
  @DisplayName("the header links the case's documents: the outcome letter once the Post-Allegation meeting has made it")
  void headerLinksTheDocuments() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-5");
    driver.run(kase, CaseDriver.allegation(AllegationVariables.SUBSTANTIATED),
        AllegationVariables.TASK_POST_ALLEGATION_MEETING);
    Task meeting = driver.openTask(kase, AllegationVariables.TASK_POST_ALLEGATION_MEETING);
    assertThat(local(meeting, CaseViewVariables.CASE_HEADER)).doesNotContain("**Documents:**");

    driver.run(kase, CaseDriver.allegation(AllegationVariables.SUBSTANTIATED), AllegationVariables.TASK_FOSTERING_PANEL);
    String title = DocumentType.ALLEGATION_OUTCOME_LETTER.title();
    String url = ((CaseDocuments) ((ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getBeans().get("caseDocuments")).documentsOf(kase).stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow()
        .url();
    assertThat(url).startsWith("/api/cases/" + kase + "/documents/");
    // a task created by the completion that made the document links it ...
    assertThat(local(driver.openTask(kase, AllegationVariables.TASK_FOSTERING_PANEL), CaseViewVariables.CASE_HEADER))
        .contains("**Documents:** [" + CaseViews.markdown(title) + "](" + url + ")");
  }

  @Test
  @DisplayName("Dorset Standards of Care guidance 3.10: the LADO deciding again after significant harm sees what came to light and when")
  void ladoDecidingAfterSignificantHarm() {
    String kase = driver.raise(LocalDate.of(2026, 3, 2), carer, "CH-6");
    driver.run(kase, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30), StandardsOfCareVariables.OUTCOME_ACTION_PLAN),
        "Task_SendVisitRecord");
    // open before the report: the Standards of Care task ends with it
    CaseDriver.clock(LocalDate.of(2026, 3, 10), 11);
    engine.getIdentityService().setAuthentication("chris", List.of("childrens-social-worker"));
    try {
      ProcessEngineFixture.forms(engine).submitStartForm(SignificantHarmVariables.PROCESS_KEY,
          Variables.createVariables().putValue(SignificantHarmVariables.CASE_REFERENCE, kase)
              .putValue(SignificantHarmVariables.HARM_DESCRIPTION, "Bruising seen at school")
              .putValue(SignificantHarmVariables.REPORTED_ON, "2026-03-10T09:00:00"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Task lado = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(kase)
        .processDefinitionKey(SignificantHarmVariables.PROCESS_KEY)
        .taskDefinitionKey(SignificantHarmVariables.TASK_LADO_DECISION).singleResult();
    assertThat(local(lado, CaseViewVariables.CASE_DECISIONS))
        .contains("#### Significant harm reported on this case, Tuesday 10 March 2026 at 09:00")
        .contains("- What came to light: Bruising seen at school")
        .contains("- The Standards of Care work on this case stopped: **Yes**")
        // and the LADO's first decision on the case
        .contains("#### The LADO's decision").contains("- Decision: **Standards of Care procedure");
    @SuppressWarnings("unchecked")
    Map<String, String> inWords = (Map<String, String>) engine.getTaskService()
        .getVariableLocal(lado.getId(), CaseViewVariables.IN_WORDS);
    assertThat(inWords).containsEntry(SignificantHarmVariables.REPORTED_ON, "Tuesday 10 March 2026 at 09:00");

    // a LADO decision of a new concern has no report: the form hides its fields, the decisions have no such step
    String other = driver.raise(LocalDate.of(2026, 3, 2), carer + "-B", "CH-7");
    assertThat(local(driver.openTask(other, ConcernTriageVariables.TASK_LADO_DECISION), CaseViewVariables.CASE_DECISIONS))
        .doesNotContain("Significant harm");
  }

  private String local(Task task, String name) {
    return (String) engine.getTaskService().getVariableLocal(task.getId(), name);
  }

  /** The initial discussion done as for an allegation (the case moves on; the LADO's decision stays open). */
  private void completeDiscussion(Task discussion) {
    driver.complete(discussion, CaseDriver.allegation(AllegationVariables.SUBSTANTIATED)
        .get(ConcernTriageVariables.TASK_INITIAL_DISCUSSION));
  }

  @Test
  @DisplayName("the case views are not kept in the engine's history (they copy the case); the case's own variables are")
  void caseViewsHaveNoHistory() {
    String kase = driver.raise(LocalDate.of(2026, 11, 23), carer, "CH-78");
    Task discussion = driver.openTask(kase, ConcernTriageVariables.TASK_INITIAL_DISCUSSION);
    assertThat(engine.getTaskService().getVariablesLocal(discussion.getId()))
        .containsKeys(CaseViewVariables.CASE_REFERENCE, CaseViewVariables.CARER_NAME, CaseViewVariables.CASE_HEADER);
    var history = engine.getHistoryService();
    String[] views = CaseViewHistoryPlugin.DERIVED.toArray(String[]::new);

    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(discussion.getProcessInstanceId())
        .variableNameIn(views).list())
        .as("historic case views").allSatisfy(variable -> assertThat(variable.getTaskId()).isNull());
    assertThat(history.createHistoricDetailQuery().taskId(discussion.getId()).count()).as("details of the task").isZero();
    // the carer's name as the case holds it (a process variable of the same name) keeps its history
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(discussion.getProcessInstanceId())
        .variableName(ConcernTriageVariables.CARER_NAME).singleResult().getValue()).isEqualTo(CaseDriver.CARER_NAME);
    assertThat(history.createHistoricDetailQuery().processInstanceId(discussion.getProcessInstanceId())
        .variableUpdates().list()).as("details of the case's own variables").isNotEmpty()
        .allSatisfy(detail -> assertThat(
            detail.getTaskId() == null || !CaseViewHistoryPlugin.DERIVED.contains(
                ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())).isTrue());

    // completing the task deletes its views without the history they no longer have (no error, nothing written)
    completeDiscussion(discussion);
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(discussion.getId()).count()).isZero();
  }

  @Test
  @DisplayName("a header that fits a String variable is stored as one (no byte array); a longer one as JSON, shown all the same")
  void longHeadersAsJson() {
    String kase = driver.raise(LocalDate.of(2026, 11, 23), carer, "CH-79");
    Task discussion = driver.openTask(kase, ConcernTriageVariables.TASK_INITIAL_DISCUSSION);
    var typed = engine.getTaskService().getVariableLocalTyped(discussion.getId(), CaseViewVariables.CASE_HEADER);
    assertThat(typed.getType()).isEqualTo(org.camunda.bpm.engine.variable.type.ValueType.STRING);

    // a concern as long as the intake form allows (4000 characters): the header around it no longer fits a String
    String longConcern = "The carer was seen shouting at the child in the street. ".repeat(71).strip();
    assertThat(longConcern.length()).isBetween(3900, 4000);
    engine.getRuntimeService().setVariable(discussion.getProcessInstanceId(), ConcernTriageVariables.CONCERN_SUMMARY,
        longConcern);
    Task ladoDecision = driver.openTask(kase, ConcernTriageVariables.TASK_LADO_DECISION);
    completeDiscussion(discussion);

    var refreshed = engine.getTaskService().getVariableLocalTyped(ladoDecision.getId(), CaseViewVariables.CASE_HEADER);
    assertThat(refreshed).isInstanceOf(org.camunda.bpm.engine.variable.value.ObjectValue.class);
    assertThat((String) refreshed.getValue()).hasSizeGreaterThan(CaseViewListener.STRING_LIMIT)
        .contains(longConcern);
  }
}
