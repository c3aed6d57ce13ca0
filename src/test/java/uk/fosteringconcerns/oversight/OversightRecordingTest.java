package uk.fosteringconcerns.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.oversight.reports.OverdueWork;
import uk.fosteringconcerns.oversight.reports.OversightReports;
import uk.fosteringconcerns.oversight.reports.ReportPeriod;
import uk.fosteringconcerns.oversight.reports.ReportScope;
import uk.fosteringconcerns.testing.ProcessEngineFixture;
import uk.fosteringconcerns.triage.ConcernTriageVariables;
import uk.fosteringconcerns.triage.FormSubmissions;

/**
 * The reporting tables kept by the history event handler, on the engine-only fixture: the cases of
 * {@link OversightScenario} (real models, clock moved) give exactly the hand-worked figures of seed 004 LADO report
 * 6.2, seed 000/001 and seed 004 IRO report section 10; what is recorded rolls back with the engine.
 */
class OversightRecordingTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessEngine engine;
  private String deployment;
  private DataSource dataSource;

  @BeforeEach
  void deploy(ProcessEngine engine) {
    this.engine = engine;
    deployment = ProcessEngineFixture.deployAll(engine);
    dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    // the class shares one engine: each test counts only its own cases
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (String table : List.of("fc_ov_fact", "fc_ov_open_task", "fc_ov_variable", "fc_ov_process")) {
      jdbc.update("DELETE FROM " + table);
    }
  }

  @AfterEach
  void undeploy() {
    ClockUtil.reset();
    ProcessEngineFixture.undeploy(engine, deployment);
  }

  @Test
  @DisplayName("PROCESS-API 9, seed 004 LADO report 6.2: cases on time and late at every step give exactly the expected figures")
  void figuresOfTheFinancialYear() throws Exception {
    OversightScenario scenario = new OversightScenario(engine).run();
    OversightReports reports = new OversightReports(dataSource);
    ReportPeriod year = ReportPeriod.parse(null, null, LocalDate.of(2026, 3, 2));
    assertThat(year).isEqualTo(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));

    assertFigures(reports.report(OversightReports.LADO_REPORT, year, ReportScope.everyone()), scenario.expectedLado());
    assertFigures(reports.report(OversightReports.STANDARDS_OF_CARE_REPORT, year, ReportScope.everyone()),
        scenario.expectedStandardsOfCare());
    assertFigures(reports.report(OversightReports.ESCALATIONS_REPORT, year, ReportScope.everyone()),
        scenario.expectedEscalations());

    List<OverdueWork.OverdueTask> overdue = new OverdueWork(dataSource, scenario.calendar)
        .overdue(ReportScope.everyone(), OversightScenario.QUERY_TIME, 0, 100).tasks();
    List<Object[]> expected = scenario.expectedOverdue();
    assertThat(overdue).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      OverdueWork.OverdueTask task = overdue.get(i);
      assertThat(task.caseReference()).isEqualTo(expected.get(i)[0]);
      assertThat(task.taskKey()).isEqualTo(expected.get(i)[1]);
      assertThat(task.group()).isEqualTo(expected.get(i)[2]);
      assertThat(task.dueOn()).isEqualTo(expected.get(i)[3]);
      assertThat(task.workingDaysLate()).isEqualTo(scenario.workingDaysLate((LocalDate) expected.get(i)[3]));
    }
  }

  @Test
  @DisplayName("the figures agree with the engine's own history of the cases (task due dates, variables, ends)")
  void figuresAgreeWithTheEnginesHistory() {
    OversightScenario scenario = new OversightScenario(engine).run();
    OversightReports reports = new OversightReports(dataSource);
    ReportPeriod year = ReportPeriod.parse(null, null, LocalDate.of(2026, 3, 2));
    Map<String, Object> lado = reports.report(OversightReports.LADO_REPORT, year, ReportScope.everyone());
    var history = engine.getHistoryService();

    // contacts: concerns whose receivedOn falls in the year
    long contacts = history.createHistoricVariableInstanceQuery().variableName(ConcernTriageVariables.RECEIVED_ON)
        .list().stream()
        .filter(v -> ConcernTriageVariables.PROCESS_KEY.equals(v.getProcessDefinitionKey()))
        .map(v -> uk.fosteringconcerns.timescales.Deadlines.toLocalDate(v.getValue()))
        .filter(day -> !day.isBefore(year.from()) && !day.isAfter(year.to())).count();
    assertThat(count(lado, "contacts")).isEqualTo(contacts);

    // IEMs: each completed meeting against the due date the model gave its task, on the date it was held
    long iems = 0;
    long iemsOnTime = 0;
    for (var task : history.createHistoricTaskInstanceQuery()
        .taskDefinitionKey(AllegationVariables.TASK_INITIAL_EVALUATION_MEETING).finished().list()) {
      Object heldOn = history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .variableName(AllegationVariables.IEM_HELD_ON).singleResult().getValue();
      LocalDate held = uk.fosteringconcerns.timescales.Deadlines.toLocalDate(heldOn);
      if (!held.isBefore(year.from()) && !held.isAfter(year.to())) {
        iems++;
        if (!held.isAfter(uk.fosteringconcerns.timescales.Deadlines.toLocalDate(task.getDueDate()))) {
          iemsOnTime++;
        }
      }
    }
    assertThat(count(lado, "iemWithin5WorkingDays")).isEqualTo(iems);
    assertThat(((Number) ((Map<?, ?>) lado.get("iemWithin5WorkingDays")).get("onTime")).longValue())
        .isEqualTo(iemsOnTime);

    // allegations closed in the year, and open at its end
    long closed = history.createHistoricProcessInstanceQuery().processDefinitionKey(AllegationVariables.PROCESS_KEY)
        .completed().list().stream().map(p -> uk.fosteringconcerns.timescales.Deadlines.toLocalDate(p.getEndTime()))
        .filter(day -> !day.isBefore(year.from()) && !day.isAfter(year.to())).count();
    assertThat(((Map<?, ?>) lado.get("closedWithin")).values().stream().mapToLong(n -> ((Number) n).longValue())
        .sum()).isEqualTo(closed);
    assertThat(count(lado, "open")).isEqualTo(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(AllegationVariables.PROCESS_KEY).count());

    // overdue: every open statutory task of the engine past its due date is listed, and nothing else
    List<String> engineOverdue = engine.getTaskService().createTaskQuery().dueBefore(OversightScenario.QUERY_TIME)
        .list().stream().filter(t -> uk.fosteringconcerns.oversight.recording.OversightRecorder.statutoryTasks(
            engine.getRepositoryService().getBpmnModelInstance(t.getProcessDefinitionId()))
            .contains(t.getTaskDefinitionKey()))
        .map(Task::getId).sorted().toList();
    List<String> listed = new OverdueWork(dataSource, scenario.calendar)
        .overdue(ReportScope.everyone(), OversightScenario.QUERY_TIME, 0, 100).tasks().stream()
        .map(OverdueWork.OverdueTask::taskId).sorted().toList();
    assertThat(listed).isEqualTo(engineOverdue);
  }

  private static long count(Map<String, Object> report, String figure) {
    return ((Number) ((Map<?, ?>) report.get(figure)).get("count")).longValue();
  }

  @Test
  @DisplayName("a completion refused by its form leaves no fact and the task stays listed; a completed one leaves the list")
  void recordingRollsBackWithTheEngine() {
    ClockUtil.setCurrentTime(OversightScenario.at(2025, 6, 3, 9, 30));
    Map<String, Object> intake = FormSubmissions.answers(ConcernTriageVariables.RECEIVED_ON,
        OversightScenario.at(2025, 6, 3, 9, 0), ConcernTriageVariables.CARER_ID, "FC-RB-1",
        ConcernTriageVariables.CARER_NAME, "Placeholder", ConcernTriageVariables.CHILD_ID, "CH-RB-1",
        ConcernTriageVariables.CONCERN_SUMMARY, "Placeholder", ConcernTriageVariables.RAISED_BY, "anonymous",
        ConcernTriageVariables.CONCERN_ABOUT_OWN_CHILD, false, ConcernTriageVariables.CARER_LIVES_IN_OTHER_AUTHORITY,
        false);
    String id = engine.getRuntimeService().startProcessInstanceByKey(ConcernTriageVariables.PROCESS_KEY, intake)
        .getId();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Task discussion = engine.getTaskService().createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(ConcernTriageVariables.TASK_INITIAL_DISCUSSION).singleResult();
    assertThat(jdbc.queryForObject("SELECT candidate_groups FROM fc_ov_open_task WHERE task_id = ?", String.class,
        discussion.getId())).isEqualTo("," + Groups.CHILDRENS_TEAM_MANAGER + ",");
    long facts = jdbc.queryForObject("SELECT COUNT(*) FROM fc_ov_fact", Long.class);

    // discussionNotes is required: refused, nothing recorded
    assertThatThrownBy(() -> FormSubmissions.submit(engine, discussion,
        FormSubmissions.answers(ConcernTriageVariables.DISCUSSION_NOTES, null)));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_ov_fact", Long.class)).isEqualTo(facts);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_ov_open_task WHERE task_id = ?", Long.class,
        discussion.getId())).isOne();

    FormSubmissions.submit(engine, discussion, FormSubmissions.answers(ConcernTriageVariables.HARMED_CHILD, true));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_ov_open_task WHERE task_id = ?", Long.class,
        discussion.getId())).isZero();
    assertThat(jdbc.queryForObject("SELECT on_time FROM fc_ov_fact WHERE id = ?", Integer.class,
        discussion.getId() + ":initialDiscussionsWithin1WorkingDay")).isEqualTo(1);
    // the reported variables hold no free text: only the names captured, and only values
    assertThat(jdbc.queryForList("SELECT name FROM fc_ov_variable WHERE process_instance_id = ?", String.class, id))
        .doesNotContain(ConcernTriageVariables.CONCERN_SUMMARY, ConcernTriageVariables.CARER_NAME,
            ConcernTriageVariables.DISCUSSION_NOTES, ConcernTriageVariables.CHILD_ID)
        .contains(ConcernTriageVariables.RECEIVED_ON);
    engine.getRuntimeService().deleteProcessInstance(id, "test ended");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_ov_process WHERE process_instance_id = ?", Long.class,
        id)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_ov_open_task WHERE process_instance_id = ?", Long.class,
        id)).isZero();
    assertThat(AllegationVariables.OUTCOMES).isNotEmpty();
  }

  /** Each expected figure equals the report's (numbers compared as JSON, so 2 and 2L are the same). */
  static void assertFigures(Map<String, Object> report, Map<String, Object> expected) throws Exception {
    for (Map.Entry<String, Object> figure : expected.entrySet()) {
      JsonNode actual = JSON.readTree(JSON.writeValueAsString(report.get(figure.getKey())));
      JsonNode wanted = JSON.readTree(JSON.writeValueAsString(figure.getValue()));
      assertThat(actual).as(report.get("report") + "." + figure.getKey()).isEqualTo(wanted);
    }
  }
}
