package uk.fosteringconcerns.resignation;

import static uk.fosteringconcerns.resignation.CarerResignationVariables.*;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.notification.Recipients;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.system.AsSystem;

/**
 * A foster carer's open concerns and what a resignation does to them (seed 001 5.3): the panel is told of each, the
 * carer's Standards of Care cases are told of the notice, and close when the carer is de-registered. Allegations are
 * never closed by a resignation (the LADO's investigation goes on). Lookups and messages run as the system: the
 * worker recording the notice need not be able to read every case of the carer.
 */
public class CarerConcerns {

  private final NotificationService notifications;

  public CarerConcerns(NotificationService notifications) {
    this.notifications = notifications;
  }

  /** The case references of the carer's open concerns (running triage, Standards of Care or allegation), sorted. */
  public SortedSet<String> openConcerns(ProcessEngine engine, String carerId) {
    return AsSystem.call(engine, () -> {
      SortedSet<String> references = new TreeSet<>();
      for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKeyIn(CONCERN_PROCESSES.toArray(String[]::new)).variableValueEquals(CARER_ID, carerId)
          .list()) {
        if (instance.getBusinessKey() != null) {
          references.add(instance.getBusinessKey());
        }
      }
      return references;
    });
  }

  /** True when a resignation of this carer is already being recorded (a running carer-resignation). */
  public boolean isResigning(ProcessEngine engine, String carerId) {
    return AsSystem.call(engine, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).variableValueEquals(CARER_ID, carerId).count() > 0);
  }

  /** One notification per open concern to the fostering panel and the fostering managers. */
  public void tellPanel(List<String> caseReferences, Date receivedOn, String processInstanceId) {
    notifyEach(caseReferences, TEMPLATE_PANEL, Recipients.groups("fostering-panel", "fostering-manager"), receivedOn,
        processInstanceId);
  }

  /** One notification per concern still open at de-registration. */
  public void tellDeregistered(List<String> caseReferences, Date receivedOn, String processInstanceId) {
    notifyEach(caseReferences, TEMPLATE_DEREGISTERED, Recipients.groups("fostering-panel", "fostering-manager",
        "fostering-social-worker", "agency-decision-maker"), receivedOn, processInstanceId);
  }

  /** CarerResignationReceived to every running Standards of Care case of the carer; how many received it. */
  public int tellStandardsOfCareCases(ProcessEngine engine, String carerId, Date receivedOn) {
    return sendToStandardsOfCare(engine, carerId, StandardsOfCareVariables.MESSAGE_CARER_RESIGNATION,
        Map.of(RESIGNATION_RECEIVED_ON, receivedOn));
  }

  /** CarerDeregistered to every running Standards of Care case of the carer: they close. How many closed. */
  public int closeStandardsOfCareCases(ProcessEngine engine, String carerId) {
    return sendToStandardsOfCare(engine, carerId, StandardsOfCareVariables.MESSAGE_CARER_DEREGISTERED, Map.of());
  }

  private int sendToStandardsOfCare(ProcessEngine engine, String carerId, String message,
      Map<String, Object> variables) {
    return AsSystem.call(engine, () -> {
      int told = 0;
      for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(STANDARDS_OF_CARE).variableValueEquals(CARER_ID, carerId).list()) {
        told += engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(instance.getId())
            .setVariables(new HashMap<>(variables)).correlateAllWithResult().size();
      }
      return told;
    });
  }

  private void notifyEach(List<String> caseReferences, String template, Recipients recipients, Date receivedOn,
      String processInstanceId) {
    for (String reference : caseReferences) {
      Map<String, Object> model = new HashMap<>();
      model.put("caseReference", reference);
      model.put("resignationReceivedOn", uk.fosteringconcerns.records.RecordWords.day(receivedOn));
      notifications.queue(reference, template, recipients, processInstanceId, model);
    }
  }
}
