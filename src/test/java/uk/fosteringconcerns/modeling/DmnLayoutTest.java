package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every decision model opens in Camunda Modeler with its decision requirements diagram (DRD) drawn:
 * DMNDI present, a DMNShape with bounds for every decision (and input data, knowledge source, business
 * knowledge model), a DMNEdge for every requirement that has an id, and no shapes on top of each other.
 */
@DisplayName("DMN diagrams are laid out")
class DmnLayoutTest {

  private static final Set<String> DRG_ELEMENTS =
      Set.of("decision", "inputData", "knowledgeSource", "businessKnowledgeModel");

  private static final Set<String> REQUIREMENTS =
      Set.of("informationRequirement", "knowledgeRequirement", "authorityRequirement");

  static Stream<Path> dmnFiles() {
    return ModelFiles.dmn().stream();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("dmnFiles")
  @DisplayName("parses with the Camunda DMN model API")
  void parses(Path file) {
    assertThat(Dmn.readModelFromFile(ModelFiles.resolve(file).toFile()).getDefinitions())
        .as("%s: definitions", file).isNotNull();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("dmnFiles")
  @DisplayName("has a DRD with a DMNShape for every decision, an edge for every requirement, no overlaps")
  void isLaidOut(Path file) throws Exception {
    Document document;
    try (InputStream in = Files.newInputStream(ModelFiles.resolve(file))) {
      document = parse(in);
    }
    assertThat(problems(document))
        .as("%s: DRD incomplete (open it in Camunda Modeler, switch to the DRD view and lay it out)", file)
        .isEmpty();
  }

  static List<String> problems(Document document) {
    Element definitions = document.getDocumentElement();
    List<String> problems = new ArrayList<>();

    if (byLocalName(definitions, "DMNDI").isEmpty()) {
      problems.add("no DMNDI at all: the decision requirements diagram was never drawn");
      return problems;
    }

    Map<String, Geometry> shapes = new LinkedHashMap<>();
    for (Element shape : byLocalName(definitions, "DMNShape")) {
      String ref = shape.getAttribute("dmnElementRef");
      Geometry bounds = byLocalName(shape, "Bounds").stream().findFirst().map(DmnLayoutTest::geometry).orElse(null);
      if (bounds != null && bounds.hasArea()) {
        shapes.put(ref, bounds);
      }
    }
    Set<String> edges = new HashSet<>();
    for (Element edge : byLocalName(definitions, "DMNEdge")) {
      if (byLocalName(edge, "waypoint").size() >= 2) {
        edges.add(edge.getAttribute("dmnElementRef"));
      }
    }

    List<String> drawn = new ArrayList<>();
    for (Element element : children(definitions)) {
      if (!isModel(element) || !DRG_ELEMENTS.contains(element.getLocalName())) {
        continue;
      }
      String id = element.getAttribute("id");
      if (shapes.containsKey(id)) {
        drawn.add(id);
      } else {
        problems.add(describe(element) + " has no DMNShape with bounds");
      }
      for (Element requirement : children(element)) {
        if (isModel(requirement) && REQUIREMENTS.contains(requirement.getLocalName())
            && requirement.hasAttribute("id") && !edges.contains(requirement.getAttribute("id"))) {
          problems.add(requirement.getLocalName() + " " + requirement.getAttribute("id") + " of " + describe(element)
              + " has no DMNEdge with 2 waypoints");
        }
      }
    }

    for (int i = 0; i < drawn.size(); i++) {
      for (int j = i + 1; j < drawn.size(); j++) {
        Geometry a = shapes.get(drawn.get(i));
        Geometry b = shapes.get(drawn.get(j));
        if (a.overlaps(b)) {
          problems.add(drawn.get(i) + " " + a + " overlaps " + drawn.get(j) + " " + b);
        }
      }
    }
    return problems;
  }

  static Document parse(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(in);
  }

  /** Elements of the DMN model itself (not DMNDI, not extensions). */
  private static boolean isModel(Element element) {
    String namespace = element.getNamespaceURI();
    return namespace != null && namespace.contains("/spec/DMN/") && namespace.endsWith("/MODEL/");
  }

  private static String describe(Element element) {
    String name = element.getAttribute("name");
    return element.getAttribute("id") + " (" + element.getLocalName() + (name.isBlank() ? "" : " \"" + name + "\"") + ")";
  }

  private static Geometry geometry(Element bounds) {
    try {
      return new Geometry(Double.parseDouble(bounds.getAttribute("x")), Double.parseDouble(bounds.getAttribute("y")),
          Double.parseDouble(bounds.getAttribute("width")), Double.parseDouble(bounds.getAttribute("height")));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        children.add(element);
      }
    }
    return children;
  }

  private static List<Element> byLocalName(Element parent, String localName) {
    NodeList nodes = parent.getElementsByTagNameNS("*", localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
