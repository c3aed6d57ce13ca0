package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.DataInputAssociation;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataOutputAssociation;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagram opens laid out in Camunda Modeler (docs/CONVENTIONS.md, "Models"): a shape with bounds for
 * every element, an edge with waypoints for every flow, and no shape lying on another.
 */
@DisplayName("BPMN diagrams are fully laid out")
class BpmnLayoutTest {

  /** Elements that Modeler draws as shapes. */
  private static final List<Class<? extends BaseElement>> SHAPED = List.of(
      FlowNode.class, DataObjectReference.class, DataStoreReference.class, TextAnnotation.class,
      Participant.class, Lane.class);

  /** Elements that Modeler draws as edges. */
  private static final List<Class<? extends BaseElement>> CONNECTING = List.of(
      SequenceFlow.class, Association.class, MessageFlow.class,
      DataInputAssociation.class, DataOutputAssociation.class);

  /** Shapes that must not lie on each other (participants, lanes and groups contain others by design). */
  private static final List<Class<? extends BaseElement>> SOLID = List.of(
      FlowNode.class, DataObjectReference.class, DataStoreReference.class, TextAnnotation.class);

  static Stream<Path> bpmnFiles() {
    return ModelFiles.bpmn().stream();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("bpmnFiles")
  @DisplayName("every flow node, boundary event, data reference and text annotation has a BPMNShape with bounds")
  void everyElementHasAShape(Path file) {
    assertThat(missingShapes(read(file)))
        .as("%s: elements not drawn (open it in Camunda Modeler and lay it out)", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("bpmnFiles")
  @DisplayName("every sequence flow, association and message flow has a BPMNEdge with at least 2 waypoints")
  void everyFlowHasAnEdge(Path file) {
    assertThat(missingEdges(read(file)))
        .as("%s: flows not drawn (open it in Camunda Modeler and lay it out)", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("bpmnFiles")
  @DisplayName("no two shapes overlap (boundary events on their host and shapes inside a sub-process excepted)")
  void noShapesOverlap(Path file) {
    assertThat(overlaps(read(file))).as("%s: overlapping shapes", file).isEmpty();
  }

  static List<String> missingShapes(BpmnModelInstance model) {
    Map<String, List<BpmnShape>> shapes = shapesByElement(model);
    List<String> problems = new ArrayList<>();

    for (Class<? extends BaseElement> type : SHAPED) {
      for (BaseElement element : model.getModelElementsByType(type)) {
        List<BpmnShape> drawn = shapes.getOrDefault(element.getId(), List.of());
        if (drawn.isEmpty()) {
          problems.add(describe(element) + " has no BPMNShape");
        } else if (drawn.stream().noneMatch(shape -> bounds(shape) != null && bounds(shape).hasArea())) {
          problems.add(describe(element) + " has a BPMNShape without bounds");
        }
      }
    }

    return problems;
  }

  static List<String> missingEdges(BpmnModelInstance model) {
    Map<String, List<BpmnEdge>> edges = new LinkedHashMap<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        edges.computeIfAbsent(edge.getBpmnElement().getId(), id -> new ArrayList<>()).add(edge);
      }
    }
    List<String> problems = new ArrayList<>();

    for (Class<? extends BaseElement> type : CONNECTING) {
      for (BaseElement element : model.getModelElementsByType(type)) {
        List<BpmnEdge> drawn = edges.getOrDefault(element.getId(), List.of());
        if (element.getId() == null) {
          problems.add(describe(element) + " has no id, so it cannot be drawn");
        } else if (drawn.isEmpty()) {
          problems.add(describe(element) + " has no BPMNEdge");
        } else if (drawn.stream().noneMatch(edge -> edge.getWaypoints().size() >= 2)) {
          problems.add(describe(element) + " has a BPMNEdge with fewer than 2 waypoints");
        }
      }
    }

    return problems;
  }

  static List<String> overlaps(BpmnModelInstance model) {
    Map<ModelElementInstance, List<BpmnShape>> byPlane = new LinkedHashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (element != null && bounds(shape) != null && SOLID.stream().anyMatch(type -> type.isInstance(element))) {
        byPlane.computeIfAbsent(shape.getParentElement(), plane -> new ArrayList<>()).add(shape);
      }
    }
    List<String> problems = new ArrayList<>();

    for (List<BpmnShape> shapes : byPlane.values()) {
      for (int i = 0; i < shapes.size(); i++) {
        for (int j = i + 1; j < shapes.size(); j++) {
          BpmnShape a = shapes.get(i);
          BpmnShape b = shapes.get(j);
          if (bounds(a).overlaps(bounds(b)) && !mayOverlap(a, b) && !mayOverlap(b, a)) {
            problems.add(describe(a.getBpmnElement()) + " " + bounds(a) + " overlaps "
                + describe(b.getBpmnElement()) + " " + bounds(b));
          }
        }
      }
    }

    return problems;
  }

  /** A boundary event sits on its host; an expanded sub-process holds its content. */
  private static boolean mayOverlap(BpmnShape shape, BpmnShape other) {
    BaseElement element = shape.getBpmnElement();
    BaseElement otherElement = other.getBpmnElement();
    if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() == otherElement) {
      return true;
    }
    if (element instanceof SubProcess) {
      return isInside(otherElement, element) || bounds(shape).contains(bounds(other));
    }
    return false;
  }

  private static boolean isInside(ModelElementInstance element, ModelElementInstance container) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == container) {
        return true;
      }
    }
    return false;
  }

  static BpmnModelInstance read(Path file) {
    return Bpmn.readModelFromFile(ModelFiles.resolve(file).toFile());
  }

  private static Map<String, List<BpmnShape>> shapesByElement(BpmnModelInstance model) {
    Map<String, List<BpmnShape>> shapes = new LinkedHashMap<>();
    Collection<BpmnShape> all = model.getModelElementsByType(BpmnShape.class);
    for (BpmnShape shape : all) {
      if (shape.getBpmnElement() != null) {
        shapes.computeIfAbsent(shape.getBpmnElement().getId(), id -> new ArrayList<>()).add(shape);
      }
    }
    return shapes;
  }

  private static Geometry bounds(BpmnShape shape) {
    Bounds bounds = shape.getBounds();
    if (bounds == null || bounds.getX() == null || bounds.getY() == null
        || bounds.getWidth() == null || bounds.getHeight() == null) {
      return null;
    }
    return new Geometry(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
  }

  static String describe(BaseElement element) {
    String type = element.getElementType().getTypeName();
    String name = element instanceof FlowElement flowElement ? flowElement.getName()
        : element.getAttributeValue("name");
    return (element.getId() == null ? "<no id>" : element.getId()) + " (" + type
        + (name == null || name.isBlank() ? "" : " \"" + name.strip() + "\"") + ")";
  }
}
