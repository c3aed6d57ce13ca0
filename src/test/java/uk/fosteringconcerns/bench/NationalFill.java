package uk.fosteringconcerns.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part 1b: a national history (1,000,000 closed cases) and a national backlog (100,000 open tasks), made by cloning
 * the real cases the product run left in the database, inside PostgreSQL ({@code INSERT ... SELECT} from a snapshot
 * of the sample crossed with {@code generate_series}), so every row is shaped exactly as the engine wrote it:
 * <ul>
 *   <li>every id of a process instance, execution, task, activity instance, variable, job, byte array or task
 *       authorization ends with the clone's number in place of the last 12 hex digits of its time-based UUID (the node, the same in every id) (the same in every
 *       table, so each clone is a consistent copy the engine can continue, and ids keep their length); definition,
 *       deployment, job definition, user and group ids are kept;</li>
 *   <li>each clone is a case of its own: business key and {@code caseReference} suffixed, {@code childId} suffixed,
 *       {@code carerId} shared by {@value #CASES_PER_CARER} consecutive clones (a carer has several concerns over
 *       the years);</li>
 *   <li>closed cases are spread back over {@value #YEARS} years (every timestamp and date variable moved by the
 *       clone's offset): about 45,000 concerns a year, England's estimate; open cases keep their dates, moved
 *       back by {@value #OPEN_SHIFT_MILLIS} ms a clone so that no two clones' tasks fall due at the same instant
 *       (as in service, where the ordering by due date has no ties thousands long), so their due dates and timers are
 *       as the run left them (some late, most not) to within {@code openClones} seconds.</li>
 * </ul>
 * Which engine tables are filled, and which not, is listed in {@link #CLOSED_TABLES} and {@link #OPEN_TABLES}
 * (README "Figures").
 */
final class NationalFill {

  static final int YEARS = 22;
  static final int CASES_PER_CARER = 5;
  /** How far back each open clone's dates are moved, per clone number. */
  static final long OPEN_SHIFT_MILLIS = 1000;

  /** The runtime and history of open cases: everything the engine needs to continue them. */
  static final List<String> OPEN_TABLES = List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task",
      "act_ru_identitylink", "act_ru_variable", "act_ru_job", "act_ru_event_subscr", "act_ru_authorization",
      "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_identitylink");

  /**
   * The history of closed cases that the product's queries read: process instances (case lookups, chronology, SoC
   * count, reports), task instances and their identity links (case access, timeliness reports), and the variables
   * the product's queries filter on or read ({@link #READ_VARIABLES}).
   */
  static final List<String> CLOSED_TABLES = List.of("act_hi_procinst", "act_hi_taskinst", "act_hi_identitylink",
      "act_hi_varinst");

  /**
   * The variables of a closed case the product's queries filter on or read (chronology, case access, the SoC count,
   * the oversight reports); add a report's variables here when it reads others.
   */
  static final Set<String> READ_VARIABLES = Set.of("caseReference", "carerId", "childId", "receivedOn",
      "ladoDecision", "ladoDecisionOn", "recommendedRoute", "referredOn", "socDecisionOn", "visitDate",
      "standardsBreached", "carerAgreesActions", "meetingDate", "meetingOutcome", "minutesIssuedOn", "iemHeldOn",
      "thresholdMet", "paimHeldOn", "allegationOutcome", "dbsReferralMade", "panelRecommendation", "panelDate",
      "admDecision", "resignationReceivedOn", "childsSocialWorker", "fosteringSocialWorker", "childsIro",
      "ladoOfficer", "harmCategory", "lateTaskGroup", "dueOn", "level");

  /** Columns holding ids of instance-level rows: suffixed in each clone. */
  private static final Set<String> INSTANCE_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_",
      "execution_id_", "parent_id_", "super_exec_", "task_id_", "act_inst_id_", "parent_act_inst_id_",
      "call_proc_inst_id_", "bytearray_id_", "process_instance_id_", "exception_stack_id_",
      "super_process_instance_id_", "var_scope_", "parent_task_id_", "resource_id_", "business_key_");

  /** How each table's sample rows are found (their process instance, or their task / variable / job). */
  private static final Map<String, String> SAMPLE_OF = new LinkedHashMap<>();

  static {
    SAMPLE_OF.put("act_hi_procinst", "t.id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_hi_actinst", "t.proc_inst_id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_hi_taskinst", "t.proc_inst_id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_hi_varinst", "t.proc_inst_id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_hi_identitylink", "t.root_proc_inst_id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_ru_execution", "t.proc_inst_id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_ru_task", "t.proc_inst_id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_ru_identitylink", "t.task_id_ in (select id_ from act_ru_task where proc_inst_id_ in "
        + "(select pi from bench_pi where open = ?))");
    SAMPLE_OF.put("act_ru_variable", "t.proc_inst_id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_ru_job", "t.process_instance_id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_ru_event_subscr", "t.proc_inst_id_ in (select pi from bench_pi where open = ?)");
    SAMPLE_OF.put("act_ru_authorization", "t.resource_type_ = 7 and t.resource_id_ in (select id_ from act_ru_task "
        + "where proc_inst_id_ in (select pi from bench_pi where open = ?))");
    SAMPLE_OF.put("act_ge_bytearray", "t.id_ in (select bytearray_id_ from act_ru_variable where proc_inst_id_ in "
        + "(select pi from bench_pi where open = ?) union select bytearray_id_ from act_hi_varinst where proc_inst_id_ "
        + "in (select pi from bench_pi where open = ?) union select exception_stack_id_ from act_ru_job where "
        + "process_instance_id_ in (select pi from bench_pi where open = ?))");
  }

  record Sample(int closedCases, int openCases, int openTasks, Map<String, Long> closedRows, Map<String, Long> openRows) {}

  record Filled(long closedCases, long openCases, long openTasks, Map<String, Long> rows, long closedClones,
      long openClones, long nanos) {}

  private final JdbcTemplate jdbc;
  private final Consumer<String> progress;

  NationalFill(DataSource dataSource, Consumer<String> progress) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.progress = progress;
  }

  /** Marks the sample: every process instance of the run, by case, open or closed. */
  Sample sample() {
    jdbc.execute("drop table if exists bench_pi");
    jdbc.execute("create table bench_pi as select p.id_ as pi, p.business_key_ as bk, exists (select 1 from "
        + "act_hi_procinst o where o.business_key_ = p.business_key_ and o.end_time_ is null) as open "
        + "from act_hi_procinst p where p.business_key_ is not null");
    jdbc.execute("create index on bench_pi (pi)");
    int closed = count("select count(distinct bk) from bench_pi where not open");
    int open = count("select count(distinct bk) from bench_pi where open");
    int tasks = count("select count(*) from act_ru_task where proc_inst_id_ in (select pi from bench_pi where open)");
    Map<String, Long> closedRows = new LinkedHashMap<>();
    for (String table : CLOSED_TABLES) {
      closedRows.put(table, snapshot(table, false));
    }
    Map<String, Long> openRows = new LinkedHashMap<>();
    for (String table : OPEN_TABLES) {
      openRows.put(table, snapshot(table, true));
    }
    return new Sample(closed, open, tasks, closedRows, openRows);
  }

  private long snapshot(String table, boolean open) {
    String name = snapshotName(table, open);
    jdbc.execute("drop table if exists " + name);
    String where = SAMPLE_OF.get(table);
    String extra = !open && table.equals("act_hi_varinst")
        ? " and t.name_ in (" + String.join(",", READ_VARIABLES.stream().map(v -> "'" + v + "'").toList()) + ")"
        : "";
    int params = where.split("\\?", -1).length - 1;
    Object[] args = new Object[params];
    java.util.Arrays.fill(args, open);
    jdbc.update("create table " + name + " as select t.* from " + table + " t where " + where + extra, args);
    return count("select count(*) from " + name);
  }

  private static String snapshotName(String table, boolean open) {
    return "bench_s_" + (open ? "open_" : "closed_") + table;
  }

  /**
   * Clones the closed sample {@code closedClones} times and the open sample {@code openClones} times. Clone numbers
   * start at 1 (the sample itself stays as it is).
   */
  Filled fill(Sample sample, long closedClones, long openClones, int batch) {
    long started = System.nanoTime();
    Map<String, Long> rows = new LinkedHashMap<>();
    jdbc.execute("set synchronous_commit = off");
    for (long from = 1; from <= openClones; from += batch) {
      long to = Math.min(openClones, from + batch - 1);
      for (String table : OPEN_TABLES) {
        rows.merge(table, clone(table, true, from, to, OPEN_SHIFT_MILLIS), Long::sum);
      }
      progress.accept(String.format("  fill: open cases %d of %d clones, %.0f s", to, openClones,
          (System.nanoTime() - started) / 1e9));
    }
    long spreadDays = YEARS * 365L;
    for (long from = 1; from <= closedClones; from += batch) {
      long to = Math.min(closedClones, from + batch - 1);
      for (String table : CLOSED_TABLES) {
        rows.merge(table, clone(table, false, from, to, spreadDays * 86_400_000L / Math.max(1, closedClones)),
            Long::sum);
      }
      progress.accept(String.format("  fill: closed cases %d of %d clones, %.0f s", to, closedClones,
          (System.nanoTime() - started) / 1e9));
    }
    // as after any bulk load: a database in service has been vacuumed and analysed by autovacuum long since, so
    // its visibility map lets index-only scans skip the heap and no autovacuum of the new rows competes with the
    // queries measured next for this machine's two cores (measured before this: lists 1.5-2x slower just after a fill)
    progress.accept("  fill: vacuum and analyze");
    Set<String> filled = new java.util.LinkedHashSet<>(OPEN_TABLES);
    filled.addAll(CLOSED_TABLES);
    for (String table : filled) {
      jdbc.execute("vacuum (analyze) " + table);
    }
    return new Filled(closedClones * sample.closedCases(), openClones * sample.openCases(),
        openClones * sample.openTasks(), rows, closedClones, openClones, System.nanoTime() - started);
  }

  /** One INSERT ... SELECT of clones from..to of a table's sample; {@code shiftMillis} per clone number. */
  private long clone(String table, boolean open, long from, long to, long shiftMillis) {
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Map<String, Object> column : jdbc.queryForList("select column_name, data_type from information_schema.columns "
        + "where table_schema = 'public' and table_name = ? order by ordinal_position", table)) {
      String name = (String) column.get("column_name");
      String type = (String) column.get("data_type");
      columns.add(name);
      values.add(expression(table, name, type, shiftMillis));
    }
    String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
        + " from " + snapshotName(table, open) + " t cross join (select n, '-c' || n as sfx, lpad(to_hex(n), 12, '0') as hx, n * " + shiftMillis
        + "::bigint as shift from generate_series(" + from + ", " + to + ") n) c";
    return jdbc.update(sql);
  }

  private static String expression(String table, String column, String type, long shiftMillis) {
    boolean variables = table.endsWith("varinst") || table.equals("act_ru_variable");
    if (variables && column.equals("text_")) {
      return "case when t.name_ in ('caseReference', 'childId') then t.text_ || c.sfx"
          + " when t.name_ = 'carerId' then t.text_ || '-k' || (c.n / " + CASES_PER_CARER + ") else t.text_ end";
    }
    if (variables && column.equals("long_") && shiftMillis > 0) {
      return "case when t." + (table.equals("act_ru_variable") ? "type_" : "var_type_")
          + " = 'date' then t.long_ - c.shift else t.long_ end";
    }
    if (INSTANCE_IDS.contains(column) && type.startsWith("character")) {
      if (column.equals("resource_id_")) {
        return "case when t.resource_type_ = 7 then left(t.resource_id_, length(t.resource_id_) - 12) || c.hx "
            + "else t.resource_id_ end";
      }
      if (column.equals("business_key_")) {
        return "t." + column + " || c.sfx";
      }
      // an engine id ends with a time-based UUID whose last 12 hex digits (the node) are the same for every id: they
      // become the clone's number, so the id stays unique and keeps its length
      return "case when length(t." + column + ") >= 36 then left(t." + column + ", length(t." + column
          + ") - 12) || c.hx else t." + column + " || c.sfx end";
    }
    if (type.startsWith("timestamp") && shiftMillis > 0) {
      return "t." + column + " - c.shift * interval '1 millisecond'";
    }
    return "t." + column;
  }

  private int count(String sql) {
    Integer n = jdbc.queryForObject(sql, Integer.class);
    return n == null ? 0 : n;
  }
}
