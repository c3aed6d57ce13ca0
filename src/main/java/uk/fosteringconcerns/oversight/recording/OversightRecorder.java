package uk.fosteringconcerns.oversight.recording;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * What the oversight recording needs beyond one command: the {@code deadlines} bean and the working-day calendar,
 * the names of the variables it captures, and which user tasks each process definition marks statutory
 * ({@code <camunda:property name="statutory" value="true"/>}, the marker the missed-deadline timers read too).
 */
public class OversightRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(OversightRecorder.class);
  public static final String STATUTORY_PROPERTY = uk.fosteringconcerns.timescales.StatutoryTasks.PROPERTY;
  private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

  private final Deadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final Set<String> captured;
  private final Set<String> presenceOnly;
  private final Map<String, Set<String>> statutoryByDefinition = new ConcurrentHashMap<>();

  /**
   * @param extraVariables names captured beyond those the figures read (fostering.oversight.captured-variables):
   *     values only, so never list a free-text variable here
   */
  public OversightRecorder(Deadlines deadlines, WorkingDayCalendar calendar, Collection<String> extraVariables) {
    this.deadlines = deadlines;
    this.calendar = calendar;
    Set<String> names = new LinkedHashSet<>(Figures.requiredVariables());
    names.addAll(extraVariables);
    this.presenceOnly = Set.copyOf(Figures.presenceOnlyVariables());
    names.removeAll(presenceOnly);
    this.captured = Set.copyOf(names);
  }

  public Set<String> capturedVariables() {
    return captured;
  }

  boolean captures(String name) {
    return captured.contains(name) || presenceOnly.contains(name);
  }

  boolean presenceOnly(String name) {
    return presenceOnly.contains(name);
  }

  WorkingDayCalendar calendar() {
    return calendar;
  }

  /**
   * The last day the task's figure counts as on time, from the variable it counts from now (procedure-timescales
   * through the deadlines bean); null when that variable is not there or the date cannot be counted.
   */
  LocalDate dueDay(Figures.TaskFigure figure, CaseVariables variables) {
    Date anchor = variables.date(figure.anchors().toArray(String[]::new));
    if (anchor == null) {
      return null;
    }
    try {
      return figure.before()
          ? Deadlines.toLocalDate(deadlines.before(figure.step(), anchor))
          : deadlines.dueDay(figure.step(), anchor);
    } catch (RuntimeException e) {
      // a report must never stop a worker's task: the figure is then counted without a timescale
      LOG.warn("Oversight: no timescale for {} ({}): {}", figure.figure(), figure.step(), e.getClass().getSimpleName());
      return null;
    }
  }

  /**
   * When a concern was received, for the 24-hour clock (seed 004 LADO report 6.2). A bare date (Tasklist's date
   * field, stored as midnight) says only the day: if the case was recorded that same day the clock starts when it
   * was recorded, else at the start of that day.
   */
  static Date receipt(Date receivedOn, Date recordedAt) {
    if (receivedOn == null) {
      return null;
    }
    LocalDate day = Deadlines.toLocalDate(receivedOn);
    boolean bareDate = receivedOn.toInstant().atZone(Deadlines.LONDON).toLocalTime().equals(LocalTime.MIDNIGHT);
    if (bareDate && recordedAt != null && day.equals(Deadlines.toLocalDate(recordedAt))
        && recordedAt.after(receivedOn)) {
      return recordedAt;
    }
    return receivedOn;
  }

  static boolean within24Hours(Date receipt, Date decidedAt) {
    return decidedAt.getTime() - receipt.getTime() <= DAY_MILLIS;
  }

  boolean isStatutory(CommandContext commandContext, String processDefinitionId, String taskKey) {
    if (processDefinitionId == null || taskKey == null) {
      return false;
    }
    return statutoryByDefinition.computeIfAbsent(processDefinitionId, id -> statutoryTasks(
        commandContext.runWithoutAuthorization(() -> commandContext.getProcessEngineConfiguration()
            .getRepositoryService().getBpmnModelInstance(id)))).contains(taskKey);
  }

  /** The statutory tasks of a model (the marker the missed-deadline timers read too). */
  public static Set<String> statutoryTasks(BpmnModelInstance model) {
    return uk.fosteringconcerns.timescales.StatutoryTasks.keysIn(model);
  }

}
