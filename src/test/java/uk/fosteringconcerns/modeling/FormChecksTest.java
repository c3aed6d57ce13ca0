package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The helpers of {@link FormsTest} read forms and diagrams as intended. */
@DisplayName("Form checks")
class FormChecksTest {

  @Test
  void fieldsAreReadWithTheirGroupPaths() throws Exception {
    var form = new ObjectMapper().readTree("""
        {"components": [
          {"type": "textfield", "key": "visitDate", "id": "Field_VisitDate"},
          {"type": "text", "text": "# Visit"},
          {"type": "group", "path": "report", "components": [
            {"type": "textarea", "key": "strengths"},
            {"type": "group", "components": [{"type": "checkbox", "key": "carerAgreesActions"}]}
          ]},
          {"type": "button", "key": "submit", "action": "submit"}
        ]}
        """);

    assertThat(FormsTest.fields(form)).containsExactly(
        new FormsTest.Field("visitDate", "textfield"),
        new FormsTest.Field("report", "group"),
        new FormsTest.Field("report.strengths", "textarea"),
        new FormsTest.Field("report.carerAgreesActions", "checkbox"),
        new FormsTest.Field("submit", "button"));
    assertThat(FormsTest.fields(form).get(2).variable()).isEqualTo("report");
  }

  @Test
  void namesReadByAProcessComeFromExpressionsMappingsAndConditions() {
    String bpmn = """
        <bpmn:userTask id="Task_Visit" camunda:dueDate="${deadlines.after('SOC_VISIT', socDecidedOn)}">
          <bpmn:extensionElements>
            <camunda:inputOutput>
              <camunda:inputParameter name="visitSummary">${actionPlan}</camunda:inputParameter>
            </camunda:inputOutput>
          </bpmn:extensionElements>
        </bpmn:userTask>
        <camunda:in source="carerId" target="carerRef" />
        <bpmn:conditionExpression>${meetingOutcome == &quot;REFER_TO_PANEL&quot; &amp;&amp; !reportApproved}</bpmn:conditionExpression>
        """;

    assertThat(FormsTest.namesReadBy(bpmn)).contains(
        "deadlines", "socDecidedOn", "visitSummary", "actionPlan", "carerId", "carerRef", "meetingOutcome",
        "reportApproved");
    assertThat(FormsTest.namesReadBy(bpmn)).doesNotContain("Task_Visit", "SOC_VISIT");
  }
}
