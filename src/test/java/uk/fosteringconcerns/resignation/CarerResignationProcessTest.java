package uk.fosteringconcerns.resignation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.resignation.CarerResignationVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.forms.InvalidFieldException;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.standardsofcare.SocTestSupport;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/**
 * carer-resignation (PROCESS-API section 7): seed 001 5.3 (001_a45847ce143710b8.txt) — the panel hears of every open
 * concern, the carer is de-registered 28 calendar days after the notice (Fostering Services (England) Regulations
 * 2011, reg 28(13)) and the carer's Standards of Care cases close then; an allegation is not closed.
 */
class CarerResignationProcessTest extends SocTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = coverage(ProcessEngineFixture.DUDLEY);

  ProcessInstance resign(String carerId, LocalDate receivedOn) {
    engine.getIdentityService().setAuthentication("fiona", List.of("fostering-social-worker"));
    try {
      return ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, vars(CARER_ID, carerId,
          RESIGNATION_RECEIVED_ON, at(receivedOn, 9)));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void document(ProcessInstance soc) {
    complete(soc, StandardsOfCareVariables.TASK_DOCUMENT_CONCERNS_FOR_PANEL, vars(
        StandardsOfCareVariables.CONCERNS_SUMMARY_FOR_PANEL, "Summary", StandardsOfCareVariables.CONCERNS_DOCUMENTED_ON_FILE,
        true, StandardsOfCareVariables.PANEL_INFORMED_OF_CONCERNS, true));
  }

  @Test
  @DisplayName("seed 001 5.3: the panel hears of every open concern; at de-registration 28 days later the Standards of Care cases close, a case opened during the notice too; the allegation goes on")
  void resignationClosesStandardsOfCareNotAllegations() {
    ProcessInstance first = start(carer);
    ProcessInstance second = start(carer);
    visit(second, true, START.plusDays(14));
    ProcessInstance allegation = engine.getRuntimeService().startProcessInstanceByKey(AllegationVariables.PROCESS_KEY,
        vars(StandardsOfCareVariables.CARER_ID, carer, AllegationVariables.REFERRED_ON, at(START, 9)));
    ProcessInstance otherCarer = start(carer + "-X");

    ProcessInstance resignation = resign(carer, START);
    assertThat(resignation).variables().containsEntry(OPEN_CONCERNS, String.join(",", new java.util.TreeSet<>(List.of(
        first.getBusinessKey(), second.getBusinessKey(), allegation.getBusinessKey()))));
    for (ProcessInstance concern : List.of(first, second, allegation)) {
      assertThat(templates(concern)).as(concern.getBusinessKey()).contains(TEMPLATE_PANEL);
    }
    Notification told = notifications(first).stream().filter(n -> n.template().equals(TEMPLATE_PANEL)).findFirst()
        .orElseThrow();
    assertThat(told.recipientGroups()).contains("fostering-panel");
    assertThat(told.body()).contains("2 March 2026").doesNotContain(carer).doesNotContain(NAME);
    // the Standards of Care route stops; the concerns are documented for the panel
    for (ProcessInstance soc : List.of(first, second)) {
      assertThat(soc).isWaitingAt(StandardsOfCareVariables.TASK_DOCUMENT_CONCERNS_FOR_PANEL)
          .variables().containsEntry(RESIGNATION_RECEIVED_ON, at(START, 9));
      assertThat(hasTask(soc, StandardsOfCareVariables.TASK_SEND_VISIT_RECORD)).isFalse();
    }
    assertThat(otherCarer).isWaitingAt(StandardsOfCareVariables.TASK_VISIT_FOSTER_CARER);
    assertThatThrownBy(() -> resign(carer, START)).isInstanceOf(InvalidFieldException.class)
        .extracting("field").isEqualTo(CARER_ID);
    document(first);

    // a concern raised during the notice period
    clock(START.plusDays(10), 10);
    ProcessInstance during = start(carer);

    // day 28 has not ended: nothing closes
    clock(START.plusDays(28), 12);
    runDueJobs();
    assertThat(resignation).isWaitingAt(EVENT_DEREGISTRATION_DATE);
    // 28 calendar days after the notice: the resignation's own timer first
    clock(START.plusDays(29), 1);
    Job deregistration = engine.getManagementService().createJobQuery().processInstanceId(resignation.getId())
        .singleResult();
    engine.getManagementService().executeJob(deregistration.getId());
    assertThat(resignation).isEnded().hasPassed(EVENT_CARER_DEREGISTERED);
    assertThat(first).isEnded().hasPassed("Event_DeregisteredMessage", "Event_CarerDeregistered");
    // closed even though its concerns were not documented in time
    assertThat(second).isEnded().hasPassed("Event_CarerDeregistered");
    assertThat(during).isEnded().hasPassed("Event_ClosedAtDeregistration");
    assertThat(allegation).isNotEnded();
    assertThat(otherCarer).isNotEnded();
    assertThat(templates(allegation)).contains(TEMPLATE_DEREGISTERED);
    assertThat(engine.getRuntimeService().getVariables(allegation.getId())).containsKey(StandardsOfCareVariables.CARER_ID);
  }

  @Test
  @DisplayName("seed 001 5.3: a notice that reaches a case without carer-resignation still closes it 28 calendar days later")
  void noticeByMessageClosesOnItsOwn() {
    ProcessInstance soc = start(carer);
    engine.getRuntimeService().createMessageCorrelation(StandardsOfCareVariables.MESSAGE_CARER_RESIGNATION)
        .processInstanceId(soc.getId()).setVariable(RESIGNATION_RECEIVED_ON, at(START, 9)).correlate();
    document(soc);
    assertThat(soc).isWaitingAt("Gateway_AwaitDeregistration");
    clock(START.plusDays(29), 1);
    runDueJobs();
    assertThat(soc).isEnded().hasPassed("Event_DeregistrationDate", "Event_CarerDeregistered");
  }

  @Test
  @DisplayName("PROCESS-API section 7: a carer with no open concern, a second notice or a future date is refused naming the field; nothing starts")
  void refusals() {
    assertThatThrownBy(() -> resign(carer, START)).isInstanceOf(InvalidFieldException.class)
        .extracting("field").isEqualTo(CARER_ID);
    start(carer);
    assertThatThrownBy(() -> resign(carer, START.plusDays(1))).isInstanceOf(InvalidFieldException.class)
        .extracting("field").isEqualTo(RESIGNATION_RECEIVED_ON);
    assertThatThrownBy(() -> resign("FC 1!", START)).isInstanceOf(InvalidFieldException.class)
        .extracting("field").isEqualTo(CARER_ID);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isZero();
  }
}
