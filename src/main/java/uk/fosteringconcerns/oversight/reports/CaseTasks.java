package uk.fosteringconcerns.oversight.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * The open tasks of one case (process instance) as a manager looks at them in Cockpit: who holds each, when it is due
 * and how late it is. Cockpit's own "User Tasks" tab lists only the tasks the viewer may work on, so a manager saw "No
 * user tasks"; this list shows the tasks of the groups the viewer oversees (team-oversight), read-only, and only on a
 * case the viewer may read.
 */
public class CaseTasks {

  /** The viewer may not read that process instance (or there is none). */
  public static class NotFoundException extends RuntimeException {
    public NotFoundException() {
      super("No such case, or not one you may read");
    }
  }

  private final Supplier<ProcessEngine> engine;
  private final WorkingDayCalendar calendar;

  public CaseTasks(Supplier<ProcessEngine> engine, WorkingDayCalendar calendar) {
    this.engine = engine;
    this.calendar = calendar;
  }

  public List<Map<String, Object>> openTasks(String processInstanceId, ReportScope scope) {
    ProcessEngine processEngine = engine.get();
    // under the viewer's own authorizations: the same cases Cockpit shows them
    if (processInstanceId == null || processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() == 0) {
      throw new NotFoundException();
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    List<Map<String, Object>> rows = configuration.getCommandExecutorTxRequired().execute(commandContext ->
        commandContext.runWithoutAuthorization(() -> rows(processEngine, processInstanceId, scope)));
    return rows;
  }

  private List<Map<String, Object>> rows(ProcessEngine processEngine, String processInstanceId, ReportScope scope) {
    Date now = ClockUtil.getCurrentTime();
    LocalDate today = Deadlines.toLocalDate(now);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Task task : processEngine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .orderByTaskCreateTime().asc().list()) {
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : processEngine.getTaskService().getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      if (!scope.all() && groups.stream().noneMatch(scope::covers)) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("taskName", task.getName());
      row.put("taskKey", task.getTaskDefinitionKey());
      row.put("groups", groups);
      row.put("assignee", task.getAssignee());
      row.put("created", OversightApi.iso(task.getCreateTime()));
      row.put("dueOn", OversightApi.iso(task.getDueDate()));
      boolean overdue = task.getDueDate() != null && task.getDueDate().before(now);
      row.put("overdue", overdue);
      Integer late = null;
      if (overdue) {
        try {
          late = calendar.workingDaysBetween(Deadlines.toLocalDate(task.getDueDate()), today);
        } catch (RuntimeException e) {
          late = null;
        }
      }
      row.put("workingDaysLate", late);
      rows.add(row);
    }
    return rows;
  }
}
