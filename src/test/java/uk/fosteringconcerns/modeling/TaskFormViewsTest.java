package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.fosteringconcerns.tasklist.CaseViewVariables;
import uk.fosteringconcerns.tasklist.CaseWords;
import uk.fosteringconcerns.tasklist.TaskDescriptions;

/**
 * What a worker sees on a task form (issue 10): the case header from its one definition on every task form, the
 * earlier decisions on the decision and closure forms, no read-only field that shows as an empty or faint box, format
 * rules explained in plain English next to the field (never a raw expression), coded values in words, and the
 * procedures named by their titles, never by a file of the product's sources.
 */
@DisplayName("Task forms show the case")
class TaskFormViewsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern USER_TASK_FORM = Pattern.compile("<bpmn:userTask\\b[^>]*camunda:formRef=\"([^\"]+)\"");
  /** Forms the issue names: the ADM (panel's reasons), the panel (outcome, evaluation meeting), the LADO's closure. */
  private static final List<String> DECISION_FORMS = List.of("agency-decision", "fostering-panel", "lado-closure",
      "final-agency-decision", "panel-decision", "evaluation-meeting-decision", "lado-decision");
  /** Read-only inputs of these types show as empty or faint boxes in Tasklist: a text view in words instead. */
  private static final Set<String> NOT_READ_ONLY = Set.of("datetime", "radio", "select", "checkbox", "checklist");
  private static final Pattern SEED = Pattern.compile("(?i)\\bseeds?\\b");
  /** What never belongs in a worker's task description: the product's sources, ids, codes and expressions. */
  private static final List<String> NOT_FOR_WORKERS = List.of("seed", "_", "${", "#{", "{{", ".bpmn", ".dmn", ".form");

  static Stream<Path> taskForms() {
    Set<String> ids = new TreeSet<>();
    for (Path bpmn : ModelFiles.bpmn()) {
      Matcher m = USER_TASK_FORM.matcher(ModelFiles.read(bpmn));
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids.stream().map(id -> Path.of("forms", id + ".form"));
  }

  static Stream<Path> allForms() {
    return ModelFiles.forms().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taskForms")
  @DisplayName("carries the one case header view, at the top, and no hand copy of the case's facts")
  void hasTheCaseHeader(Path file) {
    JsonNode components = read(file).path("components");
    List<JsonNode> headers = new ArrayList<>();
    components.forEach(c -> {
      if (CaseViewVariables.HEADER_TEXT.equals(c.path("text").asText())) {
        headers.add(c);
      }
    });
    assertThat(headers).as("%s: text views {{caseHeader}}", file).hasSize(1);
    assertThat(headers.get(0).path("id").asText()).isEqualTo(CaseViewVariables.HEADER_COMPONENT_ID);
    assertThat(headers.get(0).has("conditional")).as("the header is never hidden").isFalse();
    int position = indexOf(components, headers.get(0));
    assertThat(position).as("%s: the header comes first or right after the form's title", file).isLessThanOrEqualTo(1);
    for (JsonNode c : all(components)) {
      assertThat(c.path("key").asText()).as("%s: the header shows the case reference and the carer", file)
          .isNotIn(CaseViewVariables.CASE_REFERENCE, "carerId", CaseViewVariables.CARER_NAME);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taskForms")
  @DisplayName("has no read-only date, choice or tick box (they show empty or faint): a text view in words instead")
  void noEmptyReadOnlyInputs(Path file) {
    for (JsonNode c : all(read(file).path("components"))) {
      boolean readOnly = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
      assertThat(readOnly && NOT_READ_ONLY.contains(c.path("type").asText()))
          .as("%s: read-only %s '%s'; show {{inWords.%s}} in a text view", file, c.path("type").asText(),
              c.path("key").asText(), c.path("key").asText())
          .isFalse();
    }
  }

  @Test
  @DisplayName("the decision and closure forms show the earlier decisions and reasons")
  void decisionFormsShowEarlierDecisions() {
    for (String id : DECISION_FORMS) {
      String text = ModelFiles.read(Path.of("forms", id + ".form"));
      assertThat(text).as(id).contains(CaseViewVariables.DECISIONS_TEXT)
          .contains("\"id\": \"" + CaseViewVariables.DECISIONS_COMPONENT_ID + "\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allForms")
  @DisplayName("a format rule is explained in plain English next to its field, never shown as an expression")
  void formatRulesInPlainEnglish(Path file) {
    List<JsonNode> components = all(read(file).path("components"));
    for (int i = 0; i < components.size(); i++) {
      JsonNode c = components.get(i);
      assertThat(c.path("validate").has("pattern"))
          .as("%s: '%s' has validate.pattern, which the browser shows as a raw expression; use properties"
              + " pattern and patternMessage", file, c.path("key").asText())
          .isFalse();
      String pattern = c.path("properties").path("pattern").asText("");
      if (pattern.isEmpty()) {
        continue;
      }
      String message = c.path("properties").path("patternMessage").asText("");
      assertThat(message).as("%s: the message of '%s'", file, c.path("key").asText()).isNotBlank()
          .doesNotContain("^").doesNotContain("$").doesNotContain("[").doesNotContain("\\");
      JsonNode next = i + 1 < components.size() ? components.get(i + 1) : JSON.createObjectNode();
      assertThat(next.path("type").asText()).as("%s: a text view right after '%s'", file, c.path("key").asText())
          .isEqualTo("text");
      assertThat(next.path("text").asText().toLowerCase()).contains(message.toLowerCase());
      assertThat(next.path("conditional").path("hide").asText()).contains("matches(" + c.path("key").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allForms")
  @DisplayName("names the procedures by their titles, never by the product's source files")
  void noSeedInForms(Path file) {
    assertThat(SEED.matcher(ModelFiles.read(file)).find()).as("%s mentions a seed", file).isFalse();
  }

  @Test
  @DisplayName("notifications and the Tasklist views name the procedures by their titles, never by the source files")
  void noSeedInMessages() throws IOException {
    List<Path> texts = new ArrayList<>();
    for (String folder : List.of("src/main/resources/notifications", "src/main/resources/tasklist")) {
      try (Stream<Path> files = Files.list(ModelFiles.projectDir().resolve(folder))) {
        files.forEach(texts::add);
      }
    }
    assertThat(texts).isNotEmpty();
    for (Path text : texts) {
      assertThat(SEED.matcher(Files.readString(text)).find()).as("%s mentions a seed", text).isFalse();
    }
  }

  @Test
  @DisplayName("every user task of every process has a worker's description in Tasklist, in plain English")
  void everyUserTaskHasADescription() throws IOException {
    TaskDescriptions descriptions = new TaskDescriptions();
    List<Path> models;
    try (Stream<Path> files = Files.walk(ModelFiles.resolve(Path.of("bpmn")))) {
      models = files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList();
    }
    // a process key with a hyphen is a code name (an ordinary word such as "escalation" may be written)
    Set<String> codeNames = new TreeSet<>();
    Map<String, String> texts = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    for (Path model : models) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
      instance.getModelElementsByType(Process.class).stream().map(Process::getId).filter(k -> k.contains("-"))
          .forEach(codeNames::add);
      for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
        String key = processOf(task).getId() + "." + task.getId();
        String text = descriptions.of(processOf(task).getId(), task.getId());
        if (text == null) {
          missing.add(key + " (" + task.getName() + ")");
        } else {
          texts.put(key, text);
        }
      }
    }
    assertThat(models).as("models under bpmn/").isNotEmpty();
    assertThat(missing).as("user tasks without a description in %s", TaskDescriptions.RESOURCE).isEmpty();
    assertThat(texts).as("user tasks").hasSizeGreaterThanOrEqualTo(50);
    List<String> problems = new ArrayList<>();
    texts.forEach((key, text) -> {
      for (String word : NOT_FOR_WORKERS) {
        if (text.toLowerCase().contains(word)) {
          problems.add(key + " names '" + word + "'");
        }
      }
      for (String processKey : codeNames) {
        if (text.toLowerCase().contains(processKey)) {
          problems.add(key + " names the process key " + processKey);
        }
      }
      if (text.length() < 60 || text.length() > 600) {
        problems.add(key + " has " + text.length() + " characters: write one or two sentences a worker reads");
      }
    });
    assertThat(problems).as("descriptions a worker should not read").isEmpty();
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  @Test
  @DisplayName("every coded value a form offers has words for the case header and the earlier decisions")
  void everyValueHasWords() {
    CaseWords words = new CaseWords();
    List<String> missing = new ArrayList<>();
    for (Path file : ModelFiles.forms()) {
      for (JsonNode c : all(read(file).path("components"))) {
        for (JsonNode value : c.path("values")) {
          if (value.path("value").isTextual() && !words.knows(c.path("key").asText(), value.path("value").asText())) {
            missing.add(file.getFileName() + ": " + c.path("key").asText() + "." + value.path("value").asText());
          }
        }
      }
    }
    assertThat(missing).as("values without a line in %s", CaseWords.RESOURCE).isEmpty();
  }

  private static int indexOf(JsonNode components, JsonNode component) {
    for (int i = 0; i < components.size(); i++) {
      if (components.get(i) == component) {
        return i;
      }
    }
    return -1;
  }

  private static List<JsonNode> all(JsonNode components) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : components) {
      out.add(c);
      if (c.has("components")) {
        out.addAll(all(c.get("components")));
      }
    }
    return out;
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(ModelFiles.read(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
