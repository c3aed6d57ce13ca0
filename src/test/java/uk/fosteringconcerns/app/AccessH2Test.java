package uk.fosteringconcerns.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.get;
import static uk.fosteringconcerns.app.AppTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.identity.IdentitySetup;
import uk.fosteringconcerns.identity.TasklistFilters;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * The whole application on H2 with the demo users: REST authentication, authorizations user by user, Tasklist
 * and Cockpit access, the Tasklist filters and idempotent set-up (issue 2, item 3; PROCESS-API section 1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:access-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class AccessH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentitySetup setup;

  private final List<String> createdTasks = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    engine.getIdentityService().clearAuthentication();
    createdTasks.forEach(id -> engine.getTaskService().deleteTask(id, true));
  }

  static List<String> users() {
    return new ArrayList<>(DemoUsers.USERS.keySet());
  }

  @Test
  @DisplayName("/engine-rest answers 401 without credentials and with a wrong password")
  void restNeedsAuthentication() {
    assertThat(get(port, "/engine-rest/task", null, null).statusCode()).isEqualTo(401);
    assertThat(get(port, "/engine-rest/process-definition", null, null).statusCode()).isEqualTo(401);
    // a wrong password also delays that user's next login (the engine's brute-force protection): use another user
    assertThat(get(port, "/engine-rest/task", "quinn", "wrong").statusCode()).isEqualTo(401);
    assertThat(get(port, "/engine-rest/task", "nobody", "demo").statusCode()).isEqualTo(401);
    assertThat(get(port, "/engine-rest/task", null, null).headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(get(port, "/engine-rest/task", "carol", "demo").statusCode()).isEqualTo(200);
    assertThat(get(port, "/api/notifications", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("Tasklist is served for a new user to log in")
  void tasklistIsServed() {
    var page = get(port, "/camunda/app/tasklist/default/", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsIgnoringCase("tasklist");
  }

  @ParameterizedTest(name = "{0} sees only the tasks of their own group")
  @MethodSource("users")
  @DisplayName("each user lists only their groups' tasks over REST")
  void tasksByGroup(String user) throws Exception {
    Map<String, String> taskIdByGroup = new HashMap<>();
    for (String group : Groups.WORKERS) {
      Task task = engine.getTaskService().newTask();
      task.setName("Access check for " + group);
      engine.getTaskService().saveTask(task);
      engine.getTaskService().addCandidateGroup(task.getId(), group);
      createdTasks.add(task.getId());
      taskIdByGroup.put(group, task.getId());
    }
    JsonNode tasks = JSON.readTree(get(port, "/engine-rest/task", user, DemoUsers.PASSWORD).body());
    List<String> visible = new ArrayList<>();
    tasks.forEach(t -> visible.add(t.path("id").asText()));

    String group = DemoUsers.USERS.get(user);
    if (Groups.ADMIN.equals(group)) {
      assertThat(visible).containsAll(taskIdByGroup.values());
      return;
    }
    assertThat(visible).containsExactly(taskIdByGroup.get(group));
    // and cannot complete another group's task
    String other = taskIdByGroup.get(Groups.LADO.equals(group) ? Groups.IRO : Groups.LADO);
    int status = post(port, "/engine-rest/task/" + other + "/complete", "{}", user, DemoUsers.PASSWORD).statusCode();
    assertThat(status).isIn(403, 404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(other).count()).isOne();
    // their own task is completed only through a form: a task without one cannot be completed by a worker (issue 17)
    String own = taskIdByGroup.get(group);
    assertThat(post(port, "/engine-rest/task/" + own + "/complete", "{}", user, DemoUsers.PASSWORD).statusCode())
        .isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(own).count()).isOne();
  }

  @ParameterizedTest(name = "{0}: Tasklist yes; Cockpit only for managers, LADO, QA and admin")
  @MethodSource("users")
  @DisplayName("application access per user")
  void applicationAccess(String user) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<String> groups = List.of(DemoUsers.USERS.get(user));
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
        .isTrue();
    boolean reader = Groups.CASE_READERS.contains(groups.get(0)) || Groups.ADMIN.equals(groups.get(0));
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
        .isEqualTo(reader);
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.READ_INSTANCE,
        Resources.PROCESS_DEFINITION, "management-of-allegations")).isEqualTo(reader);
    // every worker may raise a concern or an escalation and evaluate the decisions
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "concern-triage")).isTrue();
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "escalation")).isTrue();
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.CREATE_INSTANCE,
        Resources.DECISION_DEFINITION, "lado-threshold")).isTrue();
    // nobody but admin starts Standards of Care directly under the Dorset guidance, the default profile (seed 000
    // section 2; issue 14: standardsofcare.SocDirectStartAccess)
    boolean socStarter = Groups.ADMIN.equals(groups.get(0));
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "standards-of-care")).isEqualTo(socStarter);
    // PROCESS-API section 7: every worker reports significant harm; the fostering team records a resignation
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "significant-harm-report")).isTrue();
    boolean recordsResignation = Groups.FOSTERING_SOCIAL_WORKER.equals(groups.get(0))
        || Groups.FOSTERING_MANAGER.equals(groups.get(0)) || Groups.ADMIN.equals(groups.get(0));
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "carer-resignation")).isEqualTo(recordsResignation);
    // Cockpit readers cannot change cases
    if (!Groups.ADMIN.equals(groups.get(0))) {
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.UPDATE, Resources.PROCESS_INSTANCE, "x"))
          .isFalse();
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.DELETE, Resources.PROCESS_INSTANCE, "x"))
          .isFalse();
    }
  }

  @Test
  @DisplayName("set-up is idempotent: running it again changes nothing")
  void setupIsIdempotent() {
    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    long groups = engine.getIdentityService().createGroupQuery().count();
    long users = engine.getIdentityService().createUserQuery().count();
    long filters = engine.getFilterService().createFilterQuery().count();
    ApplicationArguments none = new DefaultApplicationArguments();
    setup.run(none);
    setup.run(none);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
    assertThat(filters).isEqualTo(4);
  }

  @Test
  @DisplayName("the four Tasklist filters work for a worker: overdue and due in the next 2 working days")
  void filters() {
    TaskService tasks = engine.getTaskService();
    Task overdue = tasks.newTask();
    overdue.setName("Overdue check");
    overdue.setDueDate(new Date(System.currentTimeMillis() - 86_400_000L));
    tasks.saveTask(overdue);
    tasks.addCandidateGroup(overdue.getId(), Groups.LADO);
    createdTasks.add(overdue.getId());
    Task soon = tasks.newTask();
    soon.setName("Due soon check");
    LocalDate today = Deadlines.toLocalDate(new Date());
    soon.setDueDate(Deadlines.endOf(today));
    tasks.saveTask(soon);
    tasks.addCandidateGroup(soon.getId(), Groups.LADO);
    createdTasks.add(soon.getId());
    Task mine = tasks.newTask();
    mine.setName("Assigned check");
    mine.setAssignee("laura");
    tasks.saveTask(mine);
    createdTasks.add(mine.getId());

    FilterService filters = engine.getFilterService();
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("laura", List.of(Groups.LADO));
    assertThat(ids(filters, TasklistFilters.MY_TASKS)).containsExactly(mine.getId());
    assertThat(ids(filters, TasklistFilters.MY_TEAMS_TASKS)).contains(overdue.getId(), soon.getId());
    assertThat(ids(filters, TasklistFilters.OVERDUE)).containsExactly(overdue.getId());
    assertThat(ids(filters, TasklistFilters.DUE_SOON)).contains(soon.getId()).doesNotContain(overdue.getId());
    identity.setAuthentication("chris", List.of(Groups.CHILDRENS_SOCIAL_WORKER));
    assertThat(ids(filters, TasklistFilters.OVERDUE)).isEmpty();
    assertThat(filters.createFilterQuery().count()).isEqualTo(4);
  }

  private static List<String> ids(FilterService filters, String name) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    List<Task> list = filters.list(filter.getId());
    return list.stream().map(Task::getId).toList();
  }

  @Test
  @DisplayName("Camunda Forms are deployed with the models (the starter skips .form unless told)")
  void formsAreDeployed() {
    List<String> names = new ArrayList<>();
    engine.getRepositoryService().createDeploymentQuery().list().forEach(d ->
        names.addAll(engine.getRepositoryService().getDeploymentResourceNames(d.getId())));
    assertThat(names).anyMatch(n -> n.endsWith(".form"));
    assertThat(names).anyMatch(n -> n.endsWith("procedure-timescales.dmn"));
  }
}
