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
 * next 2 working days". Created or brought up to date by name, so a restart changes nothing: a filter whose saved
 * definition (properties and query, fingerprinted in the property {@value #DEFINITION_PROPERTY}) is unchanged is not
 * written again, so nodes starting together do not race on it (issue 9).
 */
public class TasklistFilters {

  public static final String MY_TASKS = "My tasks";
  public static final String MY_TEAMS_TASKS = "My team's tasks";
  public static final String OVERDUE = "Overdue";
  public static final String DUE_SOON = "Due in the next 2 working days";
  /** Fingerprint of the definition a filter was last saved with (Tasklist ignores unknown properties). */
  public static final String DEFINITION_PROPERTY = "fosteringDefinition";

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
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    // the list tells two tasks apart by case and carer (issue 10): task-local copies every task gets
    // (tasklist.CaseViewListener), which a worker reads through the task itself; never the concern's text
    properties.put("variables", List.of(
        Map.of("name", "caseReference", "label", "Case reference"),
        Map.of("name", "carerName", "label", "Foster carer")));
    TaskQuery ordered = query.orderByDueDate().asc();
    String definition = fingerprint(properties, ordered);
    // the oldest of any duplicates a concurrent first start once made
    List<Filter> existing = filters.createFilterQuery().filterName(name).orderByFilterId().asc().list();
    Filter filter = existing.isEmpty() ? null : existing.get(0);
    if (filter != null && filter.getProperties() != null
        && definition.equals(filter.getProperties().get(DEFINITION_PROPERTY))) {
      return filter.getId();
    }
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    properties.put(DEFINITION_PROPERTY, definition);
    filter.setProperties(properties);
    filter.setQuery(ordered);
    filters.saveFilter(filter);
    return filter.getId();
  }

  private static String fingerprint(Map<String, Object> properties, TaskQuery query) {
    try {
      String text = SORTED_JSON.writeValueAsString(properties) + "|"
          + new org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter().toJson(query);
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 12);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint a Tasklist filter", e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper SORTED_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper()
          .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
}
