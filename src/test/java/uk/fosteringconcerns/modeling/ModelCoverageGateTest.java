package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.fosteringconcerns.testing.Coverage;

/**
 * The build fails when a model drops below the minimum coverage (Maven property {@code coverage.minimum}, 0.9)
 * summed over all test classes.
 *
 * <p>Runs after every other test: the pom excludes it from Surefire's default execution and runs it in its own
 * execution ({@code model-coverage-gate}) right after. It is skipped when only some tests were asked for
 * ({@code -Dtest=...}), since their coverage says nothing about the whole suite.
 */
@DisplayName("Every model is covered by the process tests")
class ModelCoverageGateTest {

  /** Set by the pom's model-coverage-gate execution to the -Dtest the build was given, if any. */
  static final String REQUESTED_TESTS = "coverage.gate.requested-tests";

  @Test
  @DisplayName("flow-node coverage of every model, over all test classes, is at least coverage.minimum")
  void everyModelIsCovered() {
    String requested = System.getProperty(REQUESTED_TESTS, "");
    assumeFalse(!requested.isBlank() && !requested.startsWith("${"),
        "only some tests ran (-Dtest=" + requested + "): the coverage gate needs the whole suite");

    double minimum = Coverage.minimum();
    Path reports = ModelFiles.projectDir().resolve(ModelCoverage.REPORTS);
    Map<String, Set<String>> covered = ModelCoverage.covered(reports);

    List<ModelCoverage.Result> results = ModelFiles.bpmn().stream()
        .flatMap(file -> ModelCoverage.of(file, BpmnLayoutTest.read(file), covered).stream())
        .toList();
    // the figures, printed for the build log
    results.forEach(result -> System.out.printf("coverage %-28s %5.1f%% (%d of %d elements; not covered: %s)%n",
        result.processKey(), 100 * result.coverage(), result.elements().size() - result.notCovered().size(),
        result.elements().size(), result.notCovered()));
    List<ModelCoverage.Result> below = results.stream()
        .filter(result -> result.coverage() < minimum)
        .toList();

    assertThat(below)
        .as("models below %.0f%% coverage over all test classes (reports: %s%s); test the missing paths with an "
                + "engine-only process test using @RegisterExtension Coverage.extension()",
            100 * minimum, ModelFiles.projectDir().relativize(reports),
            Files.isDirectory(reports) ? "" : ", none written: did the process tests run?")
        .isEmpty();
  }
}
