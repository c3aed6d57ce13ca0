package uk.fosteringconcerns.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * Issue 9.4: ERROR means someone must act. A refused request (form validation, unknown id) is one WARN line with
 * neither stack trace nor value, a lost race is one INFO line, a real failure is ERROR with its stack trace, and the
 * engine's own ENGINE-16004 ERROR for every failed command is gone.
 */
class EngineLoggingTest {

  static ProcessEngine engine;
  final ListAppender<ILoggingEvent> log = new ListAppender<>();
  final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  Level rootLevel;

  @BeforeAll
  static void buildEngine() {
    // the product's engine-only configuration, which carries EngineLoggingPlugin like the application
    engine = ProcessEngineFixture.configuration(ProcessEngineFixture.DORSET).buildProcessEngine();
    ProcessEngineFixture.deployAll(engine);
    engine.getRepositoryService().createDeployment().addModelInstance("logging-check.bpmn",
        Bpmn.createExecutableProcess("logging-check").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Check").serviceTask("Task_Broken").camundaExpression("${noSuchBean.run()}")
            .endEvent().done()).deploy();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @BeforeEach
  void capture() {
    rootLevel = root.getLevel();
    root.setLevel(Level.DEBUG);
    log.start();
    root.addAppender(log);
  }

  @AfterEach
  void release() {
    root.detachAppender(log);
    root.setLevel(rootLevel);
    engine.getIdentityService().clearAuthentication();
  }

  private List<ILoggingEvent> atLeast(Level level) {
    return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(level)).toList();
  }

  @Test
  @DisplayName("a command the engine refuses (a variable written to a case that is not there) is one WARN line naming"
      + " the user, without the value")
  void refusalIsOneWarnLine() {
    engine.getIdentityService().setAuthentication("carol", List.of("childrens-team-manager"));
    assertThatThrownBy(() -> engine.getRuntimeService().setVariable("no-such-case", ConcernTriageVariables.CARER_ID,
        "Mrs Jane Example!")).isInstanceOf(ProcessEngineException.class);

    List<ILoggingEvent> lines = atLeast(Level.WARN);
    assertThat(lines).hasSize(1);
    ILoggingEvent line = lines.get(0);
    assertThat(line.getLevel()).isEqualTo(Level.WARN);
    assertThat(line.getLoggerName()).isEqualTo(CommandOutcomeLogger.class.getName());
    assertThat(line.getThrowableProxy()).isNull();
    assertThat(line.getFormattedMessage()).contains("carol").doesNotContain("Jane").doesNotContain("Example");
    assertThat(log.list).noneMatch(e -> e.getLoggerName().startsWith("org.camunda.bpm.engine.context")
        && e.getLevel().isGreaterOrEqual(Level.WARN));
  }

  @Test
  @DisplayName("an unknown task is a refusal too: one WARN line")
  void notFoundIsOneWarnLine() {
    assertThatThrownBy(() -> engine.getTaskService().complete("no-such-task")).isInstanceOf(ProcessEngineException.class);
    assertThat(atLeast(Level.WARN)).singleElement().satisfies(e -> {
      assertThat(e.getLevel()).isEqualTo(Level.WARN);
      assertThat(e.getThrowableProxy()).isNull();
    });
  }

  @Test
  @DisplayName("a real failure (a broken expression in a model) is ERROR with the stack trace")
  void failureIsError() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("logging-check").getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    log.list.clear();
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId())).isInstanceOf(ProcessEngineException.class);
    List<ILoggingEvent> lines = atLeast(Level.WARN);
    assertThat(lines).singleElement().satisfies(e -> {
      assertThat(e.getLevel()).isEqualTo(Level.ERROR);
      assertThat(e.getThrowableProxy()).isNotNull();
      assertThat(e.getFormattedMessage()).contains("CompleteTaskCmd");
    });
    engine.getRuntimeService().deleteProcessInstance(instance, "test");
  }

  @Test
  @DisplayName("a lost race (optimistic locking: two saves of one task) is one INFO line, not ERROR")
  void raceIsInfo() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("logging-check").getId();
    Task first = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    Task second = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    first.setPriority(60);
    engine.getTaskService().saveTask(first);
    second.setPriority(70);
    log.list.clear();
    assertThatThrownBy(() -> engine.getTaskService().saveTask(second)).isInstanceOf(OptimisticLockingException.class);
    assertThat(atLeast(Level.INFO)).singleElement().satisfies(e -> {
      assertThat(e.getLevel()).isEqualTo(Level.INFO);
      assertThat(e.getThrowableProxy()).isNull();
      assertThat(e.getFormattedMessage()).contains("OptimisticLockingException");
    });
    engine.getRuntimeService().deleteProcessInstance(instance, "test");
  }

  @Test
  @DisplayName("the job executor logs a job's last failure as ERROR (it becomes an incident) and a race as DEBUG")
  void jobFailures() {
    assertThat(ExecuteJobHelper.LOGGING_HANDLER).isInstanceOf(JobFailureLogger.class);
    assertThat(engine.getProcessEngineConfiguration().isEnableCmdExceptionLogging()).isFalse();
    assertThat(engine.getProcessEngineConfiguration().isEnableReducedJobExceptionLogging()).isTrue();

    ExecuteJobHelper.LOGGING_HANDLER.exceptionWhileExecutingJob("job-1", new OptimisticLockingException("lost"));
    assertThat(atLeast(Level.INFO)).isEmpty();
    ExecuteJobHelper.LOGGING_HANDLER.exceptionWhileExecutingJob("job-2", new IllegalStateException("broken"));
    assertThat(atLeast(Level.WARN)).singleElement().satisfies(e -> {
      assertThat(e.getLevel()).isEqualTo(Level.ERROR);
      assertThat(e.getThrowableProxy()).isNotNull();
      assertThat(e.getFormattedMessage()).contains("job-2").contains("incident");
    });
  }

  @Test
  @DisplayName("classification: refusals, races (optimistic locking, unique key 23505) and failures")
  void classification() {
    assertThat(FailureKind.of(new FormFieldValidationException("carerId", "bad"))).isEqualTo(FailureKind.REFUSED);
    assertThat(FailureKind.of(new ProcessEngineException("wrapped",
        new org.camunda.bpm.engine.AuthorizationException("u", "READ", "Task", "t1"))))
        .isEqualTo(FailureKind.REFUSED);
    assertThat(FailureKind.of(new ProcessEngineException("flush",
        new java.sql.SQLException("duplicate key", "23505")))).isEqualTo(FailureKind.RACE);
    assertThat(FailureKind.of(new OptimisticLockingException("x"))).isEqualTo(FailureKind.RACE);
    assertThat(FailureKind.of(new NullPointerException())).isEqualTo(FailureKind.FAILURE);
    assertThat(FailureKind.describeRefusal(new FormFieldValidationException("carerId", "Jane")))
        .isEqualTo("FormFieldValidationException (field carerId)");
    assertThat(FailureKind.describeRefusal(new FormFieldValidationException(Map.of("x", "Jane"), "Jane")))
        .isEqualTo("FormFieldValidationException");
  }
}
