package uk.fosteringconcerns.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.fosteringconcerns.allegations.AllegationVariables;

/**
 * The user tasks of concern-triage and management-of-allegations as Tasklist and the overdue-escalation watcher see
 * them (CONVENTIONS "Models"): group, form by deployment, due date from the deadlines bean, and the statutory flag on
 * the tasks whose timescales the seeds make statutory (seed 000 s2, seed 001 s4.1, seed 004 s4, seed 001 s4 ADM).
 */
class TriageModelsTest {

  static final Map<String, Set<String>> STATUTORY = Map.of(
      ConcernTriageVariables.PROCESS_KEY, Set.of(ConcernTriageVariables.TASK_INITIAL_DISCUSSION,
          ConcernTriageVariables.TASK_LADO_DECISION, ConcernTriageVariables.TASK_MAKE_SAFEGUARDING_REFERRAL,
          ConcernTriageVariables.TASK_REFER_TO_HOME_AUTHORITY_LADO),
      AllegationVariables.PROCESS_KEY, Set.of(AllegationVariables.TASK_INITIAL_EVALUATION_MEETING,
          AllegationVariables.TASK_POST_ALLEGATION_MEETING, AllegationVariables.TASK_AGENCY_DECISION));

  static BpmnModelInstance read(String key) throws Exception {
    try (InputStream in = TriageModelsTest.class.getClassLoader().getResourceAsStream("bpmn/" + key + ".bpmn")) {
      return Bpmn.readModelFromStream(in);
    }
  }

  static boolean statutory(UserTask task) {
    return task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .anyMatch((CamundaProperty p) -> "statutory".equals(p.getCamundaName()) && "true".equals(p.getCamundaValue()));
  }

  @ParameterizedTest
  @ValueSource(strings = {ConcernTriageVariables.PROCESS_KEY, AllegationVariables.PROCESS_KEY})
  @DisplayName("CONVENTIONS Models: every user task has a group, a deployed form and a due date from deadlines; statutory ones are flagged")
  void userTasks(String key) throws Exception {
    Collection<UserTask> tasks = read(key).getModelElementsByType(UserTask.class);
    assertThat(tasks).isNotEmpty();
    for (UserTask task : tasks) {
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
      assertThat(task.getCamundaDueDate()).as(task.getId()).startsWith("${deadlines.");
      assertThat(task.getName()).as(task.getId()).isNotBlank();
    }
    Set<String> flagged = tasks.stream().filter(TriageModelsTest::statutory).map(UserTask::getId)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(flagged).containsExactlyInAnyOrderElementsOf(STATUTORY.get(key));
  }
}
