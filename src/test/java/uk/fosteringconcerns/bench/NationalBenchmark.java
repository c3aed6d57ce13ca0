package uk.fosteringconcerns.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.identity.TasklistFilters;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareIssues;

/**
 * Issue 18: the product measured against the bare engine, and a national year (README "Figures"). One run, on one
 * embedded PostgreSQL:
 * <ol>
 *   <li>a year of concerns through the real models and beans ({@link ProductRun}) and, in the same run, the bare
 *       engine walking a synthetic model with as many wait states a case ({@link BareRun}): cases/s, wait-state
 *       transactions/s, the ratio;</li>
 *   <li>the national fill ({@link NationalFill}): 1,000,000 closed cases and 100,000 open tasks cloned from the run's
 *       own cases; then p50/p95/p99 of the named queries ({@link #queries}) — the four Tasklist filters as a worker
 *       and as a team manager (stored filters executed as those users, authorizations on, as Tasklist asks for
 *       them), the carer chronology, the Standards of Care 12-month count, the job acquisition query, and the
 *       oversight endpoints once they exist;</li>
 *   <li>the application started as production runs it, on that database: seconds to Tasklist, peak memory.</li>
 * </ol>
 * Sizes come from system properties (defaults: the full national run); the smoke test runs it tiny. Timings are
 * printed, never asserted.
 */
public final class NationalBenchmark {

  /** What one run is asked to do. */
  record Settings(int cases, long historicCases, long openTasks, int warmUp, int runs, int threads, Path workDir,
      Path keep) {
    Settings(int cases, long historicCases, long openTasks, int warmUp, int runs, int threads, Path workDir) {
      this(cases, historicCases, openTasks, warmUp, runs, threads, workDir, null);
    }

    static Settings fromSystemProperties() {
      String keep = System.getProperty("bench.keep", "");
      return new Settings(Integer.getInteger("bench.cases", 300), Long.getLong("bench.historic", 1_000_000L),
          Long.getLong("bench.open-tasks", 100_000L), Integer.getInteger("bench.warm-up", 5),
          Integer.getInteger("bench.runs", 100), Integer.getInteger("bench.threads", 2),
          Path.of(System.getProperty("bench.dir", "target/benchmark")),
          keep.isBlank() ? null : Path.of(keep).toAbsolutePath());
    }
  }

  /** What a run found (for the smoke test and the README). */
  record Report(ProductRun.Result product, BareRun.Result bare, NationalFill.Filled filled,
      List<Timings.Percentiles> queries, double startSeconds, long peakMiB, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    Report report = run(Settings.fromSystemProperties(), System.out);
    System.out.println();
    System.out.println(report.text());
  }

  static Report run(Settings settings, PrintStream out) throws Exception {
    Files.createDirectories(settings.workDir());
    long started = System.nanoTime();
    StringBuilder text = new StringBuilder();
    java.util.function.Consumer<String> say = line -> {
      out.println(line);
      text.append(line).append('\n');
    };
    java.util.function.Consumer<String> progress = line -> out.println(line);
    try (BenchDatabase database = new BenchDatabase(settings.keep())) {
      say.accept(String.format("Machine: %d cores, %d GiB memory, %s %s, Java %s, PostgreSQL %s (embedded)",
          Runtime.getRuntime().availableProcessors(), totalMemoryGiB(), System.getProperty("os.name"),
          System.getProperty("os.version"), System.getProperty("java.version"), database.version()));

      // ---- 1a: the product against the bare engine ------------------------------------------------------------
      ProductRun.Result product;
      BareRun.Result bare;
      NationalFill.Filled filled;
      List<Timings.Percentiles> queries = new ArrayList<>();
      List<Timings.Percentiles> documents = new ArrayList<>();
      String documentsNote = "";
      ConfigurableApplicationContext context = ProductContext.start(database, "bench-product");
      try {
        ProcessEngine engine = ProductContext.engine(context);
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource(BenchDatabase.PRODUCT));
        String kept = database.reused() ? keptReport(jdbc) : null;
        if (kept != null) {
          // a kept database (bench.keep) that was filled before: its throughput and fill are printed as they were
          say.accept("");
          say.accept("(kept database " + settings.keep() + ": parts 1a and the fill are those of the run that made it)");
          kept.lines().forEach(say);
          product = null;
          bare = null;
          filled = null;
        } else {
          int textBefore = text.length();
          LocalDate last = LocalDate.now(uk.fosteringconcerns.timescales.Deadlines.LONDON);
          progress.accept("Product: " + settings.cases() + " concerns over a year on " + settings.threads() + " threads");
          Statements statements = Boolean.getBoolean("bench.statements") ? new Statements(jdbc) : null;
          product = new ProductRun(engine, settings.threads(), progress)
              .run(settings.cases(), last.minusDays(364), 365, last, 18);
          String productStatements = statements == null ? null
              : statements.report(BenchDatabase.PRODUCT, product.transactions());
          int waitStates = Math.max(1, (int) Math.round(product.transactionsPerCase()) - 1);
          progress.accept("Bare engine: " + product.cases() + " cases of " + waitStates + " user tasks");
          bare = BareRun.run(database.jdbcUrl(BenchDatabase.BARE), product.cases(), waitStates, settings.threads());
          String bareStatements = statements == null ? null
              : statements.report(BenchDatabase.BARE, bare.cases() * (long) (bare.waitStates() + 1));
          say.accept("");
          say.accept("1a. Throughput (" + settings.threads() + " threads, engine clock moved, due timers executed)");
          say.accept(String.format("  product: %d concerns (%d closed, %d tasks left open), %d wait-state transactions "
                  + "(%d starts, %d task completions through the forms, %d jobs), %.1f a case, %d failures",
              product.cases(), product.closedCases(), product.openTasks(), product.transactions(), product.starts(),
              product.completions(), product.jobs(), product.transactionsPerCase(), product.failures()));
          product.failureSamples().forEach(f -> say.accept("    failure: " + f));
          say.accept(String.format("  product: %.1f wait-state transactions/s, %.2f cases/s (%.1f s)",
              product.transactionsPerSecond(), product.casesPerSecond(), product.elapsedNanos() / 1e9));
          say.accept(String.format("  bare:    %.1f wait-state transactions/s, %.2f cases/s (%d cases of %d wait states, "
                  + "%.1f s)", bare.transactionsPerSecond(), bare.casesPerSecond(), bare.cases(), bare.waitStates() + 1,
              bare.elapsedNanos() / 1e9));
          say.accept(String.format("  product/bare per wait state: %.2f x (target <= 1.3)",
              bare.transactionsPerSecond() / product.transactionsPerSecond()));
          if (statements != null) {
            say.accept("  " + productStatements.lines().findFirst().orElse(""));
            say.accept("  " + bareStatements.lines().findFirst().orElse(""));
            Files.writeString(settings.workDir().resolve("statements.txt"), productStatements + "\n" + bareStatements);
          }
          if (Boolean.getBoolean("bench.throughput-only")) {
            // diagnosis of part 1a alone (bench.throughput-only): no fill, no queries, no application start
            say.accept(String.format("Benchmark run: %.0f s (part 1a only)", (System.nanoTime() - started) / 1e9));
            Files.writeString(settings.workDir().resolve("figures.txt"), text.toString());
            return new Report(product, bare, null, List.of(), 0, 0, text.toString());
          }

          // ---- 1b: the national fill -------------------------------------------------------------------------------
          NationalFill fill = new NationalFill(database.dataSource(BenchDatabase.PRODUCT), progress);
          NationalFill.Sample sample = fill.sample();
          long closedClones = Math.max(1, (settings.historicCases() + sample.closedCases() - 1)
              / Math.max(1, sample.closedCases()));
          long openClones = sample.openTasks() == 0 ? 0
              : Math.max(1, (settings.openTasks() + sample.openTasks() - 1) / sample.openTasks());
          progress.accept(String.format("Fill: sample %d closed cases, %d open cases with %d open tasks; %d and %d clones",
              sample.closedCases(), sample.openCases(), sample.openTasks(), closedClones, openClones));
          filled = fill.fill(sample, closedClones, openClones, (int) Math.max(1, Math.min(200, closedClones / 20)));
          say.accept("");
          say.accept(String.format("1b. National data: %,d closed cases, %,d open cases with %,d open tasks, filled in %.0f s",
              filled.closedCases() + sample.closedCases(), filled.openCases() + sample.openCases(),
              filled.openTasks() + sample.openTasks(), filled.nanos() / 1e9));
          if (settings.keep() != null) {
            jdbc.execute("create table bench_report (text text)");
            jdbc.update("insert into bench_report values (?)", text.substring(textBefore).strip());
        }
        }
        for (String table : List.of("act_hi_procinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_identitylink",
            "act_hi_actinst", "act_ru_execution", "act_ru_task", "act_ru_job", "act_ru_variable",
            "act_ru_authorization")) {
          say.accept(String.format("  %-22s %,13d rows", table,
              jdbc.queryForObject("select count(*) from " + table, Long.class)));
        }
        say.accept(String.format("  database size %,d MiB", jdbc.queryForObject(
            "select pg_database_size(current_database()) / 1048576", Long.class)));

        // in-process queries: as the engine runs them inside the application
        String[] carers = sampleCarers(jdbc, 200);
        Random random = new Random(7);
        StandardsOfCareIssues issues = context.getBean(StandardsOfCareIssues.class);
        // in a transaction, as the step that asks it (the meeting's facts) runs it
        org.springframework.transaction.support.TransactionTemplate step =
            new org.springframework.transaction.support.TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        queries.add(Timings.measure("SoC issues in 12 months (StandardsOfCareIssues)", settings.warmUp(),
            settings.runs(), () -> "count " + step.execute(status -> issues.countInLast12Months(engine,
                carers[random.nextInt(carers.length)], null, new Date()))));
        ProcessEngineConfigurationImpl configuration =
            (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        long jobs = jdbc.queryForObject("select count(*) from act_ru_job", Long.class);
        queries.add(Timings.measure(String.format("job acquisition query (%,d timers and jobs)", jobs),
            settings.warmUp(), settings.runs(), () -> "acquired " + configuration.getCommandExecutorTxRequired()
                .execute(commandContext -> commandContext.getJobManager().findNextJobsToExecute(new Page(0,
                    configuration.getJobExecutor().getMaxJobsPerAcquisition())).size())));
        documents.addAll(documentTimings(context, engine, jdbc, settings));
        long produced = jdbc.queryForObject("select count(*) from fc_case_document", Long.class);
        documentsNote = product == null ? String.format("%,d documents in the run's own cases", produced)
            : String.format("%,d documents for %,d task completions: %.2f a completion", produced,
                product.completions(), produced / (double) Math.max(1, product.completions()));
      } finally {
        context.close();
      }

      // ---- 1c and the HTTP queries: the application as production runs it ------------------------------------
      Path log = settings.workDir().resolve("app.log");
      double startSeconds;
      long peak;
      // bench.app-args: extra arguments for the application (e.g. to compare a setting), separated by spaces
      String appArgs = System.getProperty("bench.app-args", "").strip();
      try (AppProcess app = AppProcess.launch(database, log,
          appArgs.isEmpty() ? List.of() : List.of(appArgs.split("\\s+")))) {
        startSeconds = app.awaitTasklist(Duration.ofMinutes(5));
        progress.accept(String.format("Application: Tasklist answers %.1f s after launch", startSeconds));
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource(BenchDatabase.PRODUCT));
        String[] carers = sampleCarers(jdbc, 200);
        // the whole series run once first (each query with its warm-up and runs), its figures discarded: a
        // council's server has run for days, and the first queries after a start pay for the JVM compiling their
        // code (the first user measured paid for it alone: fiona's empty "My tasks" 64 ms, carol's asked later 22 ms)
        httpQueries(app, settings, carers);
        queries.addAll(httpQueries(app, settings, carers));
        peak = app.peakResidentMiB();
      }
      say.accept("");
      say.accept("1b. Queries (" + settings.runs() + " runs each after " + settings.warmUp()
          + " warm-up, the HTTP ones after a round of them all; over HTTP against the running application unless"
          + " marked in-process)");
      for (Timings.Percentiles query : queries) {
        say.accept(query.line(query.name().startsWith("GET /api/reports") ? 2000 : 100));
      }
      say.accept("");
      say.accept("1b. Case documents rendered inside the completing transaction (records; in-process, model built from a"
          + " real case's variables): " + documentsNote);
      documents.forEach(d -> say.accept(d.line(Double.MAX_VALUE).replace("  ok", "")));
      say.accept("");
      say.accept(String.format("1c. Application start (JVM launch to Tasklist answering): %.1f s (target <= 20 s); "
          + "peak resident memory %d MiB", startSeconds, peak));
      say.accept(String.format("Benchmark run: %.0f s", (System.nanoTime() - started) / 1e9));
      Files.writeString(settings.workDir().resolve("figures.txt"), text.toString());
      return new Report(product, bare, filled, queries, startSeconds, peak, text.toString());
    }
  }

  /**
   * Diagnosis (bench.statements): the SQL statements a run sent, from pg_stat_statements (loaded by
   * {@link BenchDatabase}), by database; counts include the benchmark's own look-ups (the day's tasks and jobs).
   */
  static final class Statements {
    private final JdbcTemplate jdbc;

    Statements(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
      jdbc.execute("create extension if not exists pg_stat_statements");
      jdbc.execute("select pg_stat_statements_reset()");
    }

    String report(String database, long transactions) {
      List<Map<String, Object>> rows = jdbc.queryForList("select s.calls, s.total_exec_time, s.rows, s.query "
          + "from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = ? "
          + "order by s.calls desc", database);
      long calls = rows.stream().mapToLong(r -> ((Number) r.get("calls")).longValue()).sum();
      double ms = rows.stream().mapToDouble(r -> ((Number) r.get("total_exec_time")).doubleValue()).sum();
      StringBuilder out = new StringBuilder(String.format("%s: %,d SQL statements, %.1f a wait-state transaction, "
          + "%.2f ms a transaction inside the database", database, calls, calls / (double) Math.max(1, transactions),
          ms / Math.max(1, transactions)));
      out.append('\n');
      // by kind and table (e.g. "insert ACT_HI_DETAIL"): where the statements of a wait state go
      Map<String, long[]> byTable = new java.util.TreeMap<>();
      for (Map<String, Object> row : rows) {
        String kind = kindAndTable(String.valueOf(row.get("query")));
        byTable.computeIfAbsent(kind, k -> new long[1])[0] += ((Number) row.get("calls")).longValue();
      }
      byTable.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(40)
          .forEach(e -> out.append(String.format("  %8d %7.3f a tx  %s%n", e.getValue()[0],
              e.getValue()[0] / (double) Math.max(1, transactions), e.getKey())));
      out.append("  statements:\n");
      for (Map<String, Object> row : rows) {
        String query = String.valueOf(row.get("query")).replaceAll("\\s+", " ");
        out.append(String.format("  %8d calls %7.3f a tx %9.1f ms  %s%n", ((Number) row.get("calls")).longValue(),
            ((Number) row.get("calls")).longValue() / (double) Math.max(1, transactions),
            ((Number) row.get("total_exec_time")).doubleValue(), query.length() > 220 ? query.substring(0, 220) : query));
      }
      return out.toString();
    }
  }

  /** "insert ACT_HI_DETAIL", "select ACT_RU_TASK" (the first table read), "begin": what a statement is. */
  static String kindAndTable(String query) {
    String[] words = query.strip().split("[\\s(),]+");
    String kind = words.length == 0 ? "other" : words[0].toLowerCase();
    String after = kind.equals("update") ? "update" : kind.equals("insert") ? "into" : "from";
    for (int i = 0; i < words.length - 1; i++) {
      if (words[i].equalsIgnoreCase(after) && words[i + 1].matches("[A-Za-z_]+")
          && !words[i + 1].equalsIgnoreCase("select")) {
        return kind + " " + words[i + 1].toUpperCase();
      }
    }
    return kind;
  }

  /** The named queries measured over HTTP; extend this list with each new endpoint (issue 16: reports, overdue). */
  static List<Timings.Percentiles> httpQueries(AppProcess app, Settings settings, String[] carers) throws Exception {
    Map<String, String> filters = new LinkedHashMap<>();
    JsonNode list = JSON.readTree(app.get("/engine-rest/filter?resourceType=Task", "admin").body());
    for (JsonNode filter : list) {
      filters.put(filter.path("name").asText(), filter.path("id").asText());
    }
    // as Tasklist asks for a filter's page: HAL, so the filter's variables (the case reference) come embedded
    String body = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    List<Timings.Percentiles> results = new ArrayList<>();
    for (String user : List.of("fiona", "carol")) {
      for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_TEAMS_TASKS, TasklistFilters.OVERDUE,
          TasklistFilters.DUE_SOON)) {
        String id = filters.get(name);
        results.add(Timings.measure("Tasklist \"" + name + "\" as " + user + " (page of 15)", settings.warmUp(),
            settings.runs(), () -> {
              HttpResponse<String> response = app.post("/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15",
                  user, body, "application/hal+json");
              require(response, 200);
              return JSON.readTree(response.body()).path("_embedded").path("task").size() + " tasks";
            }));
      }
      String team = filters.get(TasklistFilters.MY_TEAMS_TASKS);
      results.add(Timings.measure("Tasklist \"My team's tasks\" count as " + user, settings.warmUp(), settings.runs(),
          () -> {
            HttpResponse<String> response = app.post("/engine-rest/filter/" + team + "/count", user, "{}");
            require(response, 200);
            return "count " + JSON.readTree(response.body()).path("count").asLong();
          }));
    }
    Random random = new Random(11);
    for (String user : List.of("laura", "frank")) {
      results.add(Timings.measure("GET /api/carers/{id}/chronology as " + user, settings.warmUp(), settings.runs(),
          () -> {
            String carer = carers[random.nextInt(carers.length)];
            HttpResponse<String> response = app.get("/api/carers/" + URLEncoder.encode(carer, StandardCharsets.UTF_8)
                + "/chronology", user);
            require(response, 200, 403);
            return response.statusCode() == 200 ? JSON.readTree(response.body()).size() + " entries" : "403";
          }));
    }
    // issue 16 (oversight): measured here as soon as they exist on the branch
    for (String path : List.of("/api/work/overdue", "/api/reports/lado", "/api/reports/standards-of-care",
        "/api/reports/escalations")) {
      results.add(Timings.measure("GET " + path + " as laura", settings.warmUp(),
          path.startsWith("/api/reports") ? Math.max(1, settings.runs() / 5) : settings.runs(), () -> {
            HttpResponse<String> response = app.get(path, "laura");
            if (response.statusCode() == 404) {
              return null;
            }
            require(response, 200);
            return response.body().length() + " bytes";
          }));
    }
    return results;
  }

  private static void require(HttpResponse<String> response, int... statuses) {
    for (int status : statuses) {
      if (response.statusCode() == status) {
        return;
      }
    }
    throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.uri() + ": "
        + response.body().substring(0, Math.min(300, response.body().length())));
  }

  /**
   * The PDF documents (package records) a task completion renders and stores inside its own transaction: for each
   * document type, the model built from the variables of a case that produced one, then rendered, as
   * {@code CaseDocuments.produce} does.
   */
  static List<Timings.Percentiles> documentTimings(ConfigurableApplicationContext context, ProcessEngine engine,
      JdbcTemplate jdbc, Settings settings) throws Exception {
    var models = context.getBean(uk.fosteringconcerns.records.documents.DocumentModels.class);
    var renderer = context.getBean(uk.fosteringconcerns.records.documents.DocumentRenderer.class);
    List<Timings.Percentiles> results = new ArrayList<>();
    for (var type : uk.fosteringconcerns.records.documents.DocumentType.values()) {
      List<Map<String, Object>> rows = jdbc.queryForList("select case_reference, process_instance_id"
          + " from fc_case_document where doc_type = ? order by created_at limit 1", type.name());
      if (rows.isEmpty()) {
        results.add(new Timings.Percentiles("PDF " + type.title(), 0, 0, 0, 0, "none produced in this run"));
        continue;
      }
      String caseReference = (String) rows.get(0).get("case_reference");
      Map<String, Object> variables = new java.util.HashMap<>();
      engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId((String) rows.get(0).get("process_instance_id"))
          .list().forEach(v -> variables.put(v.getName(), v.getValue()));
      results.add(Timings.measure("PDF " + type.title(), settings.warmUp(), settings.runs(), () -> {
        byte[] pdf = renderer.render(type.template(), models.build(type, variables, caseReference, "laura",
            java.util.function.Function.identity(), new Date()));
        return String.format("%,d bytes", pdf.length);
      }));
    }
    return results;
  }

  /** What 1a and the fill printed in the run that filled a kept database, or null. */
  private static String keptReport(JdbcTemplate jdbc) {
    boolean exists = Boolean.TRUE.equals(jdbc.queryForObject(
        "select exists (select 1 from information_schema.tables where table_name = 'bench_report')", Boolean.class));
    return exists ? jdbc.queryForObject("select text from bench_report", String.class) : null;
  }

  /** Carer ids of the national data (cloned and original), for the chronology and the 12-month count. */
  static String[] sampleCarers(JdbcTemplate jdbc, int count) {
    return jdbc.queryForList("select text_ from act_hi_varinst where name_ = 'carerId' and text_ is not null "
        + "and proc_def_key_ = 'concern-triage' order by id_ desc limit " + count, String.class).toArray(String[]::new);
  }

  private static long totalMemoryGiB() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return Math.round(sun.getTotalMemorySize() / 1073741824.0);
    }
    return -1;
  }

  private NationalBenchmark() {}
}
