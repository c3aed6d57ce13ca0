package uk.fosteringconcerns.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs a query a number of times after a warm-up and gives its percentiles (milliseconds). */
final class Timings {

  record Percentiles(String name, int runs, double p50, double p95, double p99, String note) {
    String line(double targetMillis) {
      if (runs == 0) {
        return String.format("  %-58s %s", name, note);
      }
      return String.format("  %-58s p50 %8.1f  p95 %8.1f  p99 %8.1f ms  %s%s", name, p50, p95, p99,
          p95 <= targetMillis ? "ok" : "MISSES " + (int) targetMillis + " ms", note.isEmpty() ? "" : "  (" + note + ")");
    }
  }

  private Timings() {}

  /**
   * @param query returns a short note on its result (e.g. rows), or null when the query does not exist here; a query
   *              that does not answer within the client's timeout is reported as such, not measured further
   */
  static Percentiles measure(String name, int warmUp, int runs, Callable<String> query) throws Exception {
    try {
      return measureOrFail(name, warmUp, runs, query);
    } catch (java.io.IOException e) {
      String what = e instanceof java.net.http.HttpTimeoutException ? "NO ANSWER within the client's timeout"
          : "FAILED: " + e;
      return new Percentiles(name, 0, 0, 0, 0, what + ": MISSES");
    }
  }

  private static Percentiles measureOrFail(String name, int warmUp, int runs, Callable<String> query)
      throws Exception {
    String note = "";
    for (int i = 0; i < warmUp; i++) {
      note = query.call();
      if (note == null) {
        return new Percentiles(name, 0, 0, 0, 0, "not on this branch (404): measured once it is");
      }
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      note = query.call();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    return new Percentiles(name, runs, at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), note == null ? "" : note);
  }

  private static double at(List<Double> sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
