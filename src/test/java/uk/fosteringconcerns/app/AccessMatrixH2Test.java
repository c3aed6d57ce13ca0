package uk.fosteringconcerns.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.get;
import static uk.fosteringconcerns.app.AppTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;

/**
 * Issue 17.5: every demo user against every task type of the allegation and Standards of Care routes — list, read,
 * read variables, read the form's variables, complete — sees and works exactly the tasks of their groups, and a
 * refusal leaks nothing of the case (no value, no variable name, no field).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:access-matrix-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class AccessMatrixH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CARER_NAME = "Matrix Carer Zqxv";
  private static final String SUMMARY = "Matrix concern text Wplk";
  /** A completion no form accepts: a worker who may work the task gets 400 naming it, anyone else 403/404. */
  private static final String NOT_A_FIELD = "zzNotAField";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  private int placed;

  private record Cell(String processKey, String taskKey, Set<String> groups, String taskId) {}

  @Test
  @DisplayName("every demo user × every task type of the allegation and SoC routes: list, read, variables, complete; 0 leaks")
  void matrix() throws Exception {
    List<Cell> cells = new ArrayList<>();
    for (String processKey : List.of(AllegationVariables.PROCESS_KEY, StandardsOfCareVariables.PROCESS_KEY)) {
      cells.addAll(oneOfEachTask(processKey));
    }
    assertThat(cells).hasSizeGreaterThanOrEqualTo(30);

    List<String> leaks = new ArrayList<>();
    int checks = 0;
    for (String user : DemoUsers.USERS.keySet()) {
      Set<String> groups = Set.of(DemoUsers.USERS.get(user));
      boolean admin = groups.contains(Groups.ADMIN);
      for (Cell cell : cells) {
        boolean allowed = admin || cell.groups().stream().anyMatch(groups::contains);
        String what = user + " on " + cell.processKey() + "/" + cell.taskKey() + " (" + cell.groups() + ")";
        String pi = engine.getTaskService().createTaskQuery().taskId(cell.taskId()).singleResult().getProcessInstanceId();

        List<String> listed = ids(get(port, "/engine-rest/task?processInstanceId=" + pi, user, DemoUsers.PASSWORD));
        check(leaks, what + ": list", listed.contains(cell.taskId()) == allowed);

        for (String read : List.of("", "/variables", "/form-variables")) {
          HttpResponse<String> response = get(port, "/engine-rest/task/" + cell.taskId() + read, user,
              DemoUsers.PASSWORD);
          if (allowed) {
            check(leaks, what + ": read" + read + " " + response.statusCode(), response.statusCode() == 200);
          } else {
            check(leaks, what + ": read" + read + " " + response.statusCode(),
                response.statusCode() == 403 || response.statusCode() == 404);
            check(leaks, what + ": read" + read + " leaks " + response.body(), !leaks(response.body()));
          }
          checks++;
        }

        HttpResponse<String> completed = post(port, "/engine-rest/task/" + cell.taskId() + "/complete",
            "{\"variables\":{\"" + NOT_A_FIELD + "\":{\"value\":\"x\"}}}", user, DemoUsers.PASSWORD);
        if (allowed) {
          check(leaks, what + ": complete " + completed.statusCode() + " " + completed.body(),
              completed.statusCode() == 400
                  && NOT_A_FIELD.equals(JSON.readTree(completed.body()).path("field").asText()));
        } else {
          check(leaks, what + ": complete " + completed.statusCode(),
              completed.statusCode() == 403 || completed.statusCode() == 404);
          check(leaks, what + ": complete leaks " + completed.body(),
              !leaks(completed.body()) && !completed.body().contains("\"field\""));
        }
        checks += 2;
      }
    }
    assertThat(leaks).as("%d checks", checks).isEmpty();
    for (Cell cell : cells) {
      assertThat(engine.getTaskService().createTaskQuery().taskId(cell.taskId()).count())
          .as("%s still open", cell.taskKey()).isOne();
    }
  }

  private static void check(List<String> leaks, String what, boolean ok) {
    if (!ok) {
      leaks.add(what);
    }
  }

  private static boolean leaks(String body) {
    return body.contains(CARER_NAME) || body.contains(SUMMARY) || body.contains("carerName")
        || body.contains("concernSummary") || body.contains("receivedOn");
  }

  private static List<String> ids(HttpResponse<String> response) throws Exception {
    List<String> ids = new ArrayList<>();
    if (response.statusCode() == 200) {
      JSON.readTree(response.body()).forEach(t -> ids.add(t.path("id").asText()));
    }
    return ids;
  }

  /** A case waiting at each user task of the model, placed there by the administrator's Java API. */
  private List<Cell> oneOfEachTask(String processKey) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
    List<Cell> cells = new ArrayList<>();
    for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
      String groups = userTask.getCamundaCandidateGroups();
      if (groups == null || groups.contains("$")) {
        continue;
      }
      ProcessInstance instance = engine.getRuntimeService().createProcessInstanceById(definitionId)
          .businessKey(String.format("CC-2026-%05d", 90000 + placed++))
          .setVariables(caseVariables()).startBeforeActivity(userTask.getId()).execute(true, true);
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(userTask.getId()).singleResult();
      assertThat(task).as("%s placed at %s", processKey, userTask.getId()).isNotNull();
      cells.add(new Cell(processKey, userTask.getId(),
          Arrays.stream(groups.split(",")).map(String::trim).collect(Collectors.toSet()), task.getId()));
    }
    assertThat(cells).isNotEmpty();
    return cells;
  }

  private static Map<String, Object> caseVariables() {
    Date now = ClockUtil.getCurrentTime();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("carerId", "FC-9090");
    v.put("carerName", CARER_NAME);
    v.put("childId", "CH-9090");
    v.put("concernSummary", SUMMARY);
    v.put("raisedBy", "anonymous");
    for (String date : List.of("receivedOn", "referredOn", "socDecisionOn", "lastMeetingOn", "iemHeldOn", "panelDate",
        "visitDate", "meetingDate", "reportDueBy", "actionsDueOn", "meetingActionsDueOn", "minutesIssuedOn",
        "meetingDecidedOn", "ladoNotifiedOn", "ladoDecisionOn", "resignationReceivedOn", "terminationProposedOn",
        "meetingDueBy", "reportToChairBy", "reportToCarerBy", "visitCountsFrom", "arrangeMeetingFrom")) {
      v.put(date, now);
    }
    Map<String, Object> flags = new HashMap<>(Map.of("reportApproved", false, "actionsOverdue", false,
        "profile", "dorset", "reportInTime", true, "meetingDeadline", true));
    v.putAll(flags);
    return v;
  }
}
