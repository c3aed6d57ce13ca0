package uk.fosteringconcerns.significantharm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.significantharm.SignificantHarmVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.forms.InvalidFieldException;
import uk.fosteringconcerns.standardsofcare.SocTestSupport;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * significant-harm-report (PROCESS-API section 7): seed 000 3.10 (000_311749cda34a16e1.txt) — significant harm reported
 * on an open case stops its Standards of Care work, the child's social worker makes a safeguarding referral and the
 * LADO decides the route again (seed 004 LADO flowchart), all due by the triage timescales.
 */
class SignificantHarmReportProcessTest extends SocTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = coverage(ProcessEngineFixture.DORSET);

  ProcessInstance report(String caseReference, LocalDate reportedOn) {
    engine.getIdentityService().setAuthentication("chris", List.of("childrens-social-worker"));
    try {
      return ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, vars(CASE_REFERENCE, caseReference,
          HARM_DESCRIPTION, "Placeholder description of the harm", REPORTED_ON, at(reportedOn, 9)));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void ladoDecides(ProcessInstance harm, String route) {
    complete(harm, TASK_LADO_DECISION, vars(ConcernTriageVariables.LADO_DECISION, route,
        ConcernTriageVariables.LADO_RATIONALE, "The new information", "ladoOfficer", null,
        ConcernTriageVariables.LADO_ADVICE, route.equals(ConcernTriageVariables.NO_FURTHER_ACTION) ? "Advice" : null));
  }

  @Test
  @DisplayName("seed 000 3.10: the Standards of Care work stops, the child's social worker (named) makes the referral, the LADO decides again: allegation")
  void harmStopsStandardsOfCareAndGoesToTheLado() {
    ProcessInstance soc = viaTriage(carer);
    String reference = soc.getBusinessKey();
    // the case's named child's social worker (PROCESS-API section 6)
    engine.getRuntimeService().setVariable(soc.getId(), "childsSocialWorker", "chris");
    clock(LocalDate.of(2026, 3, 3), 11);
    ProcessInstance harm = report(reference, LocalDate.of(2026, 3, 3));

    assertThat(harm.getBusinessKey()).isEqualTo(reference);
    assertThat(soc).isEnded().hasPassed(StandardsOfCareVariables.EVENT_SOC_STOPPED_SIGNIFICANT_HARM)
        .hasNotPassed(StandardsOfCareVariables.TASK_SEND_VISIT_RECORD);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(soc.getId())
        .variableName(StandardsOfCareVariables.SOC_STOPPED_ON).singleResult()).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(soc.getId()).count()).isZero();
    assertThat(harm).variables().containsEntry(STANDARDS_OF_CARE_STOPPED, true)
        .containsEntry(StandardsOfCareVariables.CARER_ID, carer).containsEntry(HARM_REPORTED_BY, "chris")
        .containsEntry(ConcernTriageVariables.RECOMMENDED_ROUTE, ConcernTriageVariables.ALLEGATION);
    assertThat(templates(harm)).contains(TEMPLATE_REPORTED, "soc-significant-harm");

    // due by the triage timescales: the referral 1 working day from the report, the LADO 1 working day from the notice
    Task referral = task(harm, TASK_MAKE_SAFEGUARDING_REFERRAL);
    assertThat(referral).hasCandidateGroupAssociated("childrens-social-worker").isAssignedTo("chris");
    assertThat(day(referral.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 4));
    Task lado = task(harm, TASK_LADO_DECISION);
    assertThat(lado).hasCandidateGroup("lado");
    assertThat(day(lado.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 4));

    ladoDecides(harm, ConcernTriageVariables.ALLEGATION);
    ProcessInstance allegation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(AllegationVariables.PROCESS_KEY).superProcessInstanceId(harm.getId()).singleResult();
    assertThat(allegation.getBusinessKey()).isEqualTo(reference);
    assertThat(allegation).variables().containsEntry(StandardsOfCareVariables.CARER_ID, carer)
        .containsEntry(AllegationVariables.REFERRED_ON, engine.getRuntimeService().getVariable(harm.getId(),
            ConcernTriageVariables.LADO_DECISION_ON));
    complete(harm, TASK_MAKE_SAFEGUARDING_REFERRAL, vars(SAFEGUARDING_REFERRAL_MADE_ON, at(today(), 9),
        SAFEGUARDING_REFERRED_TO, "MASH", SAFEGUARDING_REFERRAL_NOTES, null));
    assertThat(harm).hasPassed("Event_SafeguardingReferralMade").isWaitingAt(ACTIVITY_MANAGEMENT_OF_ALLEGATIONS);
    // the allegation runs to its end as the LADO manages it (seed 004 flowchart, seed 002): the report ends with it
    new uk.fosteringconcerns.records.CaseDriver(engine).run(reference,
        uk.fosteringconcerns.records.CaseDriver.allegation(AllegationVariables.UNFOUNDED), null);
    assertThat(harm).isEnded().hasPassed("Event_AllegationClosed");
    assertThat(notifications(harm)).allSatisfy(n -> assertThat(n.subject() + n.body())
        .doesNotContain(NAME).doesNotContain(SUMMARY).doesNotContain(carer).doesNotContain("Placeholder description"));
  }

  @Test
  @DisplayName("seed 000 3.10 / seed 000 section 2: the LADO sends the case back to Standards of Care: it starts again, counting from the new information; the stopped work is not a standards of care issue")
  void backToStandardsOfCare() {
    ProcessInstance soc = viaTriage(carer);
    ProcessInstance harm = report(soc.getBusinessKey(), today());
    clock(LocalDate.of(2026, 3, 3), 10);
    ladoDecides(harm, ConcernTriageVariables.STANDARDS_OF_CARE);
    ProcessInstance again = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(StandardsOfCareVariables.PROCESS_KEY).superProcessInstanceId(harm.getId()).singleResult();
    assertThat(again.getBusinessKey()).isEqualTo(soc.getBusinessKey());
    assertThat(again).variables().containsEntry(StandardsOfCareVariables.INFORMATION_RECEIVED_ON, at(START, 9))
        .containsEntry(StandardsOfCareVariables.SOC_DECISION_ON, at(LocalDate.of(2026, 3, 3), 10));
    // Dorset: 5 working days from the LADO's (new) decision
    assertThat(day(task(again, StandardsOfCareVariables.TASK_VISIT_FOSTER_CARER).getDueDate()))
        .isEqualTo(LocalDate.of(2026, 3, 10));
    visit(again, true, LocalDate.of(2026, 3, 20));
    sendVisitRecord(again);
    // this case once: the stopped Standards of Care work of the same case is not a second issue
    assertThat(again).variables().containsEntry(StandardsOfCareVariables.CONCERNS_IN_LAST_12_MONTHS, 1);
    // the new Standards of Care case ends (here: the carer is de-registered), and the report with it
    engine.getRuntimeService().createMessageCorrelation(StandardsOfCareVariables.MESSAGE_CARER_DEREGISTERED)
        .processInstanceId(again.getId()).correlate();
    complete(harm, TASK_MAKE_SAFEGUARDING_REFERRAL, vars(SAFEGUARDING_REFERRAL_MADE_ON, at(today(), 9),
        SAFEGUARDING_REFERRED_TO, "MASH", SAFEGUARDING_REFERRAL_NOTES, null));
    assertThat(harm).isEnded().hasPassed("Event_StandardsOfCareFinished");
  }

  @Test
  @DisplayName("seed 001 section 2, seed 004 LADO flowchart: the LADO may decide complaint (handed over) or no further action (advice given)")
  void complaintOrNoFurtherAction() {
    ProcessInstance first = report(viaTriage(carer).getBusinessKey(), today());
    ladoDecides(first, ConcernTriageVariables.COMPLAINT);
    Task handover = task(first, TASK_HAND_OVER_TO_COMPLAINTS);
    assertThat(handover).hasCandidateGroup("childrens-team-manager");
    complete(first, TASK_HAND_OVER_TO_COMPLAINTS, vars("complaintReferredOn", at(today(), 9)));
    assertThat(first).hasPassed("Event_HandedOverToComplaints");

    ProcessInstance second = report(viaTriage(carer + "-B").getBusinessKey(), today());
    ladoDecides(second, ConcernTriageVariables.NO_FURTHER_ACTION);
    assertThat(second).hasPassed(EVENT_ADVICE_GIVEN).isWaitingAt(TASK_MAKE_SAFEGUARDING_REFERRAL);
  }

  @Test
  @DisplayName("seed 004 LADO flowchart: significant harm on a case already managed as an allegation adds to it; no second allegation, no Standards of Care to stop")
  void allegationAlreadyOpen() {
    Map<String, Object> concern = intake(carer, at(today(), 9));
    concern.put(ConcernTriageVariables.CONCERN_ABOUT_OWN_CHILD, false);
    concern.put(ConcernTriageVariables.CARER_LIVES_IN_OTHER_AUTHORITY, false);
    ProcessInstance triage = ProcessEngineFixture.forms(engine).submitStartForm(ConcernTriageVariables.PROCESS_KEY,
        concern);
    String reference = triage.getBusinessKey();
    submit(caseTask(reference, ConcernTriageVariables.TASK_INITIAL_DISCUSSION),
        vars(ConcernTriageVariables.HARMED_CHILD, true));
    submit(caseTask(reference, ConcernTriageVariables.TASK_LADO_DECISION),
        vars(ConcernTriageVariables.LADO_DECISION, ConcernTriageVariables.ALLEGATION,
            ConcernTriageVariables.LADO_RATIONALE, "Threshold met", "ladoOfficer", null));

    ProcessInstance harm = report(reference, today());
    assertThat(harm).variables().containsEntry(STANDARDS_OF_CARE_STOPPED, false);
    ladoDecides(harm, ConcernTriageVariables.ALLEGATION);
    assertThat(harm).hasPassed(TASK_TELL_LADO_OF_OPEN_ALLEGATION, EVENT_ADDED_TO_OPEN_ALLEGATION)
        .hasNotPassed(ACTIVITY_MANAGEMENT_OF_ALLEGATIONS);
    assertThat(templates(harm)).contains(TEMPLATE_OPEN_ALLEGATION);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(AllegationVariables.PROCESS_KEY).processInstanceBusinessKey(reference).count()).isOne();
  }

  @Test
  @DisplayName("PROCESS-API section 7: an unknown, closed or malformed case reference, or a future date, is refused naming the field; nothing starts")
  void refusals() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    assertThatThrownBy(() -> report("CC-2026-99999", today())).isInstanceOf(InvalidFieldException.class)
        .extracting("field").isEqualTo(CASE_REFERENCE);
    assertThatThrownBy(() -> report("not a reference", today())).isInstanceOf(InvalidFieldException.class)
        .extracting("field").isEqualTo(CASE_REFERENCE);
    ProcessInstance soc = viaTriage(carer);
    assertThatThrownBy(() -> report(soc.getBusinessKey(), today().plusDays(1)))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(REPORTED_ON);
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(soc.getBusinessKey())
        .processDefinitionKey(ConcernTriageVariables.PROCESS_KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "closed"));
    assertThatThrownBy(() -> report(soc.getBusinessKey(), today())).isInstanceOf(InvalidFieldException.class)
        .extracting("field").isEqualTo(CASE_REFERENCE);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isEqualTo(before);
  }
}
