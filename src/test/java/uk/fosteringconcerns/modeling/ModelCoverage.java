package uk.fosteringconcerns.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A model's coverage summed over every test class, from the JSON reports camunda-process-test-coverage writes
 * ({@code target/process-test-coverage/<suite>/report.json}: {@code suites[].runs[].events[]} with
 * {@code modelKey} and {@code definitionKey}).
 *
 * <p>Counted as process-test-coverage counts: the flow nodes of the executable process (sub-processes included) and
 * the sequence flows between them; an element is covered when any test of any class passed through it. The elements
 * come from the current BPMN file, so reports of an older version of a model cannot cover elements it no longer has.
 */
final class ModelCoverage {

  /** Where process-test-coverage writes its reports (its system property camunda-process-test-coverage.target-dir-root). */
  static final Path REPORTS = Path.of("target", "process-test-coverage");

  private static final ObjectMapper JSON = new ObjectMapper();

  record Result(Path file, String processKey, Set<String> elements, Set<String> notCovered) {

    double coverage() {
      return elements.isEmpty() ? 1.0 : (elements.size() - notCovered.size()) / (double) elements.size();
    }

    @Override
    public String toString() {
      return String.format("%s (%s): %.1f%% of %d flow nodes and sequence flows covered; not covered: %s",
          file, processKey, 100 * coverage(), elements.size(), notCovered);
    }
  }

  private ModelCoverage() {}

  /** Covered element ids per model key, over every report.json under the directory. */
  static Map<String, Set<String>> covered(Path reportsDirectory) {
    Map<String, Set<String>> covered = new HashMap<>();
    if (!Files.isDirectory(reportsDirectory)) {
      return covered;
    }
    try (Stream<Path> files = Files.walk(reportsDirectory)) {
      for (Path report : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
        JsonNode root = JSON.readTree(report.toFile());
        for (JsonNode suite : root.path("suites")) {
          for (JsonNode run : suite.path("runs")) {
            for (JsonNode event : run.path("events")) {
              covered.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
                  .add(event.path("definitionKey").asText());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the coverage reports under " + reportsDirectory, e);
    }
    return covered;
  }

  /** The coverage of each executable process of the model. */
  static List<Result> of(Path file, BpmnModelInstance model, Map<String, Set<String>> covered) {
    List<Result> results = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      Set<String> elements = elementsOf(model, process);
      Set<String> notCovered = new TreeSet<>(elements);
      notCovered.removeAll(covered.getOrDefault(process.getId(), Set.of()));
      results.add(new Result(file, process.getId(), elements, notCovered));
    }
    return results;
  }

  private static Set<String> elementsOf(BpmnModelInstance model, Process process) {
    Set<String> nodes = new LinkedHashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (processOf(node) == process) {
        nodes.add(node.getId());
      }
    }
    Set<String> elements = new LinkedHashSet<>(nodes);
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (nodes.contains(flow.getSource().getId())) {
        elements.add(flow.getId());
      }
    }
    return elements;
  }

  private static Process processOf(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof Process process) {
        return process;
      }
    }
    return null;
  }
}
