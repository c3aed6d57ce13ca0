package uk.fosteringconcerns.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.fosteringconcerns.testing.London.london;
import static uk.fosteringconcerns.triage.FormSubmissions.answers;
import static uk.fosteringconcerns.triage.FormSubmissions.submit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.fosteringconcerns.notification.MailRecipients;
import uk.fosteringconcerns.notification.OutboxSender;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.forms.CaseForms;
import uk.fosteringconcerns.forms.InvalidFieldException;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * Named workers on a case (PROCESS-API section 6; seeds 000 3.1/3.6, 001 4.3, 002): given at intake, by the LADO's
 * decision and by `case-allocation`; tasks of their groups go to them, the group staying candidate.
 */
class NamedWorkersProcessTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  private CaseForms forms;

  @BeforeEach
  void usersAndClock() {
    ClockUtil.setCurrentTime(london(2026, 11, 23, 10));
    forms = ProcessEngineFixture.forms(engine);
    DemoUsers.USERS.forEach((userId, group) -> {
      if (engine.getIdentityService().createGroupQuery().groupId(group).count() == 0) {
        engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(group));
      }
      User user = engine.getIdentityService().newUser(userId);
      user.setEmail(userId + "@example.org");
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(userId, group);
    });
  }

  @AfterEach
  void removeUsers() {
    DemoUsers.USERS.keySet().forEach(engine.getIdentityService()::deleteUser);
    DemoUsers.USERS.values().stream().distinct().forEach(engine.getIdentityService()::deleteGroup);
  }

  private static Map<String, Object> intake(Object... named) {
    Map<String, Object> v = new HashMap<>(answers(named));
    v.put(ConcernTriageVariables.RECEIVED_ON, "2026-11-20");
    v.put(ConcernTriageVariables.CARER_ID, "FC-5150");
    v.put(ConcernTriageVariables.CARER_NAME, "Sam Example");
    v.put(ConcernTriageVariables.CHILD_ID, "CH-5151");
    v.put(ConcernTriageVariables.CONCERN_SUMMARY, "Contact arrangements not kept");
    v.put(ConcernTriageVariables.RAISED_BY, "school");
    v.put(ConcernTriageVariables.CONCERN_ABOUT_OWN_CHILD, false);
    v.put(ConcernTriageVariables.CARER_LIVES_IN_OTHER_AUTHORITY, false);
    return v;
  }

  private Task open(String reference, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private ProcessInstance raise(Map<String, Object> intake) {
    return forms.submitStartForm(ConcernTriageVariables.PROCESS_KEY, intake);
  }

  /** Discussion → the LADO (as `lado`) decides the route. */
  private void decide(ProcessInstance triage, String lado, String route, Object... more) {
    submit(engine, open(triage.getBusinessKey(), ConcernTriageVariables.TASK_INITIAL_DISCUSSION), Map.of());
    Map<String, Object> decision = new HashMap<>(answers(more));
    decision.put(ConcernTriageVariables.LADO_DECISION, route);
    decision.put(ConcernTriageVariables.LADO_RATIONALE, "Decided");
    engine.getIdentityService().setAuthentication(lado, List.of("lado"));
    try {
      submit(engine, open(triage.getBusinessKey(), ConcernTriageVariables.TASK_LADO_DECISION), decision);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  @Test
  @DisplayName("PROCESS-API 6: the supervising social worker named at intake (felix) gets the SoC visit, not fiona")
  void allocatedAtIntake() {
    ProcessInstance triage = raise(intake(CaseWorkers.FOSTERING_SOCIAL_WORKER, "felix",
        CaseWorkers.CHILDS_SOCIAL_WORKER, "chloe", CaseWorkers.CHILDS_IRO, "iris"));
    decide(triage, "laura", ConcernTriageVariables.STANDARDS_OF_CARE);
    Task visit = open(triage.getBusinessKey(), StandardsOfCareVariables.TASK_VISIT_FOSTER_CARER);
    assertThat(visit.getAssignee()).isEqualTo("felix");
    assertThat(candidateGroups(visit)).containsExactly("fostering-social-worker");
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee("fiona").count()).isZero();
    // the called process knows the case's workers
    assertThat(engine.getRuntimeService().getVariable(visit.getProcessInstanceId(), CaseWorkers.CHILDS_IRO))
        .isEqualTo("iris");
  }

  @Test
  @DisplayName("PROCESS-API 6: the deciding LADO handles the case unless they name another (leon)")
  void ladoOfficer() {
    ProcessInstance taken = raise(intake());
    decide(taken, "laura", ConcernTriageVariables.ALLEGATION);
    Task iem = open(taken.getBusinessKey(), AllegationVariables.TASK_INITIAL_EVALUATION_MEETING);
    assertThat(iem.getAssignee()).isEqualTo("laura");

    ProcessInstance passed = raise(intake());
    decide(passed, "laura", ConcernTriageVariables.ALLEGATION, CaseWorkers.LADO_OFFICER, "leon");
    assertThat(open(passed.getBusinessKey(), AllegationVariables.TASK_INITIAL_EVALUATION_MEETING).getAssignee())
        .isEqualTo("leon");
  }

  @Test
  @DisplayName("PROCESS-API 6: case-allocation moves an open task and every running process takes the new names")
  void reallocation() {
    ProcessInstance triage = raise(intake(CaseWorkers.FOSTERING_SOCIAL_WORKER, "felix"));
    decide(triage, "laura", ConcernTriageVariables.STANDARDS_OF_CARE);
    Task visit = open(triage.getBusinessKey(), StandardsOfCareVariables.TASK_VISIT_FOSTER_CARER);
    assertThat(visit.getAssignee()).isEqualTo("felix");

    ProcessInstance allocation = forms.submitStartForm(CaseWorkers.PROCESS_KEY, answers(
        CaseWorkers.CASE_REFERENCE, triage.getBusinessKey(), CaseWorkers.FOSTERING_SOCIAL_WORKER, "fiona"));
    assertThat(allocation.getBusinessKey()).isEqualTo(triage.getBusinessKey());
    assertThat(engine.getTaskService().createTaskQuery().taskId(visit.getId()).singleResult().getAssignee())
        .isEqualTo("fiona");
    assertThat(engine.getRuntimeService().getVariable(triage.getId(), CaseWorkers.FOSTERING_SOCIAL_WORKER))
        .isEqualTo("fiona");
    assertThat(engine.getRuntimeService().getVariable(visit.getProcessInstanceId(),
        CaseWorkers.FOSTERING_SOCIAL_WORKER)).isEqualTo("fiona");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(allocation.getId()).variableName(CaseAllocationDelegate.TASKS_MOVED).singleResult()
        .getValue()).isEqualTo(1);
  }

  @Test
  @DisplayName("PROCESS-API 6: a named worker outside the matching group, an unknown case or no name at all is refused naming the field")
  void refusals() {
    assertThatThrownBy(() -> raise(intake(CaseWorkers.CHILDS_SOCIAL_WORKER, "fiona")))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(CaseWorkers.CHILDS_SOCIAL_WORKER);
    assertThatThrownBy(() -> raise(intake(CaseWorkers.CHILDS_IRO, "nobody")))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(CaseWorkers.CHILDS_IRO);
    assertThatThrownBy(() -> forms.submitStartForm(CaseWorkers.PROCESS_KEY, answers(
        CaseWorkers.CASE_REFERENCE, "CC-2026-99999", CaseWorkers.LADO_OFFICER, "leon")))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(CaseWorkers.CASE_REFERENCE);
    ProcessInstance triage = raise(intake());
    assertThatThrownBy(() -> forms.submitStartForm(CaseWorkers.PROCESS_KEY, answers(
        CaseWorkers.CASE_REFERENCE, triage.getBusinessKey())))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(CaseWorkers.CHILDS_SOCIAL_WORKER);
    assertThatThrownBy(() -> forms.submitStartForm(CaseWorkers.PROCESS_KEY, answers(
        CaseWorkers.CASE_REFERENCE, triage.getBusinessKey(), CaseWorkers.LADO_OFFICER, "ian")))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(CaseWorkers.LADO_OFFICER);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CaseWorkers.PROCESS_KEY)
        .count()).isZero();
  }

  @Test
  @DisplayName("PROCESS-API 6 / seed 001 4.3: the meeting invitation goes to the case's named IRO alone, by e-mail")
  void invitationToTheNamedIro() throws Exception {
    Map<String, Object> variables = new HashMap<>(intake());
    variables.put(CaseWorkers.CHILDS_IRO, "iris");
    variables.put(StandardsOfCareVariables.SOC_DECISION_ON, ClockUtil.getCurrentTime());
    variables.put(StandardsOfCareVariables.VISIT_DATE, ClockUtil.getCurrentTime());
    variables.put(StandardsOfCareVariables.MEETING_DATE, london(2026, 12, 21, 10));
    variables.put(StandardsOfCareVariables.PROFILE, "dorset");
    variables.put(StandardsOfCareVariables.REPORT_APPROVED, false);
    variables.put(StandardsOfCareVariables.ACTIONS_OVERDUE, false);
    variables.put(StandardsOfCareVariables.WRITTEN_REPORT, false);
    variables.put(StandardsOfCareVariables.MEETING_DEADLINE, false);
    ProcessInstance soc = engine.getRuntimeService().createProcessInstanceByKey(StandardsOfCareVariables.PROCESS_KEY)
        .businessKey("CC-2026-07001").setVariables(variables)
        .startBeforeActivity(StandardsOfCareVariables.TASK_SEND_INVITATIONS).execute();
    assertThat(soc).isNotNull();

    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("localhost");
    mail.setPort(greenMail.getSmtp().getPort());
    OutboxSender sender = new OutboxSender(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDataSource(), () -> mail, new MailRecipients(() -> engine), new OutboxSender.Settings(
        "fostering-concerns@example.gov.uk", Duration.ofSeconds(10), Duration.ofSeconds(45), Duration.ofDays(3),
        Duration.ofMinutes(2), Duration.ofSeconds(5), Duration.ofMinutes(15)));
    try {
      assertThat(sender.sendDue()).isPositive();
    } finally {
      sender.stop();
    }
    Map<String, Integer> mailboxes = uk.fosteringconcerns.testing.Mailboxes.of(greenMail);
    assertThat(mailboxes).containsKey("iris@example.org").doesNotContainKey("ian@example.org");
    // the groups with no named worker on this case are told as groups: both supervising social workers
    assertThat(mailboxes).containsKeys("fiona@example.org", "felix@example.org");
  }
}
