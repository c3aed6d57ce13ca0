package uk.fosteringconcerns.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters every worker gets (issue 2): "My tasks", "My team's tasks", "Overdue" and "Due in the
 * next 2 working days". Created or brought up to date by name, so a restart changes nothing.
 */
public class TasklistFilters {

  public static final String MY_TASKS = "My tasks";
  public static final String MY_TEAMS_TASKS = "My team's tasks";
  public static final String OVERDUE = "Overdue";
  public static final String DUE_SOON = "Due in the next 2 working days";

  private final FilterService filters;
  private final TaskService tasks;

  public TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  /** @return the filter ids by name */
  public Map<String, String> createOrUpdate() {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put(MY_TASKS, save(MY_TASKS, 10, "Tasks assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    ids.put(MY_TEAMS_TASKS, save(MY_TEAMS_TASKS, 20, "Tasks for my groups, claimed or not",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()));
    ids.put(OVERDUE, save(OVERDUE, 30, "My tasks and my groups' tasks past their statutory due date",
        mine().dueBeforeExpression("${now()}")));
    ids.put(DUE_SOON, save(DUE_SOON, 40, "My tasks and my groups' tasks due by the end of the second working day",
        mine().dueAfterExpression("${now()}").dueBeforeExpression("${deadlines.endOfWorkingDaysFromNow(2)}")));
    return ids;
  }

  private TaskQuery mine() {
    return tasks.createTaskQuery().or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private String save(String name, int priority, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    // only the case reference is shown in the list: no names or concern text on screen by default
    properties.put("variables", List.of(Map.of("name", "caseReference", "label", "Case reference")));
    filter.setProperties(properties);
    filter.setQuery(query.orderByDueDate().asc());
    filters.saveFilter(filter);
    return filter.getId();
  }
}
