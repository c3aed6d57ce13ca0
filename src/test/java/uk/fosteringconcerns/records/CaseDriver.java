package uk.fosteringconcerns.records;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.triage.ConcernTriageVariables;
import uk.fosteringconcerns.triage.FormSubmissions;

/**
 * Runs whole cases through the real models, the way workers do in Tasklist: a children's team manager raises the
 * concern with the intake form, then each open task is done by a user of its candidate group (the demo user of
 * that group), submitting its form filled with plausible values and the route's answers, with the engine clock
 * moving as the days pass. Never real names or concern text.
 */
public final class CaseDriver {

  public static final String CARER_NAME = "Sam Placeholder-Carer";
  public static final String CONCERN_TEXT = "Placeholder concern text that must never leave the case";

  private final ProcessEngine engine;
  /** Who did each task, by task definition key (last one wins). */
  public final Map<String, String> doneBy = new HashMap<>();

  public CaseDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  public static void clock(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(java.util.Date.from(ZonedDateTime.of(day, LocalTime.of(hour, 0), Deadlines.LONDON)
        .toInstant()));
  }

  static LocalDate today() {
    return Deadlines.toLocalDate(ClockUtil.getCurrentTime());
  }

  /** Raises a concern on the given day (received that morning) as carol; answers the route's questions later. */
  public String raise(LocalDate day, String carerId, String childId) {
    clock(day, 10);
    Map<String, Object> intake = new HashMap<>();
    intake.put(ConcernTriageVariables.RECEIVED_ON, day + "T09:00:00");
    intake.put(ConcernTriageVariables.CARER_ID, carerId);
    intake.put(ConcernTriageVariables.CARER_NAME, CARER_NAME);
    intake.put(ConcernTriageVariables.CHILD_ID, childId);
    intake.put(ConcernTriageVariables.CONCERN_SUMMARY, CONCERN_TEXT);
    intake.put(ConcernTriageVariables.RAISED_BY, "anonymous");
    intake.put(ConcernTriageVariables.CONCERN_ABOUT_OWN_CHILD, false);
    intake.put(ConcernTriageVariables.CARER_LIVES_IN_OTHER_AUTHORITY, false);
    as("carol", "childrens-team-manager");
    try {
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(ConcernTriageVariables.PROCESS_KEY).latestVersion().singleResult().getId();
      ProcessInstance pi = engine.getFormService().submitStartForm(definitionId, intake);
      return pi.getBusinessKey();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * The answers of a Standards of Care case with a meeting on {@code meetingDay}: the fostering manager deems it
   * significant (Dudley Standards of Care procedure 4.3; Dorset always holds one), the carer invited through the
   * supervising social worker.
   */
  public static Map<String, Map<String, Object>> standardsOfCare(LocalDate meetingDay, String meetingOutcome) {
    Map<String, Map<String, Object>> answers = new HashMap<>();
    answers.put(ConcernTriageVariables.TASK_INITIAL_DISCUSSION,
        FormSubmissions.answers(ConcernTriageVariables.STANDARDS_OF_CARE_CONCERN, true));
    answers.put(ConcernTriageVariables.TASK_LADO_DECISION, FormSubmissions.answers(
        ConcernTriageVariables.LADO_DECISION, ConcernTriageVariables.STANDARDS_OF_CARE,
        ConcernTriageVariables.LADO_RATIONALE, "Standards of care only"));
    answers.put("Task_VisitFosterCarer", FormSubmissions.answers(StandardsOfCareVariables.STANDARDS_BREACHED,
        "3.6, 22.10", StandardsOfCareVariables.ACTION_PLAN, "Attend safer caring training",
        StandardsOfCareVariables.CARER_AGREES_ACTIONS, true, StandardsOfCareVariables.DISCUSSED_WITH_CHILD, true,
        StandardsOfCareVariables.NOT_DISCUSSED_WITH_CHILD_REASON, null));
    answers.put("Task_SendVisitRecord", FormSubmissions.answers(StandardsOfCareVariables.RECORD_SIGNED_BY_CARER, true,
        StandardsOfCareVariables.RECORD_NOT_SIGNED_REASON, null));
    answers.put("Task_ConsiderSocMeeting", FormSubmissions.answers(StandardsOfCareVariables.DEEMED_SIGNIFICANT, true));
    answers.put("Task_ReferToFosteringNetwork",
        FormSubmissions.answers(StandardsOfCareVariables.FOSTERING_NETWORK_REFERRAL_MADE, true,
            StandardsOfCareVariables.FOSTERING_NETWORK_NOT_REFERRED_REASON, null));
    answers.put("Task_ScheduleSocMeeting", FormSubmissions.answers(StandardsOfCareVariables.MEETING_DATE,
        meetingDay + "T10:00:00", StandardsOfCareVariables.CARER_EMAIL, null,
        StandardsOfCareVariables.SUPPORT_WORKER_EMAIL, null));
    answers.put("Task_WriteSocReport", FormSubmissions.answers(
        StandardsOfCareVariables.REPORT_REASON, "Reason for the report (case values)",
        StandardsOfCareVariables.FOSTERING_CAREER_OVERVIEW, "Approved in 2015; two children placed",
        StandardsOfCareVariables.PREVIOUS_CONCERNS_CHRONOLOGY, "See the chronology above",
        StandardsOfCareVariables.INVESTIGATION_DETAILS, "Visit and interviews",
        StandardsOfCareVariables.CONSULTATION_SUMMARY, "The carers' views",
        StandardsOfCareVariables.CURRENT_SITUATION_AND_IMPACT, "Placement stable",
        StandardsOfCareVariables.WORKING_WELL, "Warm relationships",
        StandardsOfCareVariables.WORRIED_ABOUT, "Record keeping",
        StandardsOfCareVariables.NEEDS_TO_HAPPEN_NEXT, "Training by June",
        StandardsOfCareVariables.REPORT_APPENDICES, "Safer caring policy"));
    answers.put("Task_QualityAssureReport", FormSubmissions.answers(StandardsOfCareVariables.REPORT_APPROVED, true,
        StandardsOfCareVariables.QA_COMMENTS, null));
    answers.put("Task_SendReportToCarer", FormSubmissions.answers(StandardsOfCareVariables.CARER_CONFIRMED_RECEIPT,
        true, StandardsOfCareVariables.CARER_TOLD_OF_RIGHT_TO_RESPOND, true,
        StandardsOfCareVariables.REPORT_SHARED_HOW, StandardsOfCareVariables.SHARED_BY_SECURE_EMAIL));
    answers.put("Task_RecordCarerResponse", FormSubmissions.answers(
        StandardsOfCareVariables.CARER_RESPONSE_RECEIVED, true, StandardsOfCareVariables.CARER_RESPONSE,
        "The carer's own response"));
    answers.put("Task_HoldSocMeeting", FormSubmissions.answers(StandardsOfCareVariables.MEETING_OUTCOME,
        meetingOutcome, StandardsOfCareVariables.RECOMMENDATIONS, "Recommendations of the chair",
        StandardsOfCareVariables.MEETING_ACTION_PLAN, "Complete the record keeping course",
        StandardsOfCareVariables.MEETING_ACTIONS_DUE_ON, meetingDay.plusDays(42).toString()));
    answers.put("Task_RecordSignedMinutes", FormSubmissions.answers(
        StandardsOfCareVariables.MINUTES_SIGNED_BY_CARER, true, StandardsOfCareVariables.MINUTES_NOT_SIGNED_REASON,
        null, StandardsOfCareVariables.MINUTES_ON_CHILD_RECORD, true,
        StandardsOfCareVariables.MINUTES_ON_CARER_RECORD, true));
    answers.put("Task_RecordLearning", FormSubmissions.answers(StandardsOfCareVariables.LEARNING_SHARED_WITH_TEAM,
        true));
    return answers;
  }

  /** The answers of an allegation found {@code outcome} at the first Post-Allegation Investigation Meeting. */
  public static Map<String, Map<String, Object>> allegation(String outcome) {
    Map<String, Map<String, Object>> answers = new HashMap<>();
    answers.put(ConcernTriageVariables.TASK_INITIAL_DISCUSSION,
        FormSubmissions.answers(ConcernTriageVariables.HARMED_CHILD, true));
    answers.put(ConcernTriageVariables.TASK_LADO_DECISION, FormSubmissions.answers(
        ConcernTriageVariables.LADO_DECISION, ConcernTriageVariables.ALLEGATION,
        ConcernTriageVariables.LADO_RATIONALE, "Threshold met"));
    answers.put(AllegationVariables.TASK_INITIAL_EVALUATION_MEETING, FormSubmissions.answers(
        AllegationVariables.POLICE_INVESTIGATION, false));
    answers.put(AllegationVariables.TASK_POST_ALLEGATION_MEETING, FormSubmissions.answers(
        AllegationVariables.INVESTIGATION_CONCLUDED, true, AllegationVariables.ALLEGATION_OUTCOME, outcome,
        AllegationVariables.OUTCOME_RATIONALE, "Reasons agreed at the meeting"));
    answers.put(AllegationVariables.TASK_EVALUATION_MEETING_DECISION,
        FormSubmissions.answers(AllegationVariables.EVALUATION_MEETING_REQUIRED, true));
    answers.put(AllegationVariables.TASK_LADO_CLOSURE,
        FormSubmissions.answers(AllegationVariables.ALL_ACTIONS_COMPLETE, true));
    return answers;
  }

  /**
   * Does the case's open tasks in the order they were created, until {@code stopBefore} is open (not done) or
   * nothing is left. A meeting is held on its date: the clock moves there first.
   */
  public List<String> run(String caseReference, Map<String, Map<String, Object>> answers, String stopBefore) {
    List<String> done = new ArrayList<>();
    for (int step = 0; step < 60; step++) {
      List<Task> open = FormSubmissions.openTasks(engine, caseReference);
      if (open.isEmpty() || open.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(stopBefore))) {
        return done;
      }
      Task task = open.get(0);
      String key = task.getTaskDefinitionKey();
      if ("Task_HoldSocMeeting".equals(key)) {
        Object meeting = engine.getRuntimeService().getVariable(task.getProcessInstanceId(),
            StandardsOfCareVariables.MEETING_DATE);
        clock(Deadlines.toLocalDate(meeting), 15);
      }
      complete(task, answers.getOrDefault(key, Map.of()));
      done.add(key);
      // time passes between one step and the next
      ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 5 * 60_000L));
    }
    throw new AssertionError("Case " + caseReference + " did not finish: " + done);
  }

  /** Completes one task as the demo user of its candidate group, through its form. */
  public void complete(Task task, Map<String, Object> answers) {
    String group = candidateGroup(task);
    String user = userOf(group);
    as(user, group);
    try {
      FormSubmissions.submit(engine, task, answers);
      doneBy.put(task.getTaskDefinitionKey(), user);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public Task openTask(String caseReference, String key) {
    return FormSubmissions.openTasks(engine, caseReference).stream()
        .filter(t -> t.getTaskDefinitionKey().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("No open " + key + " on " + caseReference));
  }

  private String candidateGroup(Task task) {
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if ("candidate".equals(link.getType()) && link.getGroupId() != null) {
        return link.getGroupId();
      }
    }
    throw new AssertionError("Task " + task.getTaskDefinitionKey() + " has no candidate group");
  }

  public static String userOf(String group) {
    return DemoUsers.USERS.entrySet().stream().filter(e -> e.getValue().equals(group)).map(Map.Entry::getKey)
        .findFirst().orElseThrow();
  }

  private void as(String user, String group) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
  }
}
