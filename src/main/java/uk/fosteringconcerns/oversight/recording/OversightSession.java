package uk.fosteringconcerns.oversight.recording;

import static uk.fosteringconcerns.oversight.recording.Figures.ALLEGATIONS_OPENED;
import static uk.fosteringconcerns.oversight.recording.Figures.BY_HIGHEST_STAGE;
import static uk.fosteringconcerns.oversight.recording.Figures.CASES;
import static uk.fosteringconcerns.oversight.recording.Figures.CLOSED;
import static uk.fosteringconcerns.oversight.recording.Figures.CONTACTS;
import static uk.fosteringconcerns.oversight.recording.Figures.DECISIONS_24_HOURS;
import static uk.fosteringconcerns.oversight.recording.Figures.MISSED_DEADLINE_CHASES;
import static uk.fosteringconcerns.oversight.recording.Figures.NOT_RECORDED;
import static uk.fosteringconcerns.oversight.recording.Figures.RAISED;
import static uk.fosteringconcerns.oversight.recording.Figures.RESIGNATIONS;
import static uk.fosteringconcerns.oversight.recording.Figures.RESOLVED_AT_STAGE;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.escalation.EscalationVariables;
import uk.fosteringconcerns.oversight.OversightNames;
import uk.fosteringconcerns.oversight.recording.OversightStore.OpenTaskRow;
import uk.fosteringconcerns.oversight.recording.OversightStore.ProcessRow;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * One engine command's share of the reporting tables. The history events of the command are collected as they come
 * (the timescale of a measured task is worked out when it is created, while its variables are as they were then);
 * at the command's flush the changes are written on the engine's own connection, in its transaction: a command that
 * rolls back leaves nothing behind, a retried job writes once.
 */
final class OversightSession implements Session {

  private static final String START = HistoryEventTypes.PROCESS_INSTANCE_START.getEventName();
  private static final String END = HistoryEventTypes.PROCESS_INSTANCE_END.getEventName();
  private static final String UPDATE = HistoryEventTypes.PROCESS_INSTANCE_UPDATE.getEventName();
  private static final String TASK_CREATE = HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName();
  private static final String TASK_UPDATE = HistoryEventTypes.TASK_INSTANCE_UPDATE.getEventName();
  private static final String TASK_COMPLETE = HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName();
  private static final String TASK_DELETE = HistoryEventTypes.TASK_INSTANCE_DELETE.getEventName();
  private static final String LINK_ADD = HistoryEventTypes.IDENTITY_LINK_ADD.getEventName();
  private static final String LINK_DELETE = HistoryEventTypes.IDENTITY_LINK_DELETE.getEventName();
  private static final String VARIABLE_DELETE = HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName();

  private static final class PendingProcess {
    final String id;
    String processKey;
    String businessKey;
    boolean businessKeyChanged;
    boolean started;
    Date startedAt;
    boolean ended;
    Date endedAt;
    String endState;
    final Map<String, CapturedValue> changed = new LinkedHashMap<>();
    Map<String, CapturedValue> stored;

    PendingProcess(String id) {
      this.id = id;
    }
  }

  private static final class PendingTask {
    final String id;
    String processInstanceId;
    String processKey;
    String definitionId;
    String taskKey;
    String name;
    String assignee;
    Date createdAt;
    Date dueAt;
    Date endedAt;
    boolean created;
    boolean updated;
    boolean finished;
    boolean completed;
    final Set<String> groupsAdded = new LinkedHashSet<>();
    final Set<String> groupsRemoved = new LinkedHashSet<>();
    LocalDate kpiDueOn;
    boolean statutory;

    PendingTask(String id) {
      this.id = id;
    }
  }

  private final OversightRecorder recorder;
  private final CommandContext commandContext;
  private final Map<String, PendingProcess> processes = new LinkedHashMap<>();
  private final Map<String, PendingTask> tasks = new LinkedHashMap<>();
  private final Map<String, ProcessRow> processRows = new HashMap<>();
  private OversightStore store;

  OversightSession(OversightRecorder recorder, CommandContext commandContext) {
    this.recorder = recorder;
    this.commandContext = commandContext;
  }

  // ------------------------------------------------------------------ events

  void process(HistoricProcessInstanceEventEntity event) {
    PendingProcess process = process(event.getProcessInstanceId(), event.getProcessDefinitionKey());
    if (event.getBusinessKey() != null && !event.getBusinessKey().equals(process.businessKey)) {
      process.businessKey = event.getBusinessKey();
      process.businessKeyChanged = true;
    }
    String type = event.getEventType();
    if (START.equals(type)) {
      process.started = true;
      process.startedAt = event.getStartTime() != null ? event.getStartTime() : ClockUtil.getCurrentTime();
    } else if (END.equals(type)) {
      process.ended = true;
      process.endedAt = event.getEndTime() != null ? event.getEndTime() : ClockUtil.getCurrentTime();
      process.endState = event.getState();
    } else if (!UPDATE.equals(type)) {
      processes.remove(event.getProcessInstanceId(), process);
    }
  }

  void task(HistoricTaskInstanceEventEntity event) {
    if (event.getProcessInstanceId() == null) {
      return;
    }
    String type = event.getEventType();
    boolean create = TASK_CREATE.equals(type);
    boolean update = TASK_UPDATE.equals(type);
    boolean complete = TASK_COMPLETE.equals(type);
    boolean delete = TASK_DELETE.equals(type);
    if (!create && !update && !complete && !delete) {
      return;
    }
    PendingTask task = tasks.computeIfAbsent(event.getTaskId(), PendingTask::new);
    task.processInstanceId = event.getProcessInstanceId();
    task.processKey = event.getProcessDefinitionKey();
    task.definitionId = event.getProcessDefinitionId();
    task.taskKey = event.getTaskDefinitionKey();
    task.name = event.getName();
    task.assignee = event.getAssignee();
    task.dueAt = event.getDueDate();
    // read while the command runs: the model comes from the deployment cache, once per definition
    task.statutory = recorder.isStatutory(commandContext, task.definitionId, task.taskKey);
    if (create) {
      task.created = true;
      task.createdAt = event.getStartTime();
      Figures.TaskFigure timed = Figures.timedFigure(task.taskKey);
      if (timed != null) {
        task.kpiDueOn = recorder.dueDay(timed, variables(process(task.processInstanceId, task.processKey)));
      }
    } else if (update) {
      task.updated = true;
    } else {
      task.finished = true;
      // a cancelled task (interrupted, its case ended) ends with another delete reason than "completed"
      task.completed = complete && TaskEntity.DELETE_REASON_COMPLETED.equals(event.getDeleteReason());
      task.endedAt = event.getEndTime() != null ? event.getEndTime() : ClockUtil.getCurrentTime();
    }
  }

  void identityLink(HistoricIdentityLinkLogEventEntity event) {
    if (event.getTaskId() == null || event.getGroupId() == null
        || !IdentityLinkType.CANDIDATE.equals(event.getType())) {
      return;
    }
    PendingTask task = tasks.computeIfAbsent(event.getTaskId(), PendingTask::new);
    if (LINK_ADD.equals(event.getEventType())) {
      task.groupsRemoved.remove(event.getGroupId());
      task.groupsAdded.add(event.getGroupId());
    } else if (LINK_DELETE.equals(event.getEventType())) {
      task.groupsAdded.remove(event.getGroupId());
      task.groupsRemoved.add(event.getGroupId());
    }
  }

  void variable(HistoricVariableUpdateEventEntity event) {
    String processInstanceId = event.getProcessInstanceId();
    // only the case's own variables: not a task's local ones, not those local to an inner scope
    if (processInstanceId == null || event.getTaskId() != null || !processInstanceId.equals(event.getExecutionId())
        || VARIABLE_DELETE.equals(event.getEventType()) || !recorder.captures(event.getVariableName())) {
      return;
    }
    CapturedValue value = CapturedValue.of(event, recorder.presenceOnly(event.getVariableName()));
    if (value != null) {
      process(processInstanceId, event.getProcessDefinitionKey()).changed.put(event.getVariableName(), value);
    }
  }

  // ------------------------------------------------------------------ flush

  @Override
  public void flush() {
    if (processes.isEmpty() && tasks.isEmpty()) {
      return;
    }
    try {
      write();
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot write the oversight reporting tables (SQL state " + e.getSQLState()
          + ")", e);
    } finally {
      // the session may be flushed twice when a session is opened during the flush: write once
      processes.clear();
      tasks.clear();
    }
  }

  @Override
  public void close() {
    processes.clear();
    tasks.clear();
  }

  private void write() throws SQLException {
    Date now = ClockUtil.getCurrentTime();
    List<Fact> facts = new ArrayList<>();

    List<ProcessRow> newProcesses = new ArrayList<>();
    for (PendingProcess process : processes.values()) {
      if (process.started) {
        ProcessRow row = new ProcessRow(process.id, process.processKey, process.businessKey, process.startedAt,
            Figures.groupOf(process.processKey, variables(process)));
        processRows.put(process.id, row);
        if (!process.ended) {
          newProcesses.add(row);
        }
        startFacts(process, row, facts);
      } else if (process.businessKeyChanged && !process.ended) {
        store().updateCaseReference(process.id, process.businessKey);
      }
    }
    store().insertProcesses(newProcesses);

    for (PendingProcess process : processes.values()) {
      if (process.changed.isEmpty()) {
        continue;
      }
      variableFacts(process, facts);
      if (!process.ended) {
        store().upsertVariables(process.id, process.changed);
      }
    }

    List<OpenTaskRow> newTasks = new ArrayList<>();
    List<String> finishedTasks = new ArrayList<>();
    for (PendingTask task : tasks.values()) {
      if (task.taskKey == null) {
        // only its candidate groups changed, later than its creation
        changeGroups(task);
        continue;
      }
      boolean figure = Figures.isFigureTask(task.taskKey);
      boolean statutory = task.statutory;
      if (!figure && !statutory) {
        continue;
      }
      if (task.created && !task.finished) {
        newTasks.add(newRow(task, statutory));
      } else if (!task.finished) {
        if (task.updated) {
          store().updateOpenTask(task.id, task.name, task.assignee, task.dueAt);
        }
        changeGroups(task);
      } else {
        OpenTaskRow row = task.created ? newRow(task, statutory) : store().openTask(task.id);
        if (task.completed && figure) {
          taskFacts(task, row, now, facts);
        }
        if (!task.created) {
          finishedTasks.add(task.id);
        }
      }
    }
    store().insertOpenTasks(newTasks);
    store().deleteOpenTasks(finishedTasks);

    List<String> endedProcesses = new ArrayList<>();
    Map<String, LocalDate> endedCases = new LinkedHashMap<>();
    for (PendingProcess process : processes.values()) {
      if (process.ended) {
        endFacts(process, facts);
        String opening = Figures.openingFigure(process.processKey);
        if (opening != null) {
          endedCases.put(process.id + ":" + opening, Deadlines.toLocalDate(process.endedAt));
        }
        if (!process.started) {
          endedProcesses.add(process.id);
        }
      }
    }
    store().deleteProcesses(endedProcesses);
    store().insertFacts(facts, now);
    store().endCases(endedCases);
  }

  // ------------------------------------------------------------------ facts

  private void startFacts(PendingProcess process, ProcessRow row, List<Fact> facts) {
    String report = Figures.reportOf(process.processKey);
    if (report == null) {
      return;
    }
    CaseVariables variables = variables(process);
    LocalDate startedOn = Deadlines.toLocalDate(process.startedAt);
    switch (process.processKey) {
      case ConcernTriageVariables.PROCESS_KEY -> {
        Date received = variables.date(ConcernTriageVariables.RECEIVED_ON);
        facts.add(fact(process.id, report, CONTACTS, null, received == null ? startedOn
            : Deadlines.toLocalDate(received), row.groupId(), null, null, row.caseReference()));
      }
      case AllegationVariables.PROCESS_KEY -> facts.add(fact(process.id, report, ALLEGATIONS_OPENED, null, startedOn,
          row.groupId(), null, null, row.caseReference()));
      case StandardsOfCareVariables.PROCESS_KEY -> facts.add(fact(process.id, report, CASES, null, startedOn,
          row.groupId(), null, null, row.caseReference()));
      case EscalationVariables.PROCESS_KEY -> facts.add(fact(process.id, report, RAISED,
          orNotRecorded(variables.text(EscalationVariables.RAISED_BY_GROUP)), startedOn, row.groupId(), null, null,
          row.caseReference()));
      case OversightNames.MISSED_DEADLINE_PROCESS -> facts.add(fact(process.id, report, MISSED_DEADLINE_CHASES,
          orNotRecorded(variables.text(OversightNames.LATE_TASK_GROUP)), startedOn, row.groupId(), null, null,
          row.caseReference()));
      default -> {
        // the significant-harm report counts through its LADO decision
      }
    }
  }

  /** A resignation received during a Standards of Care case (seed 001 5.3), on the date of the notice. */
  private void variableFacts(PendingProcess process, List<Fact> facts) {
    CapturedValue resignation = process.changed.get(StandardsOfCareVariables.RESIGNATION_RECEIVED_ON);
    if (!StandardsOfCareVariables.PROCESS_KEY.equals(process.processKey) || resignation == null
        || resignation.asDate() == null) {
      return;
    }
    Map<String, CapturedValue> before = process.started ? Map.of() : stored(process);
    if (before.get(StandardsOfCareVariables.RESIGNATION_RECEIVED_ON) != null
        && before.get(StandardsOfCareVariables.RESIGNATION_RECEIVED_ON).isSet()) {
      return;
    }
    ProcessRow row = processRow(process.id);
    facts.add(fact(process.id, OversightNames.STANDARDS_OF_CARE, RESIGNATIONS, null,
        Deadlines.toLocalDate(resignation.asDate()), row == null ? null : row.groupId(), null, null,
        row == null ? process.businessKey : row.caseReference()));
  }

  private void taskFacts(PendingTask task, OpenTaskRow row, Date now, List<Fact> facts) {
    PendingProcess process = process(task.processInstanceId, task.processKey);
    CaseVariables variables = variables(process);
    ProcessRow processRow = processRow(task.processInstanceId);
    String caseReference = processRow != null ? processRow.caseReference()
        : row != null ? row.caseReference() : process.businessKey;
    String group = firstGroup(row != null ? row.candidateGroups() : framed(task.groupsAdded));
    Date endedAt = task.endedAt != null ? task.endedAt : now;
    for (Figures.TaskFigure figure : Figures.forTask(task.taskKey)) {
      String report = figure.report() != null ? figure.report() : Figures.reportOf(task.processKey);
      if (report == null || !figure.when().test(variables)) {
        continue;
      }
      Date doneAt = figure.doneOn() == null ? endedAt : variables.date(figure.doneOn());
      LocalDate doneOn = Deadlines.toLocalDate(doneAt == null ? endedAt : doneAt);
      LocalDate due = figure.timed() && row != null ? row.kpiDueOn() : null;
      Boolean onTime = due == null ? null : !doneOn.isAfter(due);
      String category = figure.category() == null ? null : orNotRecorded(variables.text(figure.category()));
      Boolean flag = figure.flag() == null ? null : variables.has(figure.flag());
      facts.add(new Fact(task.id + ":" + figure.figure(), report, figure.figure(), category, doneOn, group, onTime,
          flag, null, due, caseReference, task.processInstanceId));
    }
    if (ConcernTriageVariables.TASK_LADO_DECISION.equals(task.taskKey)) {
      Date receipt = OversightRecorder.receipt(
          variables.date(ConcernTriageVariables.RECEIVED_ON, OversightNames.REPORTED_ON),
          processRow == null ? null : processRow.startedAt());
      Boolean onTime = receipt == null ? null : OversightRecorder.within24Hours(receipt, endedAt);
      facts.add(new Fact(task.id + ":" + DECISIONS_24_HOURS, OversightNames.LADO, DECISIONS_24_HOURS, null,
          Deadlines.toLocalDate(endedAt), group, onTime, null, null, null, caseReference, task.processInstanceId));
    }
  }

  private void endFacts(PendingProcess process, List<Fact> facts) {
    String report = Figures.reportOf(process.processKey);
    if (report == null) {
      return;
    }
    ProcessRow row = processRow(process.id);
    String startGroup = row == null ? null : row.groupId();
    String caseReference = row != null && row.caseReference() != null ? row.caseReference() : process.businessKey;
    boolean completed = HistoricProcessInstance.STATE_COMPLETED.equals(process.endState);
    CaseVariables variables = variables(process);
    LocalDate endedOn = Deadlines.toLocalDate(process.endedAt);
    switch (process.processKey) {
      case AllegationVariables.PROCESS_KEY -> {
        Date received = variables.date(ConcernTriageVariables.RECEIVED_ON, AllegationVariables.REFERRED_ON);
        if (completed && received != null) {
          int days = (int) ChronoUnit.DAYS.between(Deadlines.toLocalDate(received), endedOn);
          facts.add(fact(process.id, report, CLOSED, closureBucket(days), endedOn, startGroup, null, days,
              caseReference));
        }
      }
      case EscalationVariables.PROCESS_KEY -> {
        if (completed) {
          Integer stage = variables.integer(EscalationVariables.CURRENT_STAGE);
          String stageGroup = variables.text(EscalationVariables.CANDIDATE_GROUP);
          String highest = variables.has(EscalationVariables.CAFCASS_REFERRED_ON) ? OversightNames.CAFCASS
              : stage == null ? NOT_RECORDED : stage.toString();
          facts.add(fact(process.id, report, BY_HIGHEST_STAGE, highest, endedOn, stageGroup, null, null,
              caseReference));
          if (Boolean.TRUE.equals(variables.bool(EscalationVariables.RESOLUTION_CONFIRMED))) {
            Integer workingDays = row == null ? null
                : recorder.calendar().workingDaysBetween(Deadlines.toLocalDate(row.startedAt()), endedOn);
            facts.add(fact(process.id, report, RESOLVED_AT_STAGE, stage == null ? NOT_RECORDED : stage.toString(),
                endedOn, stageGroup, null, workingDays, caseReference));
          }
        }
      }
      default -> {
        // other processes end without a figure
      }
    }
  }

  /** The closure buckets of seed 004 LADO report 6.2: within 4, 8, 12 weeks, 6 months (26 weeks), or later. */
  static String closureBucket(int days) {
    if (days <= 28) {
      return "4w";
    }
    if (days <= 56) {
      return "8w";
    }
    if (days <= 84) {
      return "12w";
    }
    return days <= 182 ? "26w" : "over26w";
  }

  private static Fact fact(String processInstanceId, String report, String figure, String category,
      LocalDate eventOn, String group, Boolean onTime, Integer amount, String caseReference) {
    return new Fact(processInstanceId + ":" + figure, report, figure, category, eventOn, group, onTime, null, amount,
        null, caseReference, processInstanceId);
  }

  private static String orNotRecorded(String value) {
    return value == null || value.isBlank() ? NOT_RECORDED : value;
  }

  // ------------------------------------------------------------------ tasks

  private OpenTaskRow newRow(PendingTask task, boolean statutory) {
    ProcessRow process = processRow(task.processInstanceId);
    String caseReference = process != null ? process.caseReference()
        : processes.containsKey(task.processInstanceId) ? processes.get(task.processInstanceId).businessKey : null;
    return new OpenTaskRow(task.id, task.processInstanceId, task.processKey, caseReference, task.taskKey, task.name,
        framed(task.groupsAdded), task.assignee, task.createdAt, task.dueAt, statutory, task.kpiDueOn);
  }

  private void changeGroups(PendingTask task) throws SQLException {
    if (task.groupsAdded.isEmpty() && task.groupsRemoved.isEmpty()) {
      return;
    }
    OpenTaskRow row = store().openTask(task.id);
    if (row == null) {
      return;
    }
    Set<String> groups = new LinkedHashSet<>(unframed(row.candidateGroups()));
    groups.removeAll(task.groupsRemoved);
    groups.addAll(task.groupsAdded);
    store().updateCandidateGroups(task.id, framed(groups));
  }

  /** ",a,b," so that one LIKE '%,a,%' finds a group; null for none. */
  static String framed(Set<String> groups) {
    return groups.isEmpty() ? null : "," + String.join(",", groups) + ",";
  }

  static List<String> unframed(String groups) {
    if (groups == null || groups.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(groups.split(",")).filter(g -> !g.isBlank()).toList();
  }

  private static String firstGroup(String framed) {
    List<String> groups = unframed(framed);
    return groups.isEmpty() ? null : groups.get(0);
  }

  // ------------------------------------------------------------------ lookups

  private PendingProcess process(String id, String processKey) {
    PendingProcess process = processes.computeIfAbsent(id, PendingProcess::new);
    if (process.processKey == null) {
      process.processKey = processKey;
    }
    return process;
  }

  private CaseVariables variables(PendingProcess process) {
    return CaseVariables.of(process.started ? Map.of() : stored(process), process.changed);
  }

  private Map<String, CapturedValue> stored(PendingProcess process) {
    if (process.stored == null) {
      try {
        process.stored = store().variables(process.id);
      } catch (SQLException e) {
        throw new ProcessEngineException("Cannot read the oversight variables (SQL state " + e.getSQLState() + ")", e);
      }
    }
    return process.stored;
  }

  private ProcessRow processRow(String processInstanceId) {
    return processRows.computeIfAbsent(processInstanceId, id -> {
      try {
        return store().process(id);
      } catch (SQLException e) {
        throw new ProcessEngineException("Cannot read the oversight processes (SQL state " + e.getSQLState() + ")", e);
      }
    });
  }

  private OversightStore store() {
    if (store == null) {
      store = new OversightStore(commandContext.getDbSqlSession().getSqlSession().getConnection(),
          commandContext.getProcessEngineConfiguration().getDatabaseType());
    }
    return store;
  }
}
