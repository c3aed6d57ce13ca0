package uk.fosteringconcerns.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

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
 * The server enforces what a Camunda Form declares: every start and completion a worker makes goes through the form
 * gate ({@link CaseForms}), which the REST guard calls for /engine-rest and Tasklist alike. Issue 2 item 6, issue 17.
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

  private CaseForms forms() {
    return ProcessEngineFixture.forms(engine);
  }

  private ProcessInstance start(Map<String, Object> values) {
    return forms().submitStartForm("form-check", values);
  }

  private void assertRefused(Map<String, Object> start, String field) {
    assertThatThrownBy(() -> start(start))
        .isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(field));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  @DisplayName("a valid start is accepted and an ISO date string is stored as a Date")
  void validStartConvertsDates() {
    ProcessInstance instance = start(validStart());
    Object receivedOn = engine.getRuntimeService().getVariable(instance.getId(), "receivedOn");
    assertThat(receivedOn).isInstanceOf(Date.class);
    assertThat(((Date) receivedOn).toInstant().toString()).isEqualTo("2026-11-20T10:15:00Z");
  }

  @Test
  @DisplayName("a Date works as well as a string")
  void dateObject() {
    Map<String, Object> start = validStart();
    start.put("receivedOn", new Date());
    assertThat(start(start)).isNotNull();
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
  @DisplayName("issue 17: an identifier is checked whole: a trailing line break is refused (Java's $ would pass it)")
  void identifiersCheckedWhole() {
    for (String sneaky : new String[] {"FC-123\n", "FC-123\r\n", "FC-123\nX"}) {
      Map<String, Object> start = validStart();
      start.put("carerId", sneaky);
      assertRefused(start, "carerId");
    }
  }

  @Test
  @DisplayName("issue 17: a date outside the working-day calendar's years is refused, not a server error")
  void dateOutsideCalendar() {
    Map<String, Object> old = validStart();
    old.put("receivedOn", "1999-12-31");
    assertRefused(old, "receivedOn");
    Map<String, Object> far = validStart();
    far.put("receivedOn", "2099-01-01T00:00:00Z");
    assertRefused(far, "receivedOn");
  }

  @Test
  @DisplayName("issue 17: objects, lists and text for a yes/no are refused naming the field")
  void wrongKindsOfValue() {
    Map<String, Object> list = validStart();
    list.put("summary", java.util.List.of("a", "b"));
    assertRefused(list, "summary");
    Map<String, Object> number = validStart();
    number.put("summary", 42);
    assertRefused(number, "summary");
    Map<String, Object> word = validStart();
    word.put("ownChild", "maybe");
    assertRefused(word, "ownChild");
  }

  @Test
  @DisplayName("issue 10: the message is plain English, led by the field's label, and never repeats the value")
  void plainMessages() {
    Map<String, Object> pattern = validStart();
    pattern.put("carerId", "FC 123; secret");
    assertThatThrownBy(() -> start(pattern)).hasMessageStartingWith("Carer ID: ")
        .hasMessageNotContaining("secret").hasMessageNotContaining("^[");
    Map<String, Object> missing = validStart();
    missing.remove("summary");
    assertThatThrownBy(() -> start(missing)).hasMessage("Summary: is required.");
  }

  private Task startAndGetTask() {
    start(validStart());
    return engine.getTaskService().createTaskQuery().singleResult();
  }

  @Test
  @DisplayName("a field hidden by its condition is not required; shown, it is")
  void conditionalFields() {
    Task task = startAndGetTask();
    Map<String, Object> notAgreed = new HashMap<>(Map.of("agreed", false, "outcome", "YES", "allDone", true));
    assertThatThrownBy(() -> forms().submitTaskForm(task.getId(), notAgreed))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("reason");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();

    forms().submitTaskForm(task.getId(), Map.of("agreed", true, "outcome", "YES", "allDone", true));
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  @DisplayName("a required checkbox must be ticked, and a radio takes only its own values")
  void requiredCheckboxAndRadio() {
    Task task = startAndGetTask();
    Map<String, Object> notDone = Map.of("agreed", true, "outcome", "NO", "allDone", false);
    assertThatThrownBy(() -> forms().submitTaskForm(task.getId(), notDone))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("allDone");
    Map<String, Object> badOutcome = Map.of("agreed", true, "outcome", "MAYBE", "allDone", true);
    assertThatThrownBy(() -> forms().submitTaskForm(task.getId(), badOutcome))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("outcome");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  @DisplayName("a read-only field shown to the worker cannot be changed by a submission")
  void readOnlyFieldIsKept() {
    Task task = startAndGetTask();
    forms().submitTaskForm(task.getId(), Variables.createVariables()
        .putValue("carerId", "SOMEONE-ELSE").putValue("agreed", true).putValue("outcome", "YES")
        .putValue("allDone", true));
    Object carerId = engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("carerId")
        .singleResult().getValue();
    assertThat(carerId).isEqualTo("FC-123");
  }

  @Test
  @DisplayName("JavaScript pattern semantics: $ is the end of the text")
  void javaScriptEnd() {
    assertThat(FormValidation.javaScriptEnd("^[A-Za-z0-9-]{1,32}$")).isEqualTo("^[A-Za-z0-9-]{1,32}\\z");
    assertThat(FormValidation.javaScriptEnd("^[$]\\$$")).isEqualTo("^[$]\\$\\z");
  }
}
