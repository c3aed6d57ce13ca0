package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The checks of {@link BpmnLayoutTest} (on models laid out by the fluent API) and {@link DmnLayoutTest} find what
 * they are meant to find.
 */
@DisplayName("Layout checks")
class LayoutChecksTest {

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess("layout-check").name("Layout check")
        .startEvent("Event_Start").name("Start")
        .userTask("Task_Visit").name("Visit")
        .boundaryEvent("Event_Overdue").name("Overdue").timerWithDate("${deadlines.after('SOC_VISIT', d)}")
        .endEvent("Event_Escalated").name("Escalated")
        .moveToActivity("Task_Visit")
        .subProcess("Activity_FollowUp").name("Follow up").embeddedSubProcess()
          .startEvent("Event_FollowUpStart").name("Follow-up start")
          .userTask("Task_Checklist").name("Checklist")
          .endEvent("Event_FollowUpEnd").name("Follow-up done")
        .subProcessDone()
        .endEvent("Event_End").name("End")
        .done();
  }

  @Test
  void aLaidOutModelPasses() {
    BpmnModelInstance model = model();

    assertThat(BpmnLayoutTest.missingShapes(model)).isEmpty();
    assertThat(BpmnLayoutTest.missingEdges(model)).isEmpty();
    assertThat(BpmnLayoutTest.overlaps(model)).isEmpty();
  }

  @Test
  void anElementWithoutShapeIsNamed() {
    BpmnModelInstance model = model();
    BpmnShape shape = shapeOf(model, "Task_Visit");
    shape.getParentElement().removeChildElement(shape);

    assertThat(BpmnLayoutTest.missingShapes(model)).containsExactly("Task_Visit (userTask \"Visit\") has no BPMNShape");
  }

  @Test
  void aFlowWithoutWaypointsIsNamed() {
    BpmnModelInstance model = model();
    BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).iterator().next();
    Waypoint last = edge.getWaypoints().stream().reduce((first, second) -> second).orElseThrow();
    edge.getWaypoints().clear();
    edge.getWaypoints().add(last);

    assertThat(BpmnLayoutTest.missingEdges(model))
        .singleElement().asString().endsWith("has a BPMNEdge with fewer than 2 waypoints");
  }

  @Test
  void overlappingShapesAreNamed() {
    BpmnModelInstance model = model();
    Bounds visit = shapeOf(model, "Task_Visit").getBounds();
    Bounds end = shapeOf(model, "Event_End").getBounds();
    end.setX(visit.getX() + 10);
    end.setY(visit.getY() + 10);

    assertThat(BpmnLayoutTest.overlaps(model))
        .singleElement().asString()
        .startsWith("Task_Visit (userTask \"Visit\")")
        .contains("overlaps Event_End (endEvent \"End\")");
  }

  private static final String DMN = """
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
          xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/"
          xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:di="http://www.omg.org/spec/DMN/20180521/DI/"
          id="Definitions_Check" name="Check" namespace="http://fosteringconcerns.uk/dmn">
        <decision id="route" name="Route">
          <informationRequirement id="InformationRequirement_Facts"><requiredInput href="#InputData_Facts" /></informationRequirement>
        </decision>
        <decision id="other" name="Other" />
        <inputData id="InputData_Facts" name="Facts" />
        %s
      </definitions>
      """;

  private static final String DRD = """
      <dmndi:DMNDI><dmndi:DMNDiagram id="DMNDiagram_Check">
        <dmndi:DMNShape id="DMNShape_Route" dmnElementRef="route"><dc:Bounds x="100" y="100" width="180" height="80" /></dmndi:DMNShape>
        <dmndi:DMNShape id="DMNShape_Other" dmnElementRef="other"><dc:Bounds x="%d" y="100" width="180" height="80" /></dmndi:DMNShape>
        <dmndi:DMNShape id="DMNShape_Facts" dmnElementRef="InputData_Facts"><dc:Bounds x="100" y="300" width="125" height="45" /></dmndi:DMNShape>
        %s
      </dmndi:DMNDiagram></dmndi:DMNDI>
      """;

  private static final String EDGE = """
      <dmndi:DMNEdge id="DMNEdge_Facts" dmnElementRef="InformationRequirement_Facts">
        <di:waypoint x="160" y="300" /><di:waypoint x="160" y="180" />
      </dmndi:DMNEdge>
      """;

  @Test
  void aDrawnDrdPasses() throws Exception {
    assertThat(DmnLayoutTest.problems(dmn(DRD.formatted(400, EDGE)))).isEmpty();
  }

  @Test
  void aDecisionModelWithoutDrdFails() throws Exception {
    assertThat(DmnLayoutTest.problems(dmn(""))).containsExactly(
        "no DMNDI at all: the decision requirements diagram was never drawn");
  }

  @Test
  void missingEdgesAndOverlapsAreNamed() throws Exception {
    assertThat(DmnLayoutTest.problems(dmn(DRD.formatted(200, "")))).containsExactly(
        "informationRequirement InformationRequirement_Facts of route (decision \"Route\") has no DMNEdge with 2 waypoints",
        "route [x=100 y=100 w=180 h=80] overlaps other [x=200 y=100 w=180 h=80]");
  }

  private static Document dmn(String drd) throws Exception {
    return DmnLayoutTest.parse(new ByteArrayInputStream(DMN.formatted(drd).getBytes(StandardCharsets.UTF_8)));
  }

  private static BpmnShape shapeOf(BpmnModelInstance model, String id) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() != null && id.equals(shape.getBpmnElement().getId()))
        .findFirst().orElseThrow();
  }
}
