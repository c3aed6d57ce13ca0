package uk.fosteringconcerns.triage;

import static uk.fosteringconcerns.testing.London.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.triage.ConcernTriageVariables.*;
import static uk.fosteringconcerns.triage.FormSubmissions.answers;
import static uk.fosteringconcerns.triage.FormSubmissions.submit;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import uk.fosteringconcerns.forms.InvalidFieldException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.testing.Coverage;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.timescales.Deadlines;

/** Process concern-triage end to end on the engine (PROCESS-API section 2; seeds 000 s2, 001 s4.1, 004 s4). */
class ConcernTriageProcessTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = Coverage.builder(
          ProcessEngineFixture.configuration(ProcessEngineFixture.DORSET))
      // called processes are covered by their own test classes; this class holds concern-triage to the minimum
      .excludeProcessDefinitionKeys(AllegationVariables.PROCESS_KEY, "standards-of-care")
      .build();

  static final String CARER_NAME_VALUE = "Jo Example-Carer";
  static final String CHILD_ID_VALUE = "CH-77123";
  static final String SUMMARY_VALUE = "Bruise seen on the child's arm at school";

  Deadlines deadlines;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(london(2026, 11, 23, 10));
    deadlines = (Deadlines) ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBeans().get("deadlines");
  }

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }


  static Map<String, Object> intake() {
    Map<String, Object> v = new HashMap<>();
    v.put(RECEIVED_ON, "2026-11-20");
    v.put(CARER_ID, "FC-1001");
    v.put(CARER_NAME, CARER_NAME_VALUE);
    v.put(CHILD_ID, CHILD_ID_VALUE);
    v.put(CONCERN_SUMMARY, SUMMARY_VALUE);
    v.put(RAISED_BY, "anonymous");
    v.put(CONCERN_ABOUT_OWN_CHILD, false);
    v.put(CARER_LIVES_IN_OTHER_AUTHORITY, false);
    return v;
  }

  ProcessInstance start(Map<String, Object> variables) {
    return uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitStartForm(PROCESS_KEY, variables);
  }

  Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .taskDefinitionKey(taskKey).singleResult();
  }

  /** Initial discussion with the given threshold answers ticked; the LADO is then notified. */
  void discuss(ProcessInstance instance, String... ticked) {
    Map<String, Object> a = new HashMap<>();
    for (String key : ticked) {
      a.put(key, true);
    }
    submit(engine, task(instance, TASK_INITIAL_DISCUSSION), a);
  }

  void ladoDecides(ProcessInstance instance, String decision, Object... more) {
    Map<String, Object> a = answers(more);
    a.put(LADO_DECISION, decision);
    submit(engine, task(instance, TASK_LADO_DECISION), a);
  }

  static String fieldOf(Throwable e) {
    return ((InvalidFieldException) e).field();
  }

  @Test
  @DisplayName("PROCESS-API 2: the case gets a CC-<year>-<5 digits> reference as business key and variable")
  void caseReference() {
    ProcessInstance instance = start(intake());
    assertThat(instance.getBusinessKey()).matches("CC-2026-\\d{5}");
    assertThat(instance).variables().containsEntry(CASE_REFERENCE, instance.getBusinessKey());
    assertThat(instance).isWaitingAt(TASK_INITIAL_DISCUSSION);
    assertThat(task(instance, TASK_INITIAL_DISCUSSION)).hasCandidateGroup(GROUP_CHILDRENS_TEAM_MANAGER);
  }

  NotificationService outbox() {
    return (NotificationService) ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBeans().get("notificationService");
  }

  @Test
  @DisplayName("seed 004 flowchart and 6.2: the LADO is told when the concern is received (no personal data) and decides within 24 hours or 1 working day, whichever is sooner")
  void ladoToldAtReceipt() {
    ProcessInstance instance = start(intake()); // Monday 23 Nov 2026, 10:00
    assertThat(instance).hasPassed(TASK_NOTIFY_LADO).isWaitingAt(TASK_INITIAL_DISCUSSION, TASK_LADO_DECISION);
    assertThat(instance).variables().containsEntry(LADO_NOTIFIED_ON, london(2026, 11, 23, 10));
    List<Notification> sent = outbox().forCase(instance.getBusinessKey());
    assertThat(sent).extracting(Notification::template).containsExactly(TEMPLATE_LADO_CONCERN_RECEIVED);
    assertThat(sent.get(0).recipientGroups()).isEqualTo(GROUP_LADO);
    assertThat(sent.get(0).toString()).contains(instance.getBusinessKey())
        .doesNotContain(CARER_NAME_VALUE).doesNotContain(CHILD_ID_VALUE).doesNotContain(SUMMARY_VALUE);

    Task decision = task(instance, TASK_LADO_DECISION);
    assertThat(decision).hasCandidateGroup(GROUP_LADO);
    // 24 hours (Tuesday 10:00) comes before the end of the next working day
    assertThat(decision.getDueDate()).isEqualTo(london(2026, 11, 24, 10));
  }

  @Test
  @DisplayName("seed 004 6.2: received on a Friday afternoon, the decision is due by the end of Monday (1 working day) rather than 24 hours")
  void ladoDecisionOverAWeekend() {
    ClockUtil.setCurrentTime(london(2026, 11, 27, 16)); // Friday
    Map<String, Object> v = intake();
    v.put(RECEIVED_ON, "2026-11-27");
    ProcessInstance instance = start(v);
    assertThat(task(instance, TASK_LADO_DECISION).getDueDate()).isEqualTo(london(2026, 11, 28, 16));
    // the working-day rule is the later one here; the sooner (24 hours) stands, as the seed's "whichever is sooner"
    assertThat(Deadlines.toLocalDate(deadlines.after("LADO_DECISION", london(2026, 11, 27, 16))))
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  @DisplayName("seed 004 4 / seed 001 4.1: allegation route - the team's answers go to the LADO, who decides; management-of-allegations called with the same key")
  void allegationRoute() {
    ProcessInstance instance = start(intake());
    ClockUtil.setCurrentTime(london(2026, 11, 23, 11));
    discuss(instance, HARMED_CHILD);
    assertThat(instance).variables().containsEntry(RECOMMENDED_ROUTE, ALLEGATION);
    assertThat(instance).hasPassed(TASK_ASSESS_THRESHOLD, TASK_SEND_DISCUSSION_TO_LADO, EVENT_DISCUSSION_RECORDED)
        .isWaitingAt(TASK_LADO_DECISION);
    List<Notification> sent = outbox().forCase(instance.getBusinessKey());
    assertThat(sent).extracting(Notification::template)
        .containsExactly(TEMPLATE_LADO_CONCERN_RECEIVED, TEMPLATE_LADO_NOTIFIED);
    assertThat(sent.get(1).toString()).contains(instance.getBusinessKey()).contains(GROUP_LADO)
        .doesNotContain(CARER_NAME_VALUE).doesNotContain(CHILD_ID_VALUE).doesNotContain(SUMMARY_VALUE);

    ClockUtil.setCurrentTime(london(2026, 11, 24, 9));
    ladoDecides(instance, ALLEGATION, HARM_CATEGORY, "PHYSICAL");
    assertThat(instance).isWaitingAt(ACTIVITY_MANAGEMENT_OF_ALLEGATIONS);
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(AllegationVariables.PROCESS_KEY).singleResult();
    assertThat(called.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(called).variables().containsEntry(AllegationVariables.REFERRED_ON, london(2026, 11, 24, 9))
        .containsEntry(CASE_REFERENCE, instance.getBusinessKey()).containsEntry(CARER_ID, "FC-1001")
        .containsEntry(LADO_DECISION, ALLEGATION).containsEntry(HARM_CATEGORY, "PHYSICAL");
    Task iem = task(instance, AllegationVariables.TASK_INITIAL_EVALUATION_MEETING);
    // IEM within 5 working days of the referral: Tuesday 24 Nov -> Tuesday 1 Dec 2026
    assertThat(Deadlines.toLocalDate(iem.getDueDate())).isEqualTo(LocalDate.of(2026, 12, 1));

    // the allegation runs to its end (false allegation: only the follow-ups of seed 002 for every outcome)
    submit(engine, iem, answers());
    submit(engine, task(instance, AllegationVariables.TASK_POST_ALLEGATION_MEETING), answers(
        AllegationVariables.INVESTIGATION_CONCLUDED, true, AllegationVariables.ALLEGATION_OUTCOME, AllegationVariables.FALSE));
    // the follow-ups (outcome letter, the manager's panel decision, checklists) until the LADO may close
    for (int round = 0; round < 5 && task(instance, AllegationVariables.TASK_LADO_CLOSURE) == null; round++) {
      for (Task followUp : FormSubmissions.openTasks(engine, instance.getBusinessKey())) {
        boolean panel = AllegationVariables.TASK_PANEL_DECISION.equals(followUp.getTaskDefinitionKey());
        submit(engine, followUp, panel ? answers(AllegationVariables.PRESENT_TO_PANEL, false) : answers());
      }
    }
    submit(engine, task(instance, AllegationVariables.TASK_LADO_CLOSURE), answers());
    assertThat(instance).isEnded().hasPassed(EVENT_ALLEGATION_CLOSED);
    assertThat(instance).variables().containsEntry(AllegationVariables.ALLEGATION_OUTCOME, AllegationVariables.FALSE);
  }

  @Test
  @DisplayName("seed 004 flowchart: a late discussion does not hold the LADO up - the LADO decides first and the discussion is still recorded")
  void ladoDecidesBeforeTheDiscussion() {
    ProcessInstance instance = start(intake());
    ladoDecides(instance, ALLEGATION);
    assertThat(instance).isWaitingAt(TASK_INITIAL_DISCUSSION, ACTIVITY_MANAGEMENT_OF_ALLEGATIONS);
    assertThat(task(instance, AllegationVariables.TASK_INITIAL_EVALUATION_MEETING)).isNotNull();
    discuss(instance, HARMED_CHILD);
    assertThat(instance).hasPassed(EVENT_DISCUSSION_RECORDED).isWaitingAt(ACTIVITY_MANAGEMENT_OF_ALLEGATIONS);
    assertThat(instance).variables().containsEntry(RECOMMENDED_ROUTE, ALLEGATION).containsEntry(LADO_DECISION, ALLEGATION);
  }

  @Test
  @DisplayName("seed 004 4: threshold not clear - the LADO refers it to the initial evaluation meeting, which decides whether it is met")
  void thresholdUnclear() {
    ProcessInstance instance = start(intake());
    discuss(instance, POSSIBLE_CRIMINAL_OFFENCE);
    ladoDecides(instance, THRESHOLD_UNCLEAR);
    assertThat(instance).isWaitingAt(ACTIVITY_MANAGEMENT_OF_ALLEGATIONS);
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(called).variables().containsEntry(LADO_DECISION, THRESHOLD_UNCLEAR);
    assertThat(called).isWaitingAt(AllegationVariables.TASK_INITIAL_EVALUATION_MEETING);
  }

  @Test
  @DisplayName("seed 004 flowchart, fourth limb: behaviour in the carer's personal life alone is the 'Maybe' - the meeting decides the threshold")
  void personalLife() {
    ProcessInstance instance = start(intake());
    discuss(instance, PERSONAL_LIFE_SAFEGUARDING_CONCERN);
    assertThat(instance).variables().containsEntry(RECOMMENDED_ROUTE, THRESHOLD_UNCLEAR);
  }

  @Test
  @DisplayName("seed 000 3 / seed 001 4: standards of care route calls standards-of-care with the same key and socDecisionOn; the case ends with it")
  void standardsOfCareRoute() {
    ProcessInstance instance = start(intake());
    discuss(instance, STANDARDS_OF_CARE_CONCERN);
    assertThat(instance).variables().containsEntry(RECOMMENDED_ROUTE, STANDARDS_OF_CARE);
    ladoDecides(instance, STANDARDS_OF_CARE);
    assertThat(instance).isWaitingAt(ACTIVITY_STANDARDS_OF_CARE);
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(called.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(called).variables().containsEntry(SOC_DECISION_ON, london(2026, 11, 23, 10))
        .containsEntry(CARER_ID, "FC-1001").containsEntry(CASE_REFERENCE, instance.getBusinessKey())
        .containsKeys(CARER_NAME, CHILD_ID, CONCERN_SUMMARY, RECEIVED_ON);

    // the quickest way through Standards of Care: the carer resigns (seed 001 5.3), is de-registered 28 days on
    engine.getRuntimeService().createMessageCorrelation(StandardsOfCareVariables.MESSAGE_CARER_RESIGNATION)
        .processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable(StandardsOfCareVariables.RESIGNATION_RECEIVED_ON, london(2026, 11, 24, 9)).correlate();
    Task document = engine.getTaskService().createTaskQuery().processInstanceId(called.getId()).singleResult();
    submit(engine, document, answers());
    ClockUtil.setCurrentTime(london(2026, 12, 23, 9));
    for (Job timer : engine.getManagementService().createJobQuery().processInstanceId(called.getId()).timers()
        .list()) {
      engine.getManagementService().executeJob(timer.getId());
    }
    assertThat(called).isEnded();
    assertThat(instance).isEnded().hasPassed(EVENT_STANDARDS_OF_CARE_FINISHED);
  }

  @Test
  @DisplayName("seed 001 section 2: complaint route - hand-over task due 1 working day after the LADO decision")
  void complaintRoute() {
    ProcessInstance instance = start(intake());
    discuss(instance, IS_COMPLAINT);
    assertThat(instance).variables().containsEntry(RECOMMENDED_ROUTE, COMPLAINT);
    ClockUtil.setCurrentTime(london(2026, 11, 27, 15)); // Friday
    ladoDecides(instance, COMPLAINT);
    assertThat(instance).isWaitingAt(TASK_HAND_OVER_TO_COMPLAINTS);
    Task handOver = task(instance, TASK_HAND_OVER_TO_COMPLAINTS);
    assertThat(handOver).hasCandidateGroup(GROUP_CHILDRENS_TEAM_MANAGER);
    assertThat(Deadlines.toLocalDate(handOver.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 30));
    submit(engine, handOver, answers());
    assertThat(instance).isEnded().hasPassed(EVENT_HANDED_OVER_TO_COMPLAINTS);
  }

  @Test
  @DisplayName("seed 004 LADO flowchart 'No': no further action ends with the LADO's advice recorded, which is required")
  void noFurtherAction() {
    ProcessInstance instance = start(intake());
    discuss(instance);
    assertThat(instance).variables().containsEntry(RECOMMENDED_ROUTE, NO_FURTHER_ACTION);
    assertThatThrownBy(() -> ladoDecides(instance, NO_FURTHER_ACTION, LADO_ADVICE, null))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(LADO_ADVICE));
    assertThatThrownBy(() -> ladoDecides(instance, NO_FURTHER_ACTION, LADO_RATIONALE, ""))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(LADO_RATIONALE));
    ladoDecides(instance, NO_FURTHER_ACTION, LADO_ADVICE, "Advice given to the school");
    assertThat(instance).isEnded().hasPassed(EVENT_ADVICE_GIVEN);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(LADO_ADVICE).singleResult().getValue()).isEqualTo("Advice given to the school");
  }

  @Test
  @DisplayName("PROCESS-API 2: the LADO may decide against the recommendation; the decision must be one of the four routes")
  void ladoDecisionValues() {
    ProcessInstance instance = start(intake());
    discuss(instance, HARMED_CHILD);
    assertThatThrownBy(() -> ladoDecides(instance, "MAYBE"))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(LADO_DECISION));
    ladoDecides(instance, COMPLAINT);
    assertThat(instance).isWaitingAt(TASK_HAND_OVER_TO_COMPLAINTS);
  }

  @Test
  @DisplayName("seed 001 4.1: a concern about the carer's own child starts the safeguarding referral alongside triage and is an allegation")
  void ownChild() {
    Map<String, Object> v = intake();
    v.put(CONCERN_ABOUT_OWN_CHILD, true);
    ProcessInstance instance = start(v);
    assertThat(instance).isWaitingAt(TASK_INITIAL_DISCUSSION, TASK_MAKE_SAFEGUARDING_REFERRAL);
    Task referral = task(instance, TASK_MAKE_SAFEGUARDING_REFERRAL);
    assertThat(referral).hasCandidateGroup(GROUP_CHILDRENS_TEAM_MANAGER);
    assertThat(Deadlines.toLocalDate(referral.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 23));
    submit(engine, referral, answers(SAFEGUARDING_REFERRED_TO, "Children's Advice and Duty Service"));
    assertThat(instance).hasPassed(EVENT_SAFEGUARDING_REFERRAL_MADE);
    discuss(instance);
    assertThat(instance).variables().containsEntry(RECOMMENDED_ROUTE, ALLEGATION);
  }

  @Test
  @DisplayName("seed 001 4.1: a carer living in another area is referred to that area's LADO alongside triage")
  void otherAuthority() {
    Map<String, Object> v = intake();
    v.put(CARER_LIVES_IN_OTHER_AUTHORITY, true);
    ProcessInstance instance = start(v);
    assertThat(instance).isWaitingAt(TASK_INITIAL_DISCUSSION, TASK_REFER_TO_HOME_AUTHORITY_LADO);
    Task referral = task(instance, TASK_REFER_TO_HOME_AUTHORITY_LADO);
    assertThat(referral).hasCandidateGroup(GROUP_LADO);
    submit(engine, referral, answers(JOINT_WORKING_AGREED, true));
    assertThat(instance).hasPassed(EVENT_HOME_AUTHORITY_LADO_INFORMED).isWaitingAt(TASK_INITIAL_DISCUSSION);
    assertThat(instance).hasNotPassed(TASK_MAKE_SAFEGUARDING_REFERRAL);
  }

  @Test
  @DisplayName("seed 000 2 / PROCESS-API 4: received Thursday 24 Dec 2026 -> discussion due end of Tuesday 29 Dec (25, 28 Dec bank holidays)")
  void deadlineAcrossChristmas() {
    ClockUtil.setCurrentTime(london(2026, 12, 30, 10)); // typed in late: already overdue
    Map<String, Object> v = intake();
    v.put(RECEIVED_ON, "2026-12-24");
    ProcessInstance instance = start(v);
    Task discussion = task(instance, TASK_INITIAL_DISCUSSION);
    assertThat(discussion.getDueDate().toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 12, 29, 23, 59, 59, 0, Deadlines.LONDON).toInstant());
    assertThat(discussion.getDueDate()).isBefore(ClockUtil.getCurrentTime());
    discuss(instance, POSSIBLE_CRIMINAL_OFFENCE);
    // notified Wednesday 30 Dec -> LADO decision due Thursday 31 Dec
    assertThat(Deadlines.toLocalDate(task(instance, TASK_LADO_DECISION).getDueDate())).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  static Stream<Arguments> invalidIntakes() {
    return Stream.of(
        Arguments.of(RECEIVED_ON, null),
        Arguments.of(RECEIVED_ON, "yesterday"),
        Arguments.of(RECEIVED_ON, "2026-11-24"), // tomorrow: in the future
        Arguments.of(CARER_ID, null),
        Arguments.of(CARER_ID, "FC 1001"),
        Arguments.of(CARER_ID, "X".repeat(33)),
        Arguments.of(CARER_NAME, null),
        Arguments.of(CARER_NAME, ""),
        Arguments.of(CARER_NAME, "N".repeat(201)),
        Arguments.of(CHILD_ID, null),
        Arguments.of(CHILD_ID, "child/1"),
        Arguments.of(CONCERN_SUMMARY, null),
        Arguments.of(CONCERN_SUMMARY, "S".repeat(4001)),
        Arguments.of(RAISED_BY, null),
        Arguments.of(RAISED_BY, ""),
        Arguments.of(CONCERN_ABOUT_OWN_CHILD, null),
        Arguments.of(CONCERN_ABOUT_OWN_CHILD, "perhaps"),
        Arguments.of(CARER_LIVES_IN_OTHER_AUTHORITY, null),
        Arguments.of("favouriteColour", "blue"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("invalidIntakes")
  @DisplayName("PROCESS-API 2: a start with a missing or invalid field is refused naming the field, and creates nothing")
  void intakeValidation(String field, Object value) {
    Map<String, Object> v = intake();
    if (value == null) {
      v.remove(field);
    } else {
      v.put(field, value);
    }
    assertThatThrownBy(() -> start(v)).isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> assertThat(fieldOf(e)).isEqualTo(field));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  @DisplayName("PROCESS-API 2: 'anonymous' is a valid raisedBy; receivedOn today with a time is accepted")
  void intakeAccepted() {
    Map<String, Object> v = intake();
    v.put(RECEIVED_ON, "2026-11-23T09:30:00Z");
    ProcessInstance instance = start(v);
    assertThat(instance).variables().containsEntry(RAISED_BY, "anonymous").containsEntry(CONCERN_ABOUT_OWN_CHILD, false);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), RECEIVED_ON)).isInstanceOf(Date.class);
  }

  @Test
  @DisplayName("PROCESS-API 2: the initial discussion requires notes and accepts only its own fields")
  void discussionValidation() {
    ProcessInstance instance = start(intake());
    Task discussion = task(instance, TASK_INITIAL_DISCUSSION);
    assertThatThrownBy(() -> submit(engine, discussion, answers(DISCUSSION_NOTES, null)))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(DISCUSSION_NOTES));
    assertThatThrownBy(() -> submit(engine, discussion, answers(LADO_DECISION, ALLEGATION)))
        .isInstanceOf(InvalidFieldException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo(LADO_DECISION));
    assertThat(instance).isWaitingAt(TASK_INITIAL_DISCUSSION);
  }
}
