package uk.fosteringconcerns.standardsofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.notification.NotificationService;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import uk.fosteringconcerns.testing.Coverage;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Shared steps of the standards-of-care tests: each completes a task the way a worker would (only the fields of
 * its form), with the engine clock (ClockUtil) moved as the days pass. Never uses real names or concern text.
 */
abstract class SocTestSupport {

  private static int carers;
  static final String NAME = "Alex Placeholder-Carer";
  static final String CHILD = "CH-90210";
  static final String SUMMARY = "Placeholder concern text";
  /** Monday 2 March 2026, 10:00 London: no bank holiday before Good Friday (3 April). */
  static final LocalDate START = LocalDate.of(2026, 3, 2);

  ProcessEngine engine;
  String deployment;
  /** A carer id of its own for every test: concerns are counted per carer over the engine's whole history. */
  String CARER;
  Deadlines deadlines;

  @BeforeEach
  void deploy(ProcessEngine engine) {
    this.engine = engine;
    CARER = "FC-" + (++carers) + "-" + getClass().getSimpleName().length();
    BpmnAwareTests.init(engine);
    clock(START, 10);
    deployment = ProcessEngineFixture.deployAll(engine);
    deadlines = bean("deadlines");
  }

  @AfterEach
  void undeploy() {
    // called cases first, without their output mappings (a cancelled task's outputs are not the worker's answers)
    engine.getRuntimeService().createProcessInstanceQuery().list().forEach(pi -> delete(pi.getId()));
    ProcessEngineFixture.undeploy(engine, deployment);
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private void delete(String processInstanceId) {
    engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
        .forEach(sub -> delete(sub.getId()));
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(processInstanceId, "test ended", true, true, true, true);
    }
  }

  /**
   * The fixture's engine with flow-node coverage recorded (target/process-test-coverage); the per-class minimum is
   * not asserted here because a profile's class covers only its own paths: coverage is summed over the classes.
   */
  static ProcessEngineCoverageExtension coverage(String profile) {
    var configuration = ProcessEngineFixture.configuration(profile);
    Coverage.enableCoverage(configuration);
    return ProcessEngineCoverageExtension.builder(configuration).build();
  }

  @SuppressWarnings("unchecked")
  <T> T bean(String name) {
    return (T) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans().get(name);
  }

  static Date at(LocalDate day, int hour) {
    return Date.from(ZonedDateTime.of(day, LocalTime.of(hour, 0), Deadlines.LONDON).toInstant());
  }

  static void clock(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(at(day, hour));
  }

  static LocalDate today() {
    return Deadlines.toLocalDate(ClockUtil.getCurrentTime());
  }

  static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Map<String, Object> intake(String carerId) {
    return vars(RECEIVED_ON, at(today(), 9), CARER_ID, carerId, CARER_NAME, NAME, CHILD_ID, CHILD,
        CONCERN_SUMMARY, SUMMARY, RAISED_BY, "anonymous");
  }

  /** A fostering manager starts the case directly with the start form soc-intake (seed 001 4.1). */
  ProcessInstance start(String carerId) {
    return uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, intake(carerId));
  }

  Task task(ProcessInstance pi, String taskId) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskId).singleResult();
    assertThat(task).as("open task " + taskId).isNotNull();
    return task;
  }

  void complete(ProcessInstance pi, String taskId, Map<String, Object> values) {
    uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(task(pi, taskId).getId(), values);
  }

  /** Runs every job due by the engine clock (timers, in order of due date). */
  void runDueJobs() {
    for (int i = 0; i < 50; i++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  List<Notification> notifications(ProcessInstance pi) {
    NotificationService service = bean("notificationService");
    return service.forCase(pi.getBusinessKey());
  }

  List<String> templates(ProcessInstance pi) {
    return notifications(pi).stream().map(Notification::template).toList();
  }

  // ---------------------------------------------------------------- the steps

  void visit(ProcessInstance pi, boolean carerAgrees, LocalDate actionsDueOn) {
    complete(pi, "Task_VisitFosterCarer", vars(VISIT_DATE, at(today(), 9), STANDARDS_BREACHED, "3.6, 22.10",
        ACTION_PLAN, "Agreed actions", ACTIONS_DUE_ON, at(actionsDueOn, 9), CARER_AGREES_ACTIONS, carerAgrees,
        DISCUSSED_WITH_CHILD, true));
  }

  void sendVisitRecord(ProcessInstance pi) {
    complete(pi, "Task_SendVisitRecord", vars(RECORD_SIGNED_BY_CARER, true));
  }

  void consider(ProcessInstance pi, boolean pattern, boolean refused, boolean significant) {
    complete(pi, "Task_ConsiderSocMeeting", vars(PATTERN_EMERGING, pattern, CARER_REFUSED_TO_COOPERATE, refused,
        DEEMED_SIGNIFICANT, significant));
  }

  /** Start, visit (today), visit record, manager's consideration with no trigger. */
  ProcessInstance throughVisit(String carerId) {
    ProcessInstance pi = start(carerId);
    visit(pi, true, START.plusDays(14));
    sendVisitRecord(pi);
    consider(pi, false, false, false);
    return pi;
  }

  void referToFosteringNetwork(ProcessInstance pi) {
    complete(pi, "Task_ReferToFosteringNetwork", vars(FOSTERING_NETWORK_REFERRAL_MADE, true));
  }

  void schedule(ProcessInstance pi, Date meetingDate) {
    complete(pi, "Task_ScheduleSocMeeting", vars(MEETING_DATE, meetingDate, MEETING_ARRANGEMENTS, "Virtual"));
  }

  void writeReport(ProcessInstance pi) {
    complete(pi, "Task_WriteSocReport", vars(REPORT_REASON, "r", FOSTERING_CAREER_OVERVIEW, "o",
        PREVIOUS_CONCERNS_CHRONOLOGY, "None", INVESTIGATION_DETAILS, "i", CONSULTATION_SUMMARY, "c",
        CURRENT_SITUATION_AND_IMPACT, "s", WORKING_WELL, "w", WORRIED_ABOUT, "a", NEEDS_TO_HAPPEN_NEXT, "n"));
  }

  void qa(ProcessInstance pi, boolean approved) {
    complete(pi, "Task_QualityAssureReport", approved ? vars(REPORT_APPROVED, true)
        : vars(REPORT_APPROVED, false, QA_COMMENTS, "More evidence of the standards breached"));
  }

  void sendReport(ProcessInstance pi) {
    complete(pi, "Task_SendReportToChair", vars(REPORT_SENT_TO_CHAIR_ON, at(today(), 9)));
    complete(pi, "Task_SendReportToCarer", vars(REPORT_SENT_TO_CARER_ON, at(today(), 9),
        REPORT_SHARED_HOW, SHARED_BY_SECURE_EMAIL, CARER_CONFIRMED_RECEIPT, true, CARER_TOLD_OF_RIGHT_TO_RESPOND, true));
    complete(pi, "Task_RecordCarerResponse", vars(CARER_RESPONSE_RECEIVED, true, CARER_RESPONSE, "Response"));
  }

  /** Everything from the meeting decision to the meeting itself, meeting on `meetingDay` at 10:00. */
  void prepareMeeting(ProcessInstance pi, LocalDate meetingDay) {
    referToFosteringNetwork(pi);
    schedule(pi, at(meetingDay, 10));
    writeReport(pi);
    qa(pi, true);
    sendReport(pi);
  }

  void holdMeeting(ProcessInstance pi, String outcome, Map<String, Object> extra) {
    Map<String, Object> values = vars(MEETING_OUTCOME, outcome, RECOMMENDATIONS, "Recommendations");
    values.putAll(extra);
    complete(pi, "Task_HoldSocMeeting", values);
  }

  void minutes(ProcessInstance pi) {
    complete(pi, "Task_IssueMinutes", vars(MINUTES_ISSUED_ON, at(today(), 9)));
    complete(pi, "Task_RecordSignedMinutes", vars(MINUTES_SIGNED_BY_CARER, true, MINUTES_ON_CHILD_RECORD, true,
        MINUTES_ON_CARER_RECORD, true));
  }

  void shareLearning(ProcessInstance pi) {
    complete(pi, "Task_RecordLearning", vars(LEARNING_SUMMARY, "Learning", LEARNING_SHARED_WITH_TEAM, true));
  }
}
