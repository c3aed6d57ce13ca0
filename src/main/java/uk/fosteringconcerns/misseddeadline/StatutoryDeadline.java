package uk.fosteringconcerns.misseddeadline;

import static uk.fosteringconcerns.misseddeadline.MissedDeadlineVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * `${statutoryDeadline}`: when a statutory task's two timers fire (PROCESS-API section 8). Each statutory task has,
 * in its model, the timeout listeners StatutoryReminder and StatutoryChase with the time cycles below. A cycle timer
 * stays with its task after it fires (the next firing is ten years on), so when the due date moves the engine
 * recalculates both from the new date: a moved due date moves its reminder (and gives a new one) and its chase.
 *
 * <ul>
 *   <li>reminder: REMINDER working days before the due date at 09:00 ({@code deadlines.reminderBefore}), or at once if
 *       that has passed and the task is not yet late; none for a task already late;</li>
 *   <li>chase: the moment after the due date (a due date is the end of its day), or at once for a task created
 *       late.</li>
 * </ul>
 * Lateness counts only for due dates on or after {@code fostering.missed-deadline.counts-from} (going live with cases
 * already late does not flood managers).
 */
public class StatutoryDeadline {

  /** Ten years: after firing, a cycle timer waits here until its task's due date moves or the task ends. */
  private static final String PERIOD = "P3650D";
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final Deadlines deadlines;
  private final LocalDate countsFrom;
  /** The due-date expression of each statutory task, parsed once. */
  private final Map<String, Expression> dueExpressions = new ConcurrentHashMap<>();

  /** @param countsFrom the first due date that counts as late, or null for every one */
  public StatutoryDeadline(Deadlines deadlines, LocalDate countsFrom) {
    this.deadlines = deadlines;
    this.countsFrom = countsFrom;
  }

  /** The time cycle of the task's reminder timer. */
  public String reminderCycle(DelegateExecution execution) {
    Date due = dueOf(execution);
    Date now = ClockUtil.getCurrentTime();
    if (due == null || !counts(due) || !due.after(now)) {
      return parked(now);
    }
    Date remindAt = deadlines.reminderBefore(due);
    return cycle(remindAt.after(now) ? remindAt : soon(now));
  }

  /** The time cycle of the task's chase timer. */
  public String chaseCycle(DelegateExecution execution) {
    Date due = dueOf(execution);
    Date now = ClockUtil.getCurrentTime();
    if (due == null || !counts(due)) {
      return parked(now);
    }
    Date late = new Date(due.getTime() + 1000);
    return cycle(late.after(now) ? late : soon(now));
  }

  /** True when lateness counts for a task due then (the go-live setting). */
  public boolean counts(Date due) {
    return countsFrom == null || !Deadlines.toLocalDate(due).isBefore(countsFrom);
  }

  /**
   * The due date the timers count from: the one recorded on the task's execution when it was created or last moved;
   * at creation the timers are made just before the task itself, so it is the model's own due-date expression.
   */
  Date dueOf(DelegateExecution execution) {
    if (execution.getVariableLocal(STATUTORY_DUE_ON) instanceof Date recorded) {
      return recorded;
    }
    ModelElementInstance element = execution.getBpmnModelElementInstance();
    if (!(element instanceof UserTask task) || task.getCamundaDueDate() == null) {
      return null;
    }
    String key = execution.getProcessDefinitionId() + "#" + task.getId();
    Expression expression = dueExpressions.computeIfAbsent(key, k -> ((ProcessEngineConfigurationImpl)
        execution.getProcessEngine().getProcessEngineConfiguration()).getExpressionManager()
        .createExpression(task.getCamundaDueDate()));
    Object value = expression.getValue(execution);
    return value == null ? null : value instanceof Date date ? date : Deadlines.parseIsoDate(value.toString());
  }

  private static String cycle(Date start) {
    return "R/" + ISO.format(start.toInstant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)) + "/" + PERIOD;
  }

  private static String parked(Date now) {
    return cycle(Date.from(now.toInstant().plus(3650, ChronoUnit.DAYS)));
  }

  /** A moment certainly after now once truncated to the second. */
  private static Date soon(Date now) {
    return Date.from(Instant.ofEpochMilli(now.getTime()).plusSeconds(2));
  }
}
