package uk.fosteringconcerns.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.notification.NotificationTemplates;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/**
 * Deadlines that slip escalate by themselves (seed 004 section 10.5), with a test-only model holding one statutory
 * task (Initial Evaluation Meeting within 5 working days, seed 004 LADO flowchart) and one ordinary task.
 */
class DeadlineWatchTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  static final String TEST_PROCESS = "statutory-task-test";
  /** Referred Monday 2 March 2026: the meeting is due by the end of Monday 9 March, reminder Friday 6 March 09:00. */
  static final Date REFERRED = london(2026, 3, 2, 10, 0, 0);

  ProcessEngine engine;
  String deployment;
  String testDeployment;
  DeadlineWatch watch;
  NotificationService notifications;
  JdbcTemplate jdbc;

  static Date london(int y, int m, int d, int h, int min, int s) {
    return Date.from(ZonedDateTime.of(y, m, d, h, min, s, 0, Deadlines.LONDON).toInstant());
  }

  @BeforeEach
  void deploy(ProcessEngine engine) {
    this.engine = engine;
    ClockUtil.setCurrentTime(REFERRED);
    deployment = ProcessEngineFixture.deployAll(engine);
    testDeployment = engine.getRepositoryService().createDeployment().name("test: statutory task")
        .addClasspathResource("escalation/statutory-task-test.bpmn").deploy().getId();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    watch = (DeadlineWatch) configuration.getBeans().get("deadlineWatch");
    notifications = new NotificationService(configuration.getDataSource(), new NotificationTemplates());
    jdbc = new JdbcTemplate(configuration.getDataSource());
    // as application.yaml: group ids such as fostering-manager
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+");
  }

  @AfterEach
  void undeploy() {
    ClockUtil.reset();
    ProcessEngineFixture.undeploy(engine, testDeployment);
    ProcessEngineFixture.undeploy(engine, deployment);
  }

  private ProcessInstance startCase(String reference, String holderGroup) {
    return engine.getRuntimeService().startProcessInstanceByKey(TEST_PROCESS, reference, Variables.createVariables()
        .putValue("referredOn", REFERRED).putValue("holderGroup", holderGroup));
  }

  private Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private List<ProcessInstance> escalations() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(EscalationVariables.PROCESS_KEY).list();
  }

  private List<Notification> sent(String reference, String template) {
    return notifications.forCase(reference).stream().filter(n -> template.equals(n.template())).toList();
  }

  @Test
  @DisplayName("seed 004 10.5: one reminder before the due date, then one escalation once overdue, never twice")
  void remindsThenEscalatesExactlyOnce() {
    ProcessInstance instance = startCase("CC-2026-00007", "lado");
    Task statutory = task(instance, "Task_StatutoryStep");
    assertThat(statutory.getDueDate()).isEqualTo(london(2026, 3, 9, 23, 59, 59));

    ClockUtil.setCurrentTime(london(2026, 3, 5, 12, 0, 0));
    assertThat(watch.run()).isEqualTo(new DeadlineWatch.Result(0, 0));

    // REMINDER (procedure-timescales): 1 working day before, at 09:00
    ClockUtil.setCurrentTime(london(2026, 3, 6, 9, 0, 0));
    assertThat(watch.run()).isEqualTo(new DeadlineWatch.Result(1, 0));
    assertThat(watch.run()).isEqualTo(new DeadlineWatch.Result(0, 0));
    List<Notification> reminders = sent("CC-2026-00007", DeadlineWatch.TEMPLATE_REMINDER);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).recipientGroups()).isEqualTo("lado");
    assertThat(reminders.get(0).subject()).contains("Hold the initial evaluation meeting").contains("CC-2026-00007")
        .contains("Monday 9 March 2026");

    // still within the due day: not overdue
    ClockUtil.setCurrentTime(london(2026, 3, 9, 23, 0, 0));
    assertThat(watch.run()).isEqualTo(new DeadlineWatch.Result(0, 0));
    assertThat(escalations()).isEmpty();

    ClockUtil.setCurrentTime(london(2026, 3, 10, 0, 5, 0));
    assertThat(watch.run()).isEqualTo(new DeadlineWatch.Result(0, 1));
    assertThat(watch.run()).isEqualTo(new DeadlineWatch.Result(0, 0));
    // a second node (its own watch, nothing cached) does not start another one
    DeadlineWatch otherNode = new DeadlineWatch(() -> engine, new Deadlines(
        new uk.fosteringconcerns.calendar.WorkingDayCalendar(List.of(), 2015, 2030),
        new uk.fosteringconcerns.timescales.ProcedureTimescales(() -> engine, "dorset")), notifications);
    assertThat(otherNode.run()).isEqualTo(new DeadlineWatch.Result(0, 0));

    List<ProcessInstance> escalations = escalations();
    assertThat(escalations).hasSize(1);
    ProcessInstance escalation = escalations.get(0);
    assertThat(escalation.getBusinessKey()).isEqualTo("CC-2026-00007");
    var variables = engine.getRuntimeService().getVariables(escalation.getId());
    assertThat(variables).containsEntry(EscalationVariables.CASE_REFERENCE, "CC-2026-00007")
        .containsEntry(EscalationVariables.OVERDUE_TASK_ID, statutory.getId())
        .containsEntry(EscalationVariables.OVERDUE_TASK_KEY, "Task_StatutoryStep")
        .containsEntry(EscalationVariables.OVERDUE_TASK_HOLDER, "lado")
        .containsEntry(EscalationVariables.RAISED_BY_GROUP, "quality-assurance")
        .containsEntry(EscalationVariables.START_STAGE, 2)
        .containsEntry(EscalationVariables.CURRENT_STAGE, 2);
    // the first stage above the LADO: the service manager
    Task respond = engine.getTaskService().createTaskQuery().processInstanceId(escalation.getId()).singleResult();
    assertThat(respond.getTaskDefinitionKey()).isEqualTo(EscalationVariables.TASK_RESPOND);
    assertThat(engine.getTaskService().getIdentityLinksForTask(respond.getId()))
        .anyMatch(link -> "service-manager".equals(link.getGroupId()));
    assertThat(sent("CC-2026-00007", DeadlineWatch.TEMPLATE_OVERDUE)).hasSize(1)
        .allMatch(n -> "lado".equals(n.recipientGroups()));
    assertThat(sent("CC-2026-00007", "escalation-stage")).hasSize(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_deadline_watch WHERE task_id = ?", Integer.class,
        statutory.getId())).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT escalation_instance_id FROM fc_deadline_watch WHERE task_id = ? AND"
        + " kind = 'ESCALATION'", String.class, statutory.getId())).isEqualTo(escalation.getId());

    // the ordinary task, due the same day, was never reminded nor escalated
    Task ordinary = task(instance, "Task_OrdinaryStep");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_deadline_watch WHERE task_id = ?", Integer.class,
        ordinary.getId())).isZero();

    engine.getTaskService().complete(statutory.getId());
    engine.getTaskService().complete(ordinary.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  @DisplayName("seed 004 10.3: a social worker's overdue task goes to the team manager (stage 1), a service"
      + " manager's to the head of service (stage 3)")
  void startsAboveTheHolder() {
    startCase("CC-2026-00008", "fostering-social-worker");
    startCase("CC-2026-00009", "service-manager");
    ClockUtil.setCurrentTime(london(2026, 3, 10, 9, 0, 0));
    assertThat(watch.run()).isEqualTo(new DeadlineWatch.Result(0, 2));
    for (ProcessInstance escalation : escalations()) {
      int expected = "CC-2026-00008".equals(escalation.getBusinessKey()) ? 1 : 3;
      assertThat(engine.getRuntimeService().getVariable(escalation.getId(), EscalationVariables.CURRENT_STAGE))
          .isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("a task assigned to one person is held by that person's groups; they get the mail too")
  void assignedTask() {
    engine.getIdentityService().saveGroup(group("fostering-manager"));
    var user = engine.getIdentityService().newUser("frank-test");
    user.setEmail("frank@example.org");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership("frank-test", "fostering-manager");
    ProcessInstance instance = startCase("CC-2026-00010", "fostering-manager");
    Task statutory = task(instance, "Task_StatutoryStep");
    engine.getTaskService().deleteCandidateGroup(statutory.getId(), "fostering-manager");
    engine.getTaskService().setAssignee(statutory.getId(), "frank-test");

    ClockUtil.setCurrentTime(london(2026, 3, 10, 9, 0, 0));
    assertThat(watch.run().escalated()).isEqualTo(1);
    Notification overdue = sent("CC-2026-00010", DeadlineWatch.TEMPLATE_OVERDUE).get(0);
    assertThat(overdue.recipientGroups()).isEqualTo("fostering-manager");
    assertThat(overdue.recipientAddress()).isEqualTo("frank@example.org");
    ProcessInstance escalation = escalations().get(0);
    assertThat(engine.getRuntimeService().getVariable(escalation.getId(), EscalationVariables.CURRENT_STAGE))
        .isEqualTo(2);
  }

  @Test
  @DisplayName("two watchers at the same moment (two nodes): the unique key lets exactly one escalation start")
  void concurrentWatchersEscalateOnce() throws Exception {
    startCase("CC-2026-00011", "lado");
    ClockUtil.setCurrentTime(london(2026, 3, 10, 9, 0, 0));
    Date now = ClockUtil.getCurrentTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<DeadlineWatch.Result>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        DeadlineWatch node = new DeadlineWatch(() -> engine, new Deadlines(
            new uk.fosteringconcerns.calendar.WorkingDayCalendar(List.of(), 2015, 2030),
            new uk.fosteringconcerns.timescales.ProcedureTimescales(() -> engine, "dorset")), notifications);
        runs.add(() -> {
          ClockUtil.setCurrentTime(now);
          return node.run();
        });
      }
      int escalated = 0;
      for (Future<DeadlineWatch.Result> result : pool.invokeAll(runs)) {
        escalated += result.get().escalated();
      }
      assertThat(escalated).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(escalations()).hasSize(1);
  }

  private org.camunda.bpm.engine.identity.Group group(String id) {
    var group = engine.getIdentityService().newGroup(id);
    group.setName(id);
    return group;
  }
}
