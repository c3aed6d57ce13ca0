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
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.testing.Coverage;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.triage.ConcernTriageVariables;
import uk.fosteringconcerns.triage.FormSubmissions;

/**
 * Shared steps of the Standards of Care tests (and of significant-harm-report and carer-resignation, which act on
 * Standards of Care cases): each completes a task the way Tasklist does (its deployed form filled, the test's answers
 * on top, through the product's form gate), with the engine clock (ClockUtil) moved as the days pass. Never uses real
 * names or concern text.
 */
public abstract class SocTestSupport {

  private static int carers;
  public static final String NAME = "Alex Placeholder-Carer";
  public static final String CHILD = "CH-90210";
  public static final String SUMMARY = "Placeholder concern text";
  /** Monday 2 March 2026, 10:00 London: no bank holiday before Good Friday (3 April). */
  public static final LocalDate START = LocalDate.of(2026, 3, 2);

  protected ProcessEngine engine;
  protected String deployment;
  /** A carer id of its own for every test: concerns are counted per carer over the engine's whole history. */
  protected String carer;
  protected Deadlines deadlines;

  @BeforeEach
  protected void deploy(ProcessEngine engine) {
    this.engine = engine;
    carer = "FC-" + (++carers) + "-" + getClass().getSimpleName().length();
    BpmnAwareTests.init(engine);
    clock(START, 10);
    deployment = ProcessEngineFixture.deployAll(engine);
    deadlines = bean("deadlines");
  }

  @AfterEach
  protected void undeploy() {
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
  public static ProcessEngineCoverageExtension coverage(String profile) {
    var configuration = ProcessEngineFixture.configuration(profile);
    Coverage.enableCoverage(configuration);
    return ProcessEngineCoverageExtension.builder(configuration).build();
  }

  @SuppressWarnings("unchecked")
  protected <T> T bean(String name) {
    return (T) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans().get(name);
  }

  public static Date at(LocalDate day, int hour) {
    return Date.from(ZonedDateTime.of(day, LocalTime.of(hour, 0), Deadlines.LONDON).toInstant());
  }

  public static void clock(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(at(day, hour));
  }

  public static LocalDate today() {
    return Deadlines.toLocalDate(ClockUtil.getCurrentTime());
  }

  public static LocalDate day(Date date) {
    return Deadlines.toLocalDate(date);
  }

  public static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  public static Map<String, Object> intake(String carerId, Date receivedOn) {
    return vars(RECEIVED_ON, receivedOn, CARER_ID, carerId, CARER_NAME, NAME, CHILD_ID, CHILD,
        CONCERN_SUMMARY, SUMMARY, RAISED_BY, "anonymous");
  }

  /** A fostering manager starts the case directly with the start form soc-intake (seed 001 4.1; dudley only). */
  protected ProcessInstance start(String carerId) {
    return start(carerId, at(today(), 9));
  }

  protected ProcessInstance start(String carerId, Date receivedOn) {
    return ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, intake(carerId, receivedOn));
  }

  /**
   * The usual way in (seed 000 section 2): the concern is raised with concern-intake today, discussed at once, and the
   * LADO decides STANDARDS_OF_CARE; the called standards-of-care process is returned.
   */
  protected ProcessInstance viaTriage(String carerId) {
    return viaTriage(carerId, at(today(), 9));
  }

  /** As {@link #viaTriage(String)}, the information having been received on {@code receivedOn}. */
  protected ProcessInstance viaTriage(String carerId, Date receivedOn) {
    Map<String, Object> concern = intake(carerId, receivedOn);
    concern.put(ConcernTriageVariables.CONCERN_ABOUT_OWN_CHILD, false);
    concern.put(ConcernTriageVariables.CARER_LIVES_IN_OTHER_AUTHORITY, false);
    ProcessInstance triage = ProcessEngineFixture.forms(engine).submitStartForm(ConcernTriageVariables.PROCESS_KEY,
        concern);
    submit(caseTask(triage.getBusinessKey(), ConcernTriageVariables.TASK_INITIAL_DISCUSSION),
        vars(ConcernTriageVariables.STANDARDS_OF_CARE_CONCERN, true));
    submit(caseTask(triage.getBusinessKey(), ConcernTriageVariables.TASK_LADO_DECISION),
        vars(ConcernTriageVariables.LADO_DECISION, ConcernTriageVariables.STANDARDS_OF_CARE,
            ConcernTriageVariables.LADO_RATIONALE, "Standards of care only", "ladoOfficer", null));
    ProcessInstance soc = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(triage.getBusinessKey()).singleResult();
    assertThat(soc).as("standards-of-care called by concern-triage").isNotNull();
    return soc;
  }

  /** The open task of a case (any of its processes) with this id. */
  protected Task caseTask(String caseReference, String taskId) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(taskId).list();
    assertThat(tasks).as("open task " + taskId + " of " + caseReference).hasSize(1);
    return tasks.get(0);
  }

  protected Task task(ProcessInstance pi, String taskId) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskId).singleResult();
    assertThat(task).as("open task " + taskId).isNotNull();
    return task;
  }

  protected boolean hasTask(ProcessInstance pi, String taskId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskId)
        .count() > 0;
  }

  /** Completes the task as Tasklist does: its form filled with plausible values, then these answers (null: left out). */
  protected void submit(Task task, Map<String, Object> answers) {
    FormSubmissions.submit(engine, task, answers);
  }

  protected void complete(ProcessInstance pi, String taskId, Map<String, Object> answers) {
    submit(task(pi, taskId), answers);
  }

  /** Runs every job due by the engine clock (timers, in order of due date). */
  protected void runDueJobs() {
    for (int i = 0; i < 50; i++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  protected List<Notification> notifications(String caseReference) {
    NotificationService service = bean("notificationService");
    return service.forCase(caseReference);
  }

  protected List<Notification> notifications(ProcessInstance pi) {
    return notifications(pi.getBusinessKey());
  }

  protected List<String> templates(ProcessInstance pi) {
    return notifications(pi).stream().map(Notification::template).toList();
  }

  protected Object variable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  // ---------------------------------------------------------------- the steps

  protected void visit(ProcessInstance pi, boolean carerAgrees, LocalDate actionsDueOn) {
    complete(pi, TASK_VISIT_FOSTER_CARER, vars(VISIT_DATE, at(today(), 9), STANDARDS_BREACHED, "3.6, 22.10",
        ACTION_PLAN, "Agreed actions", ACTIONS_DUE_ON, at(actionsDueOn, 9), CARER_AGREES_ACTIONS, carerAgrees,
        DISCUSSED_WITH_CHILD, true, NOT_DISCUSSED_WITH_CHILD_REASON, null));
  }

  protected void sendVisitRecord(ProcessInstance pi) {
    complete(pi, TASK_SEND_VISIT_RECORD, vars(RECORD_SIGNED_BY_CARER, true, RECORD_NOT_SIGNED_REASON, null));
  }

  protected void consider(ProcessInstance pi, boolean pattern, boolean refused, boolean significant) {
    complete(pi, TASK_CONSIDER_SOC_MEETING, vars(PATTERN_EMERGING, pattern, CARER_REFUSED_TO_COOPERATE, refused,
        DEEMED_SIGNIFICANT, significant));
  }

  protected void referToFosteringNetwork(ProcessInstance pi) {
    complete(pi, TASK_REFER_TO_FOSTERING_NETWORK, vars(FOSTERING_NETWORK_REFERRAL_MADE, true,
        FOSTERING_NETWORK_NOT_REFERRED_REASON, null));
  }

  /** Business support arranges the meeting; the carer is invited by e-mail when an address is given. */
  protected void schedule(ProcessInstance pi, Date meetingDate, String carerEmail) {
    schedule(pi, meetingDate, carerEmail, null);
  }

  /** As above, with the reason a meeting is later than the procedure allows (seed 000 3.6). */
  protected void schedule(ProcessInstance pi, Date meetingDate, String carerEmail, String lateReason) {
    complete(pi, TASK_SCHEDULE_SOC_MEETING, vars(MEETING_DATE, meetingDate, MEETING_ARRANGEMENTS, "Virtual",
        MEETING_LATE_REASON, lateReason, CARER_EMAIL, carerEmail, SUPPORT_WORKER_EMAIL, null));
  }

  protected void writeReport(ProcessInstance pi) {
    complete(pi, TASK_WRITE_SOC_REPORT, vars(REPORT_REASON, "r", FOSTERING_CAREER_OVERVIEW, "o",
        PREVIOUS_CONCERNS_CHRONOLOGY, "None", INVESTIGATION_DETAILS, "i", CONSULTATION_SUMMARY, "c",
        CURRENT_SITUATION_AND_IMPACT, "s", WORKING_WELL, "w", WORRIED_ABOUT, "a", NEEDS_TO_HAPPEN_NEXT, "n",
        REGISTRATION_DATE, at(LocalDate.of(2019, 5, 1), 9), QA_COMMENTS, null));
  }

  protected void qa(ProcessInstance pi, boolean approved) {
    complete(pi, TASK_QUALITY_ASSURE_REPORT, approved ? vars(REPORT_APPROVED, true, QA_COMMENTS, null)
        : vars(REPORT_APPROVED, false, QA_COMMENTS, "More evidence of the standards breached"));
  }

  protected void sendToChair(ProcessInstance pi, LocalDate sentOn) {
    complete(pi, TASK_SEND_REPORT_TO_CHAIR, vars(REPORT_SENT_TO_CHAIR_ON, at(sentOn, 9)));
  }

  protected void sendToCarer(ProcessInstance pi, LocalDate sentOn, LocalDate carerHadItOn) {
    complete(pi, TASK_SEND_REPORT_TO_CARER, vars(REPORT_SENT_TO_CARER_ON, at(sentOn, 9),
        REPORT_SHARED_HOW, SHARED_BY_SECURE_EMAIL, CARER_CONFIRMED_RECEIPT, carerHadItOn != null,
        REPORT_RECEIVED_BY_CARER_ON, carerHadItOn == null ? null : at(carerHadItOn, 12),
        CARER_TOLD_OF_RIGHT_TO_RESPOND, true));
  }

  protected void carerResponse(ProcessInstance pi) {
    complete(pi, TASK_RECORD_CARER_RESPONSE, vars(CARER_RESPONSE_RECEIVED, true, CARER_RESPONSE, "Response"));
  }

  protected void holdMeeting(ProcessInstance pi, String outcome, Map<String, Object> extra) {
    Map<String, Object> values = vars(MEETING_HELD, true, MEETING_OUTCOME, outcome, RECOMMENDATIONS, "Recommendations",
        MEETING_ACTION_PLAN, "Plan", MEETING_ACTIONS_DUE_ON, at(today().plusDays(28), 9), MEETING_NOT_HELD_REASON, null);
    values.putAll(extra);
    complete(pi, TASK_HOLD_SOC_MEETING, values);
  }

  protected void minutes(ProcessInstance pi) {
    complete(pi, TASK_ISSUE_MINUTES, vars(MINUTES_ISSUED_ON, at(today(), 9),
        MEETING_ATTENDEES, List.of(ATTENDED_CHAIR, ATTENDED_FOSTER_CARER, ATTENDED_SUPERVISING_SOCIAL_WORKER,
            ATTENDED_CHILDS_SOCIAL_WORKER, ATTENDED_MINUTE_TAKER), MEETING_APOLOGIES, "The IRO sent apologies"));
    complete(pi, TASK_RECORD_SIGNED_MINUTES, vars(MINUTES_SIGNED_BY_CARER, true, MINUTES_NOT_SIGNED_REASON, null,
        MINUTES_ON_CHILD_RECORD, true, MINUTES_ON_CARER_RECORD, true));
  }

  protected void reviewActions(ProcessInstance pi, boolean completed) {
    complete(pi, TASK_REVIEW_MEETING_ACTIONS, completed
        ? vars(MEETING_ACTIONS_COMPLETED, true, MEETING_ACTIONS_DUE_ON, null, ACTIONS_REVIEW_NOTES, "Done")
        : vars(MEETING_ACTIONS_COMPLETED, false, MEETING_ACTIONS_DUE_ON, at(today().plusDays(14), 9),
            ACTIONS_REVIEW_NOTES, "Partly done"));
  }

  protected void shareLearning(ProcessInstance pi) {
    complete(pi, TASK_RECORD_LEARNING, vars(LEARNING_SUMMARY, "Learning", LEARNING_SHARED_WITH_TEAM, true));
  }
}
