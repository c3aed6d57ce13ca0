package uk.fosteringconcerns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18.4: the benchmark runs end to end at a tiny size in every `mvn verify` (a few cases, a few thousand rows)
 * and prints its figures. Never asserts a timing: only that every part ran and printed.
 */
class BenchmarkSmokeTest {

  @Test
  @DisplayName("issue 18: the benchmark runs the product and the bare engine, fills, measures the named queries and starts the app")
  void runsAndPrints() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    NationalBenchmark.Report report;
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      report = NationalBenchmark.run(new NationalBenchmark.Settings(8, 300, 30, 1, 2, 2,
          Path.of("target", "benchmark-smoke")), out);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);

    assertThat(report.product().cases()).isEqualTo(8);
    assertThat(report.product().failures()).as(String.join("\n", report.product().failureSamples())).isZero();
    assertThat(report.product().transactions()).isGreaterThan(8);
    assertThat(report.bare().transactions()).isGreaterThan(8);
    assertThat(report.filled().closedCases()).isGreaterThanOrEqualTo(300 - 8);
    assertThat(report.queries()).extracting(Timings.Percentiles::name)
        .anyMatch(name -> name.contains("My team's tasks"))
        .anyMatch(name -> name.contains("chronology"))
        .anyMatch(name -> name.contains("SoC issues in 12 months"))
        .anyMatch(name -> name.contains("job acquisition"));
    assertThat(report.startSeconds()).isPositive();
    assertThat(printed).contains("1a. Throughput", "product/bare per wait state", "1b. National data", "1b. Queries",
        "1b. Case documents rendered inside the completing transaction",
        "1c. Application start", "Machine: ");
  }
}
