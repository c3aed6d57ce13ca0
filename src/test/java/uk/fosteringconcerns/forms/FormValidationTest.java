package uk.fosteringconcerns.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/**
 * The server enforces what a Camunda Form declares, on every way in: Java API start and complete, the
 * form-service submits Tasklist uses, and (through the same commands) REST. Issue 2, item 6.
 */
class FormValidationTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  ProcessEngine engine;
  String deployment;

  @BeforeEach
  void deploy(ProcessEngine engine) {
    this.engine = engine;
    deployment = engine.getRepositoryService().createDeployment()
        .addClasspathResource("formvalidation/form-check.bpmn")
        .addClasspathResource("formvalidation/form-check-start.form")
        .addClasspathResource("formvalidation/form-check-task.form")
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    ProcessEngineFixture.undeploy(engine, deployment);
  }

  private Map<String, Object> validStart() {
    Map<String, Object> v = new HashMap<>();
    v.put("receivedOn", "2026-11-20T10:15:00Z");
    v.put("carerId", "FC-123");
    v.put("summary", "short");
    v.put("count", 2);
    v.put("ownChild", false);
    v.put("route", "A");
    v.put("email", "a@b.org");
    return v;
  }

  private void assertRefused(Map<String, Object> start, String field) {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("form-check", start))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'" + field + "'");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  @DisplayName("a valid start is accepted and an ISO date string is stored as a Date")
  void validStartConvertsDates() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("form-check", validStart());
    Object receivedOn = engine.getRuntimeService().getVariable(instance.getId(), "receivedOn");
    assertThat(receivedOn).isInstanceOf(Date.class);
    assertThat(((Date) receivedOn).toInstant().toString()).isEqualTo("2026-11-20T10:15:00Z");
  }

  @Test
  @DisplayName("a Date works as well as a string")
  void dateObject() {
    Map<String, Object> start = validStart();
    start.put("receivedOn", new Date());
    assertThat(engine.getRuntimeService().startProcessInstanceByKey("form-check", start)).isNotNull();
  }

  @Test
  @DisplayName("required, pattern, length, min/max, allowed values, e-mail and type are each refused, naming the field")
  void eachRule() {
    Map<String, Object> missing = validStart();
    missing.remove("carerId");
    assertRefused(missing, "carerId");

    Map<String, Object> blank = validStart();
    blank.put("summary", "");
    assertRefused(blank, "summary");

    Map<String, Object> pattern = validStart();
    pattern.put("carerId", "FC 123; drop");
    assertRefused(pattern, "carerId");

    Map<String, Object> tooLong = validStart();
    tooLong.put("summary", "x".repeat(21));
    assertRefused(tooLong, "summary");

    Map<String, Object> tooMany = validStart();
    tooMany.put("count", 5);
    assertRefused(tooMany, "count");

    Map<String, Object> notAllowed = validStart();
    notAllowed.put("route", "C");
    assertRefused(notAllowed, "route");

    Map<String, Object> badEmail = validStart();
    badEmail.put("email", "not-an-address");
    assertRefused(badEmail, "email");

    Map<String, Object> badDate = validStart();
    badDate.put("receivedOn", "yesterday");
    assertRefused(badDate, "receivedOn");

    Map<String, Object> noCheckbox = validStart();
    noCheckbox.remove("ownChild");
    assertRefused(noCheckbox, "ownChild");

    Map<String, Object> unknown = validStart();
    unknown.put("ladoDecision", "ALLEGATION");
    assertRefused(unknown, "ladoDecision");
  }

  @Test
  @DisplayName("the builder API and the start-form submit (Tasklist) are checked too")
  void otherStartPaths() {
    Map<String, Object> missing = validStart();
    missing.remove("summary");
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey("form-check")
        .setVariables(missing).execute()).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'summary'");
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("form-check").singleResult().getId();
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId, missing))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'summary'");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  private Task startAndGetTask() {
    engine.getRuntimeService().startProcessInstanceByKey("form-check", validStart());
    return engine.getTaskService().createTaskQuery().singleResult();
  }

  @Test
  @DisplayName("a field hidden by its condition is not required; shown, it is")
  void conditionalFields() {
    Task task = startAndGetTask();
    Map<String, Object> notAgreed = new HashMap<>(Map.of("agreed", false, "outcome", "YES", "allDone", true));
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), notAgreed))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'reason'");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();

    engine.getTaskService().complete(task.getId(), Map.of("agreed", true, "outcome", "YES", "allDone", true));
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  @DisplayName("a required checkbox must be ticked, and Tasklist's submit-form is checked like complete")
  void requiredCheckboxAndSubmitForm() {
    Task task = startAndGetTask();
    Map<String, Object> notDone = Map.of("agreed", true, "outcome", "NO", "allDone", false);
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task.getId(), notDone))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'allDone'");
    Map<String, Object> badOutcome = Map.of("agreed", true, "outcome", "MAYBE", "allDone", true);
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task.getId(), badOutcome))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'outcome'");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  @DisplayName("a read-only field shown to the worker cannot be changed by a submission")
  void readOnlyFieldIsKept() {
    Task task = startAndGetTask();
    engine.getTaskService().complete(task.getId(), Variables.createVariables()
        .putValue("carerId", "SOMEONE-ELSE").putValue("agreed", true).putValue("outcome", "YES")
        .putValue("allDone", true));
    Object carerId = engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("carerId")
        .singleResult().getValue();
    assertThat(carerId).isEqualTo("FC-123");
  }
}
