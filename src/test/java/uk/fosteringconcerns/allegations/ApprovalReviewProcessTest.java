package uk.fosteringconcerns.allegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.fosteringconcerns.allegations.ApprovalReviewVariables.*;
import static uk.fosteringconcerns.testing.London.london;
import static uk.fosteringconcerns.triage.FormSubmissions.answers;
import static uk.fosteringconcerns.triage.FormSubmissions.submit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.forms.InvalidFieldException;
import uk.fosteringconcerns.notification.Notification;
import uk.fosteringconcerns.notification.NotificationService;
import uk.fosteringconcerns.testing.Coverage;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Process approval-review on the engine: a proposal to terminate approval or change its terms, 28 days for
 * representations or the Independent Review Mechanism, then the final decision (seed 001 section 5.2; Fostering
 * Services (England) Regulations 2011, regulation 28). Dates are counted by hand against the England and Wales
 * bank holidays of 2026 (Good Friday 3 April, Easter Monday 6 April, spring bank holiday 25 May).
 */
public class ApprovalReviewProcessTest extends DeployedModelsTest {

  static int cases = 100;

  /** Each test its own case: the outbox outlives a test. */
  String caseReference;

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = Coverage.extension();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    caseReference = "CC-2026-%05d".formatted(++cases);
    ClockUtil.setCurrentTime(london(2026, 3, 2, 10)); // Monday 2 March 2026
  }

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }

  ProcessInstance proposed(String admDecision) {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseReference,
        Map.of("caseReference", caseReference, "carerName", "Test Carer", ADM_DECISION, admDecision,
            ADM_RATIONALE, "Recorded in the test"));
  }

  static Task task(ProcessEngine engine, ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
  }

  Task task(ProcessInstance instance, String key) {
    return task(engine, instance, key);
  }

  static Job representationsTimer(ProcessEngine engine, ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(EVENT_REPRESENTATIONS_PERIOD_ENDS).singleResult();
  }

  static LocalDate day(Date date) {
    return Deadlines.toLocalDate(date);
  }

  /** Moves the clock past the representations period, lets it end, and runs the rest of the review to CHANGE_TERMS. */
  public static void walk(ProcessEngine engine, ProcessInstance review, boolean irm) {
    walk(engine, review, irm, AllegationVariables.CHANGE_TERMS);
  }

  /** As {@link #walk(ProcessEngine, ProcessInstance, boolean)}, to the given final decision. */
  public static void walk(ProcessEngine engine, ProcessInstance review, boolean irm, String finalDecision) {
    Job timer = representationsTimer(engine, review);
    assertThat(timer).as("the 28 days for representations").isNotNull();
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofHours(10))));
    engine.getManagementService().executeJob(timer.getId());
    submit(engine, task(engine, review, TASK_RECORD_REPRESENTATIONS),
        answers(REPRESENTATIONS_RECEIVED, true, REPRESENTATIONS_SUMMARY, "Recorded in the test", IRM_REQUESTED, irm));
    if (irm) {
      submit(engine, task(engine, review, TASK_RECORD_IRM_RECOMMENDATION), answers());
    }
    submit(engine, task(engine, review, TASK_FINAL_AGENCY_DECISION),
        answers(FINAL_ADM_DECISION, finalDecision, FINAL_ADM_RATIONALE, "Recorded in the test"));
    assertThat(review).isEnded().hasPassed(EVENT_FINAL_DECISION_MADE);
  }

  NotificationService outbox() {
    return (NotificationService) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getBeans().get("notificationService");
  }

  @Test
  @DisplayName("seed 001 5.2 / reg 28: the carer is told through their social worker and manager; 28 days for representations")
  void proposalStartsTwentyEightDays() {
    ProcessInstance review = proposed(AllegationVariables.TERMINATE_APPROVAL);

    List<Notification> sent = outbox().forCase(caseReference);
    assertThat(sent).extracting(Notification::template).containsExactly(TEMPLATE_APPROVAL_PROPOSAL);
    assertThat(sent.get(0).recipientGroups()).isEqualTo("fostering-social-worker,fostering-manager");
    assertThat(sent.get(0).body()).contains(caseReference).contains("28 days").doesNotContain("Test Carer");

    assertThat(review).isWaitingAt(EVENT_REPRESENTATIONS_PERIOD_ENDS);
    assertThat(day(representationsTimer(engine, review).getDuedate())).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(task(review, TASK_RECORD_REPRESENTATIONS)).as("nothing to record before the 28 days end").isNull();
  }

  @Test
  @DisplayName("seed 001 5.2: no review asked for - representations recorded, final decision 7 working days after the period ends")
  void representationsThenFinalDecision() {
    ProcessInstance review = proposed(AllegationVariables.TERMINATE_APPROVAL);
    ClockUtil.setCurrentTime(london(2026, 3, 31, 9)); // the day after the 28 days
    engine.getManagementService().executeJob(representationsTimer(engine, review).getId());

    Task record = task(review, TASK_RECORD_REPRESENTATIONS);
    assertThat(record).hasCandidateGroup("fostering-manager");
    assertThat(day(record.getDueDate())).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThatThrownBy(() -> submit(engine, record, answers(REPRESENTATIONS_RECEIVED, true, REPRESENTATIONS_SUMMARY, null)))
        .isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(REPRESENTATIONS_SUMMARY));
    submit(engine, record, answers(REPRESENTATIONS_RECEIVED, false, REPRESENTATIONS_SUMMARY, null, IRM_REQUESTED, false));

    Task decision = task(review, TASK_FINAL_AGENCY_DECISION);
    assertThat(decision).hasCandidateGroup("agency-decision-maker");
    // 7 working days from Tuesday 31 March, over Good Friday and Easter Monday
    assertThat(day(decision.getDueDate())).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers().count())
        .as("the final decision is statutory: a reminder and a chase when it slips").isEqualTo(2);
    assertThatThrownBy(() -> submit(engine, decision, answers(FINAL_ADM_DECISION, null)))
        .isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(FINAL_ADM_DECISION));
    submit(engine, decision, answers(FINAL_ADM_DECISION, AllegationVariables.TERMINATE_APPROVAL));

    assertThat(review).isEnded().hasPassed(EVENT_FINAL_DECISION_MADE).hasNotPassed(TASK_RECORD_IRM_RECOMMENDATION);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(review.getId())
        .variableName(FINAL_ADM_DECISION).singleResult().getValue()).isEqualTo(AllegationVariables.TERMINATE_APPROVAL);
  }

  @Test
  @DisplayName("seed 001 5.2: a review by the IRM - the final decision counts from its recommendation, so a long review never makes it late")
  void independentReviewThenFinalDecision() {
    ProcessInstance review = proposed(AllegationVariables.CHANGE_TERMS);
    ClockUtil.setCurrentTime(london(2026, 3, 31, 9));
    engine.getManagementService().executeJob(representationsTimer(engine, review).getId());
    submit(engine, task(review, TASK_RECORD_REPRESENTATIONS),
        answers(REPRESENTATIONS_RECEIVED, false, REPRESENTATIONS_SUMMARY, null, IRM_REQUESTED, true));

    Task irm = task(review, TASK_RECORD_IRM_RECOMMENDATION);
    assertThat(irm).hasCandidateGroup("fostering-panel");
    assertThat(task(review, TASK_FINAL_AGENCY_DECISION)).as("the decision waits for the review").isNull();

    ClockUtil.setCurrentTime(london(2026, 5, 18, 10)); // recorded on Monday 18 May ...
    assertThatThrownBy(() -> submit(engine, irm, answers(IRM_RECOMMENDATION_ON, "2026-05-19T09:00:00.000Z")))
        .isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(IRM_RECOMMENDATION_ON));
    submit(engine, irm, answers(IRM_RECOMMENDATION_ON, "2026-05-15T09:00:00.000Z")); // ... made on Friday 15 May

    Task decision = task(review, TASK_FINAL_AGENCY_DECISION);
    // 7 working days from Friday 15 May, over the spring bank holiday (25 May)
    assertThat(day(decision.getDueDate())).isEqualTo(LocalDate.of(2026, 5, 27));
    submit(engine, decision, answers(FINAL_ADM_DECISION, AllegationVariables.CHANGE_TERMS));
    assertThat(review).isEnded().hasPassed(TASK_RECORD_IRM_RECOMMENDATION, EVENT_FINAL_DECISION_MADE);
  }
}
