package uk.fosteringconcerns.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Part 1c: the application as production runs it (its own JVM, {@code java ... FosteringConcernsApplication} with
 * profiles postgres and demo, default JVM settings, job executor on) on the benchmark's national database. Start
 * time is from launching the JVM to Tasklist answering 200; peak memory is the process's peak resident set
 * ({@code VmHWM}). Its log goes to a file; it is always stopped (and waited for) when closed.
 */
final class AppProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;
  private final long launchedNanos;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NORMAL).build();
  private double startSeconds = -1;

  private AppProcess(Process process, int port, Path log, long launchedNanos) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.launchedNanos = launchedNanos;
  }

  /** The application's runtime classpath: this JVM's, without the test classes, each entry once. */
  static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String all = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return java.util.Arrays.stream(all.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
        .filter(entry -> !Path.of(entry).endsWith("test-classes")).distinct()
        .collect(java.util.stream.Collectors.joining(File.pathSeparator));
  }

  static AppProcess launch(BenchDatabase database, Path log, List<String> extraArgs) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.timezone=Europe/London");
    command.add("-cp");
    command.add(classpath());
    command.add("uk.fosteringconcerns.FosteringConcernsApplication");
    command.add("--spring.profiles.active=postgres,demo");
    command.add("--server.port=" + port);
    command.add("--fostering.notifications.sender.enabled=false");
    command.addAll(extraArgs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    database.appProperties(BenchDatabase.PRODUCT).forEach((k, v) -> env.put(k, String.valueOf(v)));
    long launched = System.nanoTime();
    return new AppProcess(builder.start(), port, log, launched);
  }

  /** Waits until Tasklist answers 200; returns seconds since launch. */
  double awaitTasklist(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped while starting; log: " + log);
      }
      try {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/"))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          startSeconds = (System.nanoTime() - launchedNanos) / 1e9;
          return startSeconds;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Tasklist did not answer within " + timeout + "; log: " + log);
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  HttpResponse<String> get(String path, String user) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", basic(user))
        .header("Accept", "application/json").GET().build());
  }

  /**
   * Sends a query; when the connection the client took from its pool turns out to be closed by the server before
   * any byte of the answer came (Java's client then fails with "header parser received no bytes"), the query is sent
   * once more on a new connection, as a browser does: that is the client's pool, not the application, answering.
   */
  private HttpResponse<String> send(HttpRequest request) throws Exception {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      if (e instanceof java.net.http.HttpTimeoutException || e.getMessage() == null
          || !e.getMessage().contains("received no bytes")) {
        throw e;
      }
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  HttpResponse<String> post(String path, String user, String json) throws Exception {
    return post(path, user, json, "application/json");
  }

  HttpResponse<String> post(String path, String user, String json, String accept) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", basic(user))
        .header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  /** Peak resident memory of the application's JVM so far, in MiB (Linux /proc), or -1. */
  long peakResidentMiB() {
    File status = new File("/proc/" + process.pid() + "/status");
    try {
      for (String line : Files.readAllLines(status.toPath())) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
