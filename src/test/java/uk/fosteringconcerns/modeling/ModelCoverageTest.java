package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ModelCoverage} sums the process-test-coverage reports of all test classes per model. */
@DisplayName("Model coverage over all test classes")
class ModelCoverageTest {

  /** A report as camunda-process-test-coverage 3.0.0 writes it (shortened to what is read). */
  private static final String REPORT = """
      {"suites": [{"id": "%1$s", "name": "%1$s", "runs": [{"id": "run", "name": "run()", "events": [%2$s]}]}],
       "models": [{"key": "gate-check", "totalElementCount": 9, "xml": "..."}]}
      """;

  private static final String EVENT = """
      {"source": "FLOW_NODE", "type": "START", "definitionKey": "%s", "elementType": "x", "modelKey": "%s", "timestamp": 1}
      """;

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess("gate-check").name("Gate check")
        .startEvent("Event_Start").name("Start")
        .exclusiveGateway("Gateway_Route").name("Route?")
        .sequenceFlowId("Flow_Yes").condition("yes", "${yes}").userTask("Task_Visit").name("Visit")
        .sequenceFlowId("Flow_VisitDone").endEvent("Event_Visited").name("Visited")
        .moveToLastGateway().sequenceFlowId("Flow_No").condition("no", "${!yes}").endEvent("Event_NoVisit").name("No visit")
        .done();
  }

  @Test
  void elementsCoveredByDifferentClassesAddUp(@TempDir Path reports) throws IOException {
    write(reports, "FirstTest", "Event_Start", "Gateway_Route", "Flow_Yes", "Task_Visit", "Flow_VisitDone", "Event_Visited");
    write(reports, "SecondTest", "Flow_No", "Event_NoVisit");
    write(reports, "OtherModelTest");

    List<ModelCoverage.Result> results =
        ModelCoverage.of(Path.of("bpmn/gate-check.bpmn"), model(), ModelCoverage.covered(reports));

    assertThat(results).singleElement().satisfies(result -> {
      assertThat(result.processKey()).isEqualTo("gate-check");
      assertThat(result.elements()).hasSize(9);
      assertThat(result.notCovered()).containsExactly(result.elements().stream()
          .filter(id -> !Set.of("Event_Start", "Gateway_Route", "Flow_Yes", "Task_Visit", "Flow_VisitDone",
              "Event_Visited", "Flow_No", "Event_NoVisit").contains(id)).toArray(String[]::new));
      assertThat(result.coverage()).isEqualTo(8 / 9.0);
    });
  }

  @Test
  void aModelNoTestRanIsNotCovered(@TempDir Path reports) {
    ModelCoverage.Result result =
        ModelCoverage.of(Path.of("bpmn/gate-check.bpmn"), model(), ModelCoverage.covered(reports.resolve("none"))).get(0);

    assertThat(result.coverage()).isZero();
    assertThat(result.toString()).startsWith("bpmn/gate-check.bpmn (gate-check): 0.0% of 9 flow nodes and sequence flows");
  }

  @Test
  void reportsOfOtherModelsDoNotCount(@TempDir Path reports) throws IOException {
    Files.createDirectories(reports.resolve("OtherTest"));
    Files.writeString(reports.resolve("OtherTest/report.json"),
        REPORT.formatted("OtherTest", EVENT.formatted("Task_Visit", "another-process")));

    assertThat(ModelCoverage.covered(reports)).isEqualTo(Map.of("another-process", Set.of("Task_Visit")));
  }

  private static void write(Path reports, String suite, String... covered) throws IOException {
    String events = String.join(",", java.util.Arrays.stream(covered).map(id -> EVENT.formatted(id, "gate-check")).toList());
    Path dir = Files.createDirectories(reports.resolve("uk.fosteringconcerns." + suite));
    Files.writeString(dir.resolve("report.json"), REPORT.formatted(suite, events));
  }
}
