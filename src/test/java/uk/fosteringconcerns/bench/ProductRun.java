package uk.fosteringconcerns.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.forms.CaseForms;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.records.CaseDriver;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.triage.ConcernTriageVariables;
import uk.fosteringconcerns.triage.FormSubmissions;

/**
 * Part 1a, the product: a year of concerns run through the real models and beans of the application (its Spring
 * context on PostgreSQL), the way workers and the job executor would. Day by day on the engine clock: the day's
 * concerns are raised through the intake form by a children's team manager, every task due to be done that day is
 * completed through its form (the product's form gate, as Tasklist submits it) by a user of its group, and in the
 * evening every timer that is due is executed. A step is done on time, or late (then the statutory reminder and
 * chase timers fire and a missed-deadline chase runs until it is done) with the report's proportions
 * ({@link Scenario}). Work of different cases runs on {@code threads} threads at once.
 *
 * <p>One wait-state transaction = one start, one task completion or one job executed.
 */
final class ProductRun {

  record Result(int cases, int closedCases, long starts, long completions, long jobs, long failures,
      List<String> failureSamples, long elapsedNanos, int openTasks, LocalDate lastDay) {

    long transactions() {
      return starts + completions + jobs;
    }

    double transactionsPerSecond() {
      return transactions() / (elapsedNanos / 1e9);
    }

    /** Wait-state transactions of a case (all cases, open ones counted as far as they went). */
    double transactionsPerCase() {
      return (double) transactions() / cases;
    }

    double casesPerSecond() {
      return transactionsPerSecond() / transactionsPerCase();
    }
  }

  private final ProcessEngine engine;
  private final CaseForms forms;
  private final int threads;
  private final Consumer<String> progress;
  private final Map<String, Scenario> scenarioOfCase = new ConcurrentHashMap<>();
  private final Map<String, LocalDate> meetingOfCase = new ConcurrentHashMap<>();
  private final Map<String, LocalDate> plan = new ConcurrentHashMap<>();
  private final AtomicLong starts = new AtomicLong();
  private final AtomicLong completions = new AtomicLong();
  private final AtomicLong jobs = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  /** Wall time of the phases that do the cases' work (not the benchmark's own daily look-ups). */
  private final AtomicLong workNanos = new AtomicLong();
  private final List<String> failureSamples = java.util.Collections.synchronizedList(new ArrayList<>());

  ProductRun(ProcessEngine engine, int threads, Consumer<String> progress) {
    this.engine = engine;
    this.forms = ProcessEngineFixture.forms(engine);
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * @param cases     concerns raised, spread over the working days of {@code arrivalDays}
   * @param lastDay   the last simulated day (cases raised near it are still open at the end)
   */
  Result run(int cases, LocalDate firstDay, int arrivalDays, LocalDate lastDay, long seed) throws Exception {
    Random random = new Random(seed);
    Map<LocalDate, List<Scenario>> arrivals = new LinkedHashMap<>();
    List<LocalDate> workingDays = new ArrayList<>();
    for (LocalDate d = firstDay; d.isBefore(firstDay.plusDays(arrivalDays)); d = d.plusDays(1)) {
      if (working(d)) {
        workingDays.add(d);
      }
    }
    for (int i = 0; i < cases; i++) {
      // evenly over the working days, the last concern on the last one (some cases are open at the end)
      LocalDate day = workingDays.get((int) ((long) (i + 1) * workingDays.size() / cases) - 1);
      arrivals.computeIfAbsent(day, k -> new ArrayList<>()).add(Scenario.draw(i, day, random, Math.max(1, cases / 2)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      int dayNumber = 0;
      for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1), dayNumber++) {
        clock(day, 9);
        List<Scenario> today = arrivals.getOrDefault(day, List.of());
        parallel(pool, groupBy(today, s -> String.valueOf(s.number())), this::raise);
        if (working(day)) {
          doTasks(pool, day);
        }
        clock(day, 20);
        runDueJobs(pool);
        if (dayNumber % 30 == 0) {
          progress.accept(String.format("  product: %s, %d cases raised, %d wait-state transactions, %.0f s", day,
              starts.get(), starts.get() + completions.get() + jobs.get(), (System.nanoTime() - started) / 1e9));
        }
      }
    } finally {
      pool.shutdownNow();
      ClockUtil.reset();
    }
    long elapsed = workNanos.get();
    int open = (int) engine.getTaskService().createTaskQuery().count();
    long closed = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConcernTriageVariables.PROCESS_KEY).finished().count();
    return new Result(cases, (int) closed, starts.get(), completions.get(), jobs.get(), failures.get(),
        List.copyOf(failureSamples), elapsed, open, lastDay);
  }

  static boolean working(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  static void clock(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day, LocalTime.of(hour, 0), Deadlines.LONDON).toInstant()));
  }

  private static LocalDate today() {
    return Deadlines.toLocalDate(ClockUtil.getCurrentTime());
  }

  // ---- starting cases ------------------------------------------------------------------------------------------

  private void raise(Scenario scenario) {
    LocalDate day = scenario.arrives();
    Map<String, Object> intake = new HashMap<>();
    intake.put(ConcernTriageVariables.RECEIVED_ON, day + "T09:00:00");
    intake.put(ConcernTriageVariables.CARER_ID, scenario.carerId());
    intake.put(ConcernTriageVariables.CARER_NAME, CaseDriver.CARER_NAME);
    intake.put(ConcernTriageVariables.CHILD_ID, scenario.childId());
    intake.put(ConcernTriageVariables.CONCERN_SUMMARY, CaseDriver.CONCERN_TEXT);
    intake.put(ConcernTriageVariables.RAISED_BY, "anonymous");
    intake.put(ConcernTriageVariables.CONCERN_ABOUT_OWN_CHILD, false);
    intake.put(ConcernTriageVariables.CARER_LIVES_IN_OTHER_AUTHORITY, false);
    as("carol", "childrens-team-manager", () -> {
      ProcessInstance instance = forms.submitStartForm(ConcernTriageVariables.PROCESS_KEY, intake);
      scenarioOfCase.put(instance.getBusinessKey(), scenario);
      starts.incrementAndGet();
    });
  }

  // ---- tasks ---------------------------------------------------------------------------------------------------

  private void doTasks(ExecutorService pool, LocalDate day) throws Exception {
    // several rounds: a task completed in the morning may open another that is due the same day
    for (int round = 0; round < 6; round++) {
      Map<String, String> caseOfInstance = new HashMap<>();
      engine.getRuntimeService().createProcessInstanceQuery().list()
          .forEach(pi -> caseOfInstance.put(pi.getId(), pi.getBusinessKey()));
      List<Task> due = new ArrayList<>();
      for (Task task : engine.getTaskService().createTaskQuery().initializeFormKeys().list()) {
        String caseRef = caseOfInstance.get(task.getProcessInstanceId());
        LocalDate on = plan.computeIfAbsent(task.getId(), id -> decide(task, caseRef));
        if (!on.isAfter(day)) {
          due.add(task);
        }
      }
      if (due.isEmpty()) {
        return;
      }
      parallel(pool, groupBy(due, t -> String.valueOf(caseOfInstance.get(t.getProcessInstanceId()))),
          task -> complete(task, caseOfInstance.get(task.getProcessInstanceId())));
    }
  }

  /** When the task will be done: on time (the next working day, or on its due day), or late after its chase. */
  private LocalDate decide(Task task, String caseRef) {
    LocalDate created = today();
    String key = task.getTaskDefinitionKey();
    if ("Task_HoldSocMeeting".equals(key)) {
      Object meeting = engine.getRuntimeService().getVariable(task.getProcessInstanceId(),
          StandardsOfCareVariables.MEETING_DATE);
      if (meeting != null) {
        return Deadlines.toLocalDate(meeting);
      }
    }
    Scenario scenario = scenarioOf(caseRef);
    Random random = new Random(scenario.seed() ^ key.hashCode());
    LocalDate due = task.getDueDate() == null ? null : Deadlines.toLocalDate(task.getDueDate());
    boolean late = random.nextDouble() < Scenario.LATE.getOrDefault(key, Scenario.LATE_OTHERWISE);
    if (due != null && late) {
      return nextWorking(due.plusDays(3));
    }
    LocalDate next = nextWorking(created.plusDays(1));
    return due != null && due.isBefore(next) ? (due.isBefore(created) ? created : due) : next;
  }

  private Scenario scenarioOf(String caseRef) {
    Scenario scenario = caseRef == null ? null : scenarioOfCase.get(caseRef);
    return scenario != null ? scenario
        : new Scenario(-1, today(), ConcernTriageVariables.NO_FURTHER_ACTION, AllegationVariables.UNFOUNDED,
            StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION, null, null, String.valueOf(caseRef).hashCode());
  }

  private static LocalDate nextWorking(LocalDate day) {
    LocalDate d = day;
    while (!working(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private void complete(Task task, String caseRef) {
    if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0) {
      // ended by an earlier step of the same case this round (e.g. an interrupting event)
      plan.remove(task.getId());
      return;
    }
    String group = null;
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if ("candidate".equals(link.getType()) && link.getGroupId() != null) {
        group = link.getGroupId();
        break;
      }
    }
    if (group == null) {
      fail("task " + task.getTaskDefinitionKey() + " has no candidate group", null);
      plan.put(task.getId(), LocalDate.MAX);
      return;
    }
    String user = task.getAssignee() != null && group.equals(DemoUsers.USERS.get(task.getAssignee()))
        ? task.getAssignee() : CaseDriver.userOf(group);
    String formId = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
    Map<String, Object> values = fill(formId, answers(task, caseRef));
    String finalGroup = group;
    try {
      as(user, finalGroup, () -> forms.submitTaskForm(task.getId(), values));
      completions.incrementAndGet();
      plan.remove(task.getId());
    } catch (OptimisticLockingException e) {
      // another step of the same case won the race: done again in the next round
    } catch (RuntimeException e) {
      fail(task.getTaskDefinitionKey(), e);
      plan.put(task.getId(), LocalDate.MAX);
    }
  }

  /** The case's answers to this task's form (the rest of the form is filled as Tasklist would, see fill). */
  private Map<String, Object> answers(Task task, String caseRef) {
    Scenario s = scenarioOf(caseRef);
    String key = task.getTaskDefinitionKey();
    Map<String, Map<String, Object>> byTask;
    switch (s.route()) {
      case ConcernTriageVariables.ALLEGATION -> byTask = CaseDriver.allegation(s.allegationOutcome());
      case ConcernTriageVariables.STANDARDS_OF_CARE -> {
        // the meeting is set three weeks ahead when business support schedules it
        LocalDate meeting = "Task_ScheduleSocMeeting".equals(key)
            ? meetingOfCase.compute(String.valueOf(caseRef), (k, v) -> meetingDay(today()))
            : meetingOfCase.getOrDefault(String.valueOf(caseRef), meetingDay(today()));
        byTask = CaseDriver.standardsOfCare(meeting, s.meetingOutcome());
      }
      case ConcernTriageVariables.COMPLAINT -> {
        byTask = new HashMap<>();
        byTask.put(ConcernTriageVariables.TASK_INITIAL_DISCUSSION,
            FormSubmissions.answers(ConcernTriageVariables.IS_COMPLAINT, true));
        byTask.put(ConcernTriageVariables.TASK_LADO_DECISION, FormSubmissions.answers(
            ConcernTriageVariables.LADO_DECISION, ConcernTriageVariables.COMPLAINT,
            ConcernTriageVariables.LADO_RATIONALE, "A complaint about the service"));
      }
      default -> {
        byTask = new HashMap<>();
        byTask.put(ConcernTriageVariables.TASK_LADO_DECISION, FormSubmissions.answers(
            ConcernTriageVariables.LADO_DECISION, ConcernTriageVariables.NO_FURTHER_ACTION,
            ConcernTriageVariables.LADO_RATIONALE, "Advice given, no further action"));
      }
    }
    return byTask.getOrDefault(key, Map.of());
  }

  /** A Standards of Care meeting three weeks on, on a working day (the report reaches the carer 10 days before). */
  private static LocalDate meetingDay(LocalDate from) {
    return nextWorking(from.plusDays(21));
  }

  /** As Tasklist submits a form: every field filled with a plausible value, then the case's answers on top. */
  private static Map<String, Object> fill(String formId, Map<String, Object> answers) {
    if (formId != null) {
      return FormSubmissions.fill(formId, answers);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    answers.forEach((key, value) -> {
      if (value != null) {
        values.put(key, value);
      }
    });
    return values;
  }

  // ---- timers --------------------------------------------------------------------------------------------------

  private void runDueJobs(ExecutorService pool) throws Exception {
    for (int round = 0; round < 10; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      Map<String, String> caseOfInstance = new HashMap<>();
      engine.getRuntimeService().createProcessInstanceQuery().list()
          .forEach(pi -> caseOfInstance.put(pi.getId(), pi.getBusinessKey()));
      // a case's jobs (its called processes' too) on one thread, in due order, as one node's job executor would
      parallel(pool, groupBy(due, j -> String.valueOf(caseOfInstance.getOrDefault(j.getProcessInstanceId(),
          j.getProcessInstanceId()))), job -> {
        try {
          engine.getManagementService().executeJob(job.getId());
          jobs.incrementAndGet();
        } catch (OptimisticLockingException e) {
          // executed again in the next round
        } catch (RuntimeException e) {
          fail("job " + job.getId(), e);
        }
      });
    }
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private void fail(String what, RuntimeException e) {
    failures.incrementAndGet();
    if (failureSamples.size() < 10) {
      failureSamples.add(what + (e == null ? "" : ": " + e.getClass().getSimpleName() + " " + e.getMessage()));
    }
  }

  private void as(String user, String group, Runnable work) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      work.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static <T> Collection<List<T>> groupBy(List<T> items, java.util.function.Function<T, String> key) {
    return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList())).values();
  }

  /** Each group (one case's work, in order) on one thread; the groups spread over the pool. */
  private <T> void parallel(ExecutorService pool, Collection<List<T>> groups, Consumer<T> work)
      throws Exception {
    long start = System.nanoTime();
    try {
      runAll(pool, groups, work);
    } finally {
      workNanos.addAndGet(System.nanoTime() - start);
    }
  }

  private static <T> void runAll(ExecutorService pool, Collection<List<T>> groups, Consumer<T> work)
      throws Exception {
    List<Future<?>> running = new ArrayList<>();
    for (List<T> group : groups) {
      running.add(pool.submit(() -> group.forEach(work)));
    }
    for (Future<?> future : running) {
      future.get();
    }
  }
}
