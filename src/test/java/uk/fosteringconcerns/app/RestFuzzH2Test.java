package uk.fosteringconcerns.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.app.AppTestSupport.formBody;
import static uk.fosteringconcerns.app.AppTestSupport.post;
import static uk.fosteringconcerns.app.AppTestSupport.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.forms.FormField;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.triage.ConcernTriageVariables;
import uk.fosteringconcerns.triage.FormSubmissions;

/**
 * Issue 17.3 and 17.5: generated bad starts and completions (reproducible: {@code -Dfuzz.seed=…}, the seed is
 * printed) never give a 5xx, never create a case, never complete a task, and every refusal names its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:rest-fuzz-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class RestFuzzH2Test {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REQUESTS = 600;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  /** One place a worker submits a form: a start or a task, by whom, and a valid filling of the form. */
  private record Target(String path, String user, String formId, Map<String, Object> valid) {}

  @Test
  @DisplayName("600 generated bad starts and completions: 0 5xx, 0 cases created, 0 tasks completed, every 4xx names its field")
  void fuzz() throws Exception {
    long seed = Long.getLong("fuzz.seed", 20261201L);
    System.out.println("RestFuzzH2Test seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
    Random random = new Random(seed);

    String reference = JSON.readTree(post(port, "/engine-rest/process-definition/key/concern-triage/start",
        ConcernRequests.startBody(ConcernRequests.validIntake()), "carol", DemoUsers.PASSWORD).body())
        .path("businessKey").asText();
    Task discussion = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(ConcernTriageVariables.TASK_INITIAL_DISCUSSION).singleResult();
    List<Target> targets = List.of(
        new Target("/engine-rest/process-definition/key/concern-triage/start", "carol", "concern-intake",
            startValues()),
        new Target("/engine-rest/process-definition/key/escalation/start", "ian", "escalation-start",
            FormSubmissions.answers("subject", "Plan drifting", "raisedByGroup", "iro", "startStage", 1,
                "caseReference", reference)),
        new Target("/engine-rest/task/" + discussion.getId() + "/complete", "carol", "initial-discussion",
            FormSubmissions.fill("initial-discussion", Map.of())),
        new Target("/engine-rest/task/" + discussion.getId() + "/submit-form", "carol", "initial-discussion",
            FormSubmissions.fill("initial-discussion", Map.of())));

    long casesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    long doneBefore = engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      Target target = targets.get(random.nextInt(targets.size()));
      Attempt attempt = mutate(target, random);
      HttpResponse<String> response = request(port, "POST", target.path(), attempt.body(), target.user(),
          DemoUsers.PASSWORD, "Content-Type", attempt.contentType());
      int status = response.statusCode();
      if (status < 400 || status >= 500) {
        problems.add(i + " " + attempt.what() + " on " + target.formId() + ": " + status + " " + response.body());
        continue;
      }
      JsonNode error = JSON.readTree(response.body());
      if (!error.hasNonNull("field") || error.path("field").asText().isBlank()) {
        problems.add(i + " " + attempt.what() + ": 4xx without the field: " + response.body());
      }
    }
    assertThat(problems).as("seed " + seed).isEmpty();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count()).isEqualTo(doneBefore);
    assertThat(engine.getTaskService().createTaskQuery().taskId(discussion.getId()).count()).isOne();
  }

  private static Map<String, Object> startValues() {
    Map<String, Object> values = new LinkedHashMap<>(FormSubmissions.fill("concern-intake", Map.of()));
    values.put("carerId", "FC-2001");
    values.put("childId", "CH-3001");
    return values;
  }

  private record Attempt(String what, String body, String contentType) {}

  private Attempt mutate(Target target, Random random) {
    Map<String, Object> values = new LinkedHashMap<>(target.valid());
    Map<String, FormField> fields = FormSubmissions.schema(target.formId()).fields();
    List<FormField> plain = fields.values().stream().filter(f -> !f.readOnly() && f.hideExpression() == null).toList();
    FormField field = plain.get(random.nextInt(plain.size()));
    String json = "application/json";
    switch (random.nextInt(14)) {
      case 0 -> {
        return new Attempt("malformed JSON", formBody(values).substring(0, 20 + random.nextInt(20)), json);
      }
      case 1 -> {
        return new Attempt("JSON null body", "null", json);
      }
      case 2 -> {
        return new Attempt("array body", "[1,2]", json);
      }
      case 3 -> {
        return new Attempt("wrong Content-Type", formBody(values), "text/plain");
      }
      case 4 -> {
        ObjectNode body = (ObjectNode) read(formBody(values));
        ObjectNode variable = ((ObjectNode) body.get("variables")).putObject(field.key());
        variable.put("value", "rO0ABXNyABFqYXZhLmxhbmcuUnVudGltZQ==");
        variable.put("type", "Object");
        variable.putObject("valueInfo").put("objectTypeName", "java.lang.Runtime")
            .put("serializationDataFormat", "application/x-java-serialized-object");
        return new Attempt("Object-typed " + field.key(), body.toString(), json);
      }
      case 5 -> {
        ObjectNode body = (ObjectNode) read(formBody(values));
        body.putObject("variables").put(field.key(), "not-an-object");
        return new Attempt("bare value for " + field.key(), body.toString(), json);
      }
      case 6 -> {
        values.put("zz" + random.nextInt(1000), "x");
        return new Attempt("unknown field", formBody(values), json);
      }
      case 7 -> {
        ObjectNode body = (ObjectNode) read(formBody(values));
        body.set("variables", JSON.createArrayNode().add(1));
        return new Attempt("variables as a list", body.toString(), json);
      }
      default -> {
        Object bad = badValueFor(field, random);
        if (bad == NO_BAD_VALUE) {
          return new Attempt("unknown field", formBody(Map.of("zz", "x")), json);
        }
        values.put(field.key(), bad);
        return new Attempt("bad value for " + field.key(), formBody(values), json);
      }
    }
  }

  private static final Object NO_BAD_VALUE = new Object();

  /** A value the field must refuse. */
  private static Object badValueFor(FormField field, Random random) {
    List<Object> candidates = new ArrayList<>();
    if (field.isCheckbox()) {
      candidates.addAll(List.of("maybe", 1, List.of(true)));
      if (field.required()) {
        candidates.add(false);
      }
    } else if (field.isDate()) {
      candidates.addAll(List.of("31/02/2026", "yesterday", "1999-12-31", "2099-01-01T00:00:00Z", 20260101, true));
    } else if (field.isNumber()) {
      candidates.addAll(List.of("many", List.of(1)));
      if (field.max() != null) {
        candidates.add((long) (field.max() + 1));
      }
      if (field.min() != null) {
        candidates.add((long) (field.min() - 1));
      }
    } else if (field.hasAllowedValues()) {
      candidates.addAll(List.of("BOGUS", 7, Map.of("a", 1)));
    } else {
      candidates.addAll(List.of(42, true, List.of("a"), Map.of("k", "v")));
      if (field.maxLength() != null) {
        candidates.add("x".repeat(field.maxLength() + 1));
      }
      if (field.pattern() != null) {
        candidates.add("FC-1\n");
        candidates.add("bad value; drop");
      }
    }
    if (field.required()) {
      candidates.add(null);
      if (!field.isCheckbox()) {
        candidates.add("");
      }
    }
    return candidates.isEmpty() ? NO_BAD_VALUE : candidates.get(random.nextInt(candidates.size()));
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
