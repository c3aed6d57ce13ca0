package uk.fosteringconcerns.misseddeadline;

import static uk.fosteringconcerns.misseddeadline.MissedDeadlineVariables.*;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.notification.Recipients;
import uk.fosteringconcerns.system.AsSystem;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * What happens to a statutory task's deadline (PROCESS-API section 8): one reminder per due date before it, one
 * `missed-deadline` chase once it is late, the chase ended the moment the task is done, and both timers moved with the
 * due date. Called by the task's listeners inside the engine's transaction: a chase starts together with the timer
 * that found the task late, or not at all, so two nodes never start two chases for one task.
 */
public class MissedDeadlines {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final StatutoryDeadline statutoryDeadline;
  private final NotificationService notifications;
  private final SystemDecisions decisions;

  public MissedDeadlines(StatutoryDeadline statutoryDeadline, NotificationService notifications,
      SystemDecisions decisions) {
    this.statutoryDeadline = statutoryDeadline;
    this.notifications = notifications;
    this.decisions = decisions;
  }

  /** The reminder timer fired: tell the holder once for this due date, unless the task is already late. */
  public void remind(DelegateTask task) {
    Date due = task.getDueDate();
    DelegateExecution execution = task.getExecution();
    if (due == null || !due.after(ClockUtil.getCurrentTime()) || !statutoryDeadline.counts(due)
        || due.equals(execution.getVariableLocal(REMINDED_FOR))) {
      return;
    }
    execution.setVariableLocal(REMINDED_FOR, due);
    notifications.queue(caseReference(task), TEMPLATE_REMINDER, holder(task).recipients(),
        task.getProcessInstanceId(), model(task, due));
  }

  /** The chase timer fired: a late task starts its one chase, and the holder is told. */
  public void chase(DelegateTask task) {
    Date due = task.getDueDate();
    DelegateExecution execution = task.getExecution();
    if (due == null || !ClockUtil.getCurrentTime().after(due) || !statutoryDeadline.counts(due)
        || execution.getVariableLocal(CHASE_INSTANCE) != null) {
      return;
    }
    Holder holder = holder(task);
    String reference = caseReference(task);
    String group = holder.groups().isEmpty() ? null : holder.groups().get(0);
    boolean otherAuthorityLeads = otherAuthorityLeads(task.getProcessEngine(), reference);
    // the decision says who chases; nobody (an empty group) when this authority does not own the deadline
    Object chaser = decisions.evaluate(DECISION_KEY, Map.of(LATE_TASK_GROUP, group == null ? "" : group, LEVEL, 1,
        OTHER_AUTHORITY_LEADS, otherAuthorityLeads)).getSingleResult().getEntry(MANAGER_GROUP);
    if (chaser == null || chaser.toString().isBlank()) {
      // the holder still hears, once per due date, that the deadline has passed
      if (!due.equals(execution.getVariableLocal(OVERDUE_TOLD_FOR))) {
        execution.setVariableLocal(OVERDUE_TOLD_FOR, due);
        Map<String, Object> model = model(task, due);
        model.put("chasedBy", "Another authority's LADO leads this case, so no manager here has been asked to chase it.");
        notifications.queue(reference, TEMPLATE_OVERDUE, holder.recipients(), task.getProcessInstanceId(), model);
      }
      return;
    }
    VariableMap variables = Variables.createVariables()
        .putValue(CASE_REFERENCE, reference)
        .putValue(LATE_TASK_ID, task.getId())
        .putValue(LATE_TASK_NAME, task.getName())
        .putValue(LATE_TASK_GROUP, group)
        .putValue(OTHER_AUTHORITY_LEADS, otherAuthorityLeads)
        .putValue(LATE_TASK_HOLDER, holder.describe())
        .putValue(DUE_ON, due)
        .putValue(LEVEL, 1)
        .putValue(LEVEL_STARTED_ON, ClockUtil.getCurrentTime());
    ProcessEngine engine = task.getProcessEngine();
    ProcessInstance chase = AsSystem.call(engine, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, reference, variables));
    execution.setVariableLocal(CHASE_INSTANCE, chase.getId());
    Map<String, Object> model = model(task, due);
    model.put("chasedBy", "The manager who oversees this work has been asked to chase it.");
    notifications.queue(reference, TEMPLATE_OVERDUE, holder.recipients(), task.getProcessInstanceId(), model);
  }

  /** The task was created: its timers count from this due date. */
  public void recordDueDate(DelegateTask task) {
    task.getExecution().setVariableLocal(STATUTORY_DUE_ON, task.getDueDate());
  }

  /**
   * The task changed: when its due date moved, both timers are recalculated from the new date, and a chase running
   * for the old date ends if the task is no longer late.
   */
  public void dueDateMoved(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    Date due = task.getDueDate();
    if (due == null || due.equals(execution.getVariableLocal(STATUTORY_DUE_ON))) {
      return;
    }
    execution.setVariableLocal(STATUTORY_DUE_ON, due);
    ProcessEngine engine = task.getProcessEngine();
    AsSystem.call(engine, () -> {
      for (Job timer : engine.getManagementService().createJobQuery().executionId(execution.getId())
          .activityId(task.getTaskDefinitionKey()).timers().list()) {
        engine.getManagementService().recalculateJobDuedate(timer.getId(), false);
      }
      return null;
    });
    if (due.after(ClockUtil.getCurrentTime())) {
      endChase(task);
    }
  }

  /** The task is done (or ended with its case): its chase, if any, ends with it. */
  public void endChase(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    Object chase = execution.getVariableLocal(CHASE_INSTANCE);
    if (chase == null) {
      return;
    }
    execution.removeVariableLocal(CHASE_INSTANCE);
    ProcessEngine engine = task.getProcessEngine();
    AsSystem.call(engine, () -> {
      engine.getRuntimeService().createMessageCorrelation(MESSAGE_LATE_WORK_DONE)
          .processInstanceId(chase.toString()).correlateAll();
      return null;
    });
  }

  /**
   * Does another authority's LADO lead the case (seed 001 4.1: the carer lives in another borough and the referral to
   * that borough's LADO said so)? Read as the system from any running process of the case.
   */
  private static boolean otherAuthorityLeads(ProcessEngine engine, String caseReference) {
    return caseReference != null && AsSystem.call(engine, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference)
        .variableValueEquals(LEAD_AUTHORITY, LEAD_HOME_AUTHORITY).count() > 0);
  }

  /** Is the late task still open (the chase's check before moving up)? */
  public static boolean isOpen(ProcessEngine engine, String taskId) {
    return AsSystem.call(engine, () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0);
  }

  /** Who holds a task: its assignee, else its candidate groups in the model's order. */
  private record Holder(List<String> groups, String assignee) {
    /** The assignee alone when there is one (the case's named worker or who took it), else the groups. */
    Recipients recipients() {
      return assignee != null ? Recipients.users(assignee) : Recipients.groups(groups.toArray(String[]::new));
    }

    String describe() {
      String teams = groups.isEmpty() ? "no team" : String.join(", ", groups);
      return assignee == null ? teams : assignee + " (" + teams + ")";
    }
  }

  private static Holder holder(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    UserTask element = task.getBpmnModelElementInstance();
    if (element != null && element.getCamundaCandidateGroups() != null
        && !element.getCamundaCandidateGroups().contains("{")) {
      for (String group : element.getCamundaCandidateGroups().split(",")) {
        groups.add(group.trim());
      }
    }
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return new Holder(new ArrayList<>(groups), task.getAssignee());
  }

  private static String caseReference(DelegateTask task) {
    String key = task.getExecution().getProcessBusinessKey();
    return key != null ? key : (String) task.getVariable(CASE_REFERENCE);
  }

  /** What the templates show: the case reference, the task and its date; never a name or the concern. */
  private static Map<String, Object> model(DelegateTask task, Date due) {
    Map<String, Object> model = new HashMap<>();
    model.put("caseReference", caseReference(task));
    model.put("taskName", task.getName());
    model.put("taskId", task.getId());
    model.put("dueOn", Deadlines.toLocalDate(due).format(DAY));
    return model;
  }
}
