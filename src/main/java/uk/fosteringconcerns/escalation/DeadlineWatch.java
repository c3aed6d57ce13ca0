package uk.fosteringconcerns.escalation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.fosteringconcerns.casereference.CaseReferenceService;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Deadlines that slip escalate by themselves (seed 004 section 10.5: "escalations are responded to within the
 * timescales or escalated further"). Every active user task marked statutory in its model
 * ({@code <camunda:property name="statutory" value="true"/>}) and holding a due date:
 * <ul>
 *   <li>gets one reminder (notification {@code task-reminder}) from {@code deadlines.reminderBefore(due)};</li>
 *   <li>once overdue, starts one {@code escalation} with the case reference, the task and who holds it, at the
 *       stage of {@code escalation-start-stage} for the holder's group (and tells the holder,
 *       {@code task-overdue}).</li>
 * </ul>
 * Idempotent: each (task, kind) is written to {@code fc_deadline_watch} under a unique key in the same engine
 * transaction as the reminder or the escalation start (the engine command's own connection), so a second run,
 * a second node or a crash between the two can never remind twice or start a second escalation for the same
 * task; a run that loses the race rolls back its escalation with its row.
 */
public class DeadlineWatch {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatch.class);

  public static final String STATUTORY_PROPERTY = "statutory";
  public static final String REMINDER = "REMINDER";
  public static final String ESCALATION = "ESCALATION";
  public static final String TEMPLATE_REMINDER = "task-reminder";
  public static final String TEMPLATE_OVERDUE = "task-overdue";
  private static final long ONE_DAY_MILLIS = 24L * 60 * 60 * 1000;
  private static final int PAGE = 200;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK);

  /** What one run did. */
  public record Result(int reminded, int escalated) {}

  private final Supplier<ProcessEngine> engine;
  private final Deadlines deadlines;
  private final NotificationService notifications;
  /** Statutory task keys per process definition id (a deployed definition never changes). */
  private final Map<String, Set<String>> statutoryByDefinition = new ConcurrentHashMap<>();

  public DeadlineWatch(Supplier<ProcessEngine> engine, Deadlines deadlines, NotificationService notifications) {
    this.engine = engine;
    this.deadlines = deadlines;
    this.notifications = notifications;
  }

  /** One pass over the statutory tasks; safe to run any number of times, on any number of nodes. */
  public Result run() {
    ProcessEngine processEngine = engine.get();
    Date now = ClockUtil.getCurrentTime();
    // a task due after the end of the REMINDER-th working day from today has no reminder due yet (+1 day margin)
    Date horizon = new Date(deadlines.after(Deadlines.REMINDER_STEP, now).getTime() + ONE_DAY_MILLIS);
    int reminded = 0;
    int escalated = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> tasks = processEngine.getTaskService().createTaskQuery().active().dueBefore(horizon)
          .orderByDueDate().asc().orderByTaskId().asc().listPage(first, PAGE);
      for (Task task : tasks) {
        if (task.getDueDate() == null || !isStatutory(processEngine, task)) {
          continue;
        }
        try {
          if (task.getDueDate().before(now)) {
            if (!handled(processEngine, task.getId(), ESCALATION) && escalate(processEngine, task, now)) {
              escalated++;
            }
          } else if (!deadlines.reminderBefore(task.getDueDate()).after(now)
              && !handled(processEngine, task.getId(), REMINDER) && remind(processEngine, task, now)) {
            reminded++;
          }
        } catch (RuntimeException e) {
          // one task's trouble never stops the others; its id and step are not personal data
          LOG.warn("Deadline watch could not handle task {} ({}): {}", task.getId(), task.getTaskDefinitionKey(),
              e.getClass().getSimpleName());
        }
      }
      if (tasks.size() < PAGE) {
        break;
      }
    }
    if (reminded + escalated > 0) {
      LOG.info("Deadline watch: {} reminder(s), {} escalation(s)", reminded, escalated);
    }
    return new Result(reminded, escalated);
  }

  private boolean remind(ProcessEngine processEngine, Task task, Date now) {
    return inTransaction(processEngine, connection -> {
      if (!claim(connection, task, REMINDER, now)) {
        return false;
      }
      Holder holder = holder(processEngine, task);
      String reference = caseReference(processEngine, task);
      notifications.queue(reference, TEMPLATE_REMINDER, holder.groupList(), holder.assigneeEmail(),
          task.getProcessInstanceId(), model(task, reference, null));
      return true;
    });
  }

  private boolean escalate(ProcessEngine processEngine, Task task, Date now) {
    return inTransaction(processEngine, connection -> {
      if (!claim(connection, task, ESCALATION, now)) {
        return false;
      }
      Holder holder = holder(processEngine, task);
      String reference = caseReference(processEngine, task);
      int stage = startStage(processEngine, holder.groups());
      String dueOn = Deadlines.toLocalDate(task.getDueDate()).format(DAY);
      VariableMap variables = Variables.createVariables()
          .putValue(EscalationVariables.SUBJECT, "Statutory deadline missed: the task '" + task.getName()
              + "' was due on " + dueOn + " and is still open (held by " + holder.describe() + ").")
          .putValue(EscalationVariables.RAISED_BY_GROUP, EscalationVariables.PRODUCT_RAISER_GROUP)
          .putValue(EscalationVariables.START_STAGE, stage)
          .putValue(EscalationVariables.OVERDUE_TASK_NAME, task.getName())
          .putValue(EscalationVariables.OVERDUE_TASK_ID, task.getId())
          .putValue(EscalationVariables.OVERDUE_TASK_KEY, task.getTaskDefinitionKey())
          .putValue(EscalationVariables.OVERDUE_TASK_HOLDER, holder.describe())
          .putValue(EscalationVariables.OVERDUE_TASK_DUE_ON, dueOn);
      if (reference != null) {
        variables.putValue(EscalationVariables.CASE_REFERENCE, reference);
      }
      ProcessInstance escalation = processEngine.getRuntimeService()
          .startProcessInstanceByKey(EscalationVariables.PROCESS_KEY, reference, variables);
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE fc_deadline_watch SET escalation_instance_id = ? WHERE task_id = ? AND kind = ?")) {
        update.setString(1, escalation.getId());
        update.setString(2, task.getId());
        update.setString(3, ESCALATION);
        update.executeUpdate();
      }
      Map<String, Object> model = model(task, reference, stage);
      notifications.queue(reference, TEMPLATE_OVERDUE, holder.groupList(), holder.assigneeEmail(),
          task.getProcessInstanceId(), model);
      return true;
    });
  }

  /** The row under the unique key (task_id, kind); false when another run has it already. */
  private static boolean claim(Connection connection, Task task, String kind, Date now) throws SQLException {
    try (PreparedStatement exists = connection.prepareStatement(
        "SELECT COUNT(*) FROM fc_deadline_watch WHERE task_id = ? AND kind = ?")) {
      exists.setString(1, task.getId());
      exists.setString(2, kind);
      try (var rs = exists.executeQuery()) {
        rs.next();
        if (rs.getInt(1) > 0) {
          return false;
        }
      }
    }
    // a concurrent run inserting the same key fails here (unique key), and its whole command rolls back
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fc_deadline_watch (task_id, kind,"
        + " task_definition_key, process_instance_id, due_at, handled_at) VALUES (?,?,?,?,?,?)")) {
      insert.setString(1, task.getId());
      insert.setString(2, kind);
      insert.setString(3, task.getTaskDefinitionKey());
      insert.setString(4, task.getProcessInstanceId());
      insert.setTimestamp(5, new Timestamp(task.getDueDate().getTime()));
      insert.setTimestamp(6, new Timestamp(now.getTime()));
      insert.executeUpdate();
    }
    return true;
  }

  private static boolean handled(ProcessEngine processEngine, String taskId, String kind) {
    return Boolean.TRUE.equals(inTransaction(processEngine, connection -> {
      try (PreparedStatement exists = connection.prepareStatement(
          "SELECT COUNT(*) FROM fc_deadline_watch WHERE task_id = ? AND kind = ?")) {
        exists.setString(1, taskId);
        exists.setString(2, kind);
        try (var rs = exists.executeQuery()) {
          rs.next();
          return rs.getInt(1) > 0;
        }
      }
    }));
  }

  /** The first stage above the holder: the highest stage of escalation-start-stage over the holder's groups. */
  int startStage(ProcessEngine processEngine, List<String> groups) {
    int stage = -1;
    for (String group : groups.isEmpty() ? List.of("") : groups) {
      Object value = processEngine.getDecisionService()
          .evaluateDecisionTableByKey(EscalationVariables.START_STAGE_DECISION,
              Variables.createVariables().putValue(EscalationVariables.HOLDER_GROUP, group))
          .getSingleResult().getEntry(EscalationVariables.START_STAGE);
      stage = Math.max(stage, ((Number) value).intValue());
    }
    return stage;
  }

  private record Holder(List<String> groups, String assignee, String assigneeEmail) {
    String groupList() {
      return groups.isEmpty() ? null : String.join(",", groups);
    }

    String describe() {
      String text = groups.isEmpty() ? "no group" : String.join(", ", groups);
      return assignee == null ? text : text + "; assigned to " + assignee;
    }
  }

  private static Holder holder(ProcessEngine processEngine, Task task) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : processEngine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    String assignee = task.getAssignee();
    String email = null;
    if (assignee != null) {
      var user = processEngine.getIdentityService().createUserQuery().userId(assignee).singleResult();
      email = user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
      if (groups.isEmpty()) {
        processEngine.getIdentityService().createGroupQuery().groupMember(assignee).list()
            .forEach(group -> groups.add(group.getId()));
      }
    }
    return new Holder(new ArrayList<>(groups), assignee, email);
  }

  private static String caseReference(ProcessEngine processEngine, Task task) {
    ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    String key = instance == null ? null : instance.getBusinessKey();
    return CaseReferenceService.isCaseReference(key) ? key : null;
  }

  /** What the templates may show: the case reference and the task, never a name or the concern. */
  private static Map<String, Object> model(Task task, String reference, Integer stage) {
    Map<String, Object> model = new HashMap<>();
    model.put("caseReference", reference == null ? "(no case reference)" : reference);
    model.put("taskName", task.getName());
    model.put("taskId", task.getId());
    model.put("dueOn", Deadlines.toLocalDate(task.getDueDate()).format(DAY));
    if (stage != null) {
      model.put("startStage", stage);
    }
    return model;
  }

  private boolean isStatutory(ProcessEngine processEngine, Task task) {
    if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
      return false;
    }
    return statutoryByDefinition.computeIfAbsent(task.getProcessDefinitionId(), id -> statutoryTasks(
        processEngine.getRepositoryService().getBpmnModelInstance(id))).contains(task.getTaskDefinitionKey());
  }

  static Set<String> statutoryTasks(BpmnModelInstance model) {
    Set<String> keys = new LinkedHashSet<>();
    for (ModelElementInstance element : model.getModelElementsByType(
        model.getModel().getType(org.camunda.bpm.model.bpmn.instance.UserTask.class))) {
      BaseElement task = (BaseElement) element;
      ExtensionElements extensions = task.getExtensionElements();
      if (extensions == null) {
        continue;
      }
      for (CamundaProperties properties : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (STATUTORY_PROPERTY.equals(property.getCamundaName())
              && "true".equalsIgnoreCase(String.valueOf(property.getCamundaValue()).trim())) {
            keys.add(task.getId());
          }
        }
      }
    }
    return keys;
  }

  @FunctionalInterface
  private interface InConnection<T> {
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs in one engine command: the engine's own connection and transaction (in the Spring application the
   * Spring-managed one), so the watch row, the escalation start and the notifications commit or roll back together.
   */
  private static <T> T inTransaction(ProcessEngine processEngine, InConnection<T> work) {
    CommandExecutor executor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    return executor.execute(commandContext -> {
      Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
      try {
        return work.apply(connection);
      } catch (SQLException e) {
        throw new IllegalStateException("fc_deadline_watch: " + e.getSQLState(), e);
      }
    });
  }
}
