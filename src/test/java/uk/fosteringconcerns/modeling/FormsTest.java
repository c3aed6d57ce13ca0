package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Camunda Forms fit the processes (docs/CONVENTIONS.md, "Forms"): each form is valid form-js JSON of a version
 * Camunda 7.24 reads, its id is its file name, its keys are unique, and every variable it submits is part of the
 * contract (shared/PROCESS-API.md) or read by a process that shows the form (an expression, mapping or condition
 * of that BPMN file) or by the product (a constant of a {@code *Variables} class); every formRef of every diagram
 * finds its form.
 */
@DisplayName("Camunda Forms")
class FormsTest {

  /** The newest form schema Camunda 7.24's Tasklist renders. */
  static final int MAX_SCHEMA_VERSION = 16;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern API_NAME = Pattern.compile("`([a-z][A-Za-z0-9]*)`");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern MAPPING_ATTRIBUTE = Pattern.compile(
      "\\b(?:source|target|sourceExpression|camunda:elementVariable|camunda:collection|camunda:resultVariable)=\"([^\"]*)\"");
  private static final Pattern PARAMETER_NAME = Pattern.compile("<camunda:(?:input|output)Parameter\\s+name=\"([^\"]*)\"");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*)\"");

  static Stream<Path> formFiles() {
    return ModelFiles.forms().stream();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("formFiles")
  @DisplayName("is form-js JSON: schemaVersion <= 16, type default, id = file name, unique keys")
  void isAValidForm(Path file) {
    JsonNode form = read(file);
    List<String> problems = new ArrayList<>();

    JsonNode schemaVersion = form.get("schemaVersion");
    if (schemaVersion == null || !schemaVersion.canConvertToInt() || schemaVersion.asInt() > MAX_SCHEMA_VERSION) {
      problems.add("schemaVersion is " + schemaVersion + ", expected a number <= " + MAX_SCHEMA_VERSION);
    }
    if (!"default".equals(form.path("type").asText(null))) {
      problems.add("type is " + form.get("type") + ", expected \"default\"");
    }
    String expectedId = ModelFiles.baseName(file);
    if (!expectedId.equals(form.path("id").asText(null))) {
      problems.add("id is " + form.get("id") + ", expected \"" + expectedId + "\" (the file name, used as formRef)");
    }
    if (!form.path("components").isArray()) {
      problems.add("has no components array");
    }

    Map<String, Integer> keys = new HashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    for (Field field : fields(form)) {
      keys.merge(field.path(), 1, Integer::sum);
    }
    collectIds(form, ids);
    keys.forEach((key, count) -> {
      if (count > 1) {
        problems.add("key \"" + key + "\" is used by " + count + " components");
      }
    });
    ids.forEach((id, count) -> {
      if (count > 1) {
        problems.add("component id \"" + id + "\" is used " + count + " times");
      }
    });

    assertThat(problems).as("%s", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("formFiles")
  @DisplayName("every field is a PROCESS-API variable or read by its process or a *Variables class")
  void everyFieldIsKnown(Path file) {
    String formId = ModelFiles.baseName(file);
    Set<String> known = new TreeSet<>(apiNames());
    known.addAll(variablesConstants());
    List<Path> processes = processesShowing(formId);
    processes.forEach(process -> known.addAll(namesReadBy(ModelFiles.read(process))));

    List<String> unknown = fields(read(file)).stream()
        .filter(field -> !field.isButton())
        .map(Field::variable)
        .filter(variable -> !known.contains(variable))
        .distinct()
        .toList();

    assertThat(unknown)
        .as("%s: fields whose variable is neither in %s, nor read by %s, nor a constant of a *Variables class",
            file, apiFile(), processes.isEmpty() ? "a process (no BPMN file references formRef=\"" + formId + "\")" : processes)
        .isEmpty();
  }

  @Test
  @DisplayName("every camunda:formRef of every diagram names a file forms/<formRef>.form")
  void everyFormRefHasAForm() {
    List<String> problems = new ArrayList<>();
    for (Path file : ModelFiles.bpmn()) {
      BpmnModelInstance model = BpmnLayoutTest.read(file);
      List<org.camunda.bpm.model.bpmn.instance.BaseElement> withForms = new ArrayList<>();
      withForms.addAll(model.getModelElementsByType(UserTask.class));
      withForms.addAll(model.getModelElementsByType(StartEvent.class));
      for (var element : withForms) {
        String formRef = element instanceof UserTask task ? task.getCamundaFormRef()
            : ((StartEvent) element).getCamundaFormRef();
        if (formRef != null && !formRef.contains("{")
            && !Files.isRegularFile(ModelFiles.resolve(Path.of("forms", formRef + ".form")))) {
          problems.add(file + ": " + BpmnLayoutTest.describe(element) + " has formRef \"" + formRef
              + "\" but forms/" + formRef + ".form does not exist");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** A form component that submits a value: its key (or path), inside the paths of the groups around it. */
  record Field(String path, String type) {

    /** The process variable the field submits: the first segment of its path. */
    String variable() {
      int dot = path.indexOf('.');
      return dot < 0 ? path : path.substring(0, dot);
    }

    boolean isButton() {
      return "button".equals(type);
    }
  }

  static List<Field> fields(JsonNode form) {
    List<Field> fields = new ArrayList<>();
    collectFields(form.path("components"), "", fields);
    return fields;
  }

  private static void collectFields(JsonNode components, String prefix, List<Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      String key = component.path("key").asText("");
      String path = component.path("path").asText("");
      if (!key.isBlank()) {
        fields.add(new Field(prefix + key, type));
      }
      if (component.has("components")) {
        String nested = path.isBlank() ? prefix : prefix + path + ".";
        if (!path.isBlank()) {
          fields.add(new Field(prefix + path, type));
        }
        collectFields(component.get("components"), nested, fields);
      }
    }
  }

  private static void collectIds(JsonNode node, Map<String, Integer> ids) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("id")) {
        ids.merge(component.get("id").asText(), 1, Integer::sum);
      }
      collectIds(component, ids);
    }
  }

  /** The variable names of the contract: every `camelCase` name written in PROCESS-API.md. */
  static Set<String> apiNames() {
    Path api = apiFile();
    if (!Files.isRegularFile(api)) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    try {
      Matcher matcher = API_NAME.matcher(Files.readString(api));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** The contract, shared/PROCESS-API.md beside the project. */
  static Path apiFile() {
    return ModelFiles.projectDir().resolveSibling("shared").resolve("PROCESS-API.md");
  }

  /** The string constants of every {@code *Variables} class of the product. */
  static Set<String> variablesConstants() {
    Path sources = ModelFiles.projectDir().resolve("src/main/java");
    if (!Files.isDirectory(sources)) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Variables.java")).toList()) {
        Matcher matcher = STRING_LITERAL.matcher(Files.readString(file));
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** The BPMN files with a user task or start event whose camunda:formRef is the form. */
  static List<Path> processesShowing(String formId) {
    String reference = "camunda:formRef=\"" + formId + "\"";
    return ModelFiles.bpmn().stream().filter(file -> ModelFiles.read(file).contains(reference)).toList();
  }

  /** Names a BPMN file reads: identifiers in expressions, mappings, conditions and in/out variables. */
  static Set<String> namesReadBy(String bpmnXml) {
    String unescaped = bpmnXml.replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
        .replace("&lt;", "<").replace("&gt;", ">");
    Set<String> names = new LinkedHashSet<>();
    collectIdentifiers(EXPRESSION, unescaped, names);
    collectIdentifiers(MAPPING_ATTRIBUTE, bpmnXml, names);
    collectIdentifiers(PARAMETER_NAME, bpmnXml, names);
    return names;
  }

  private static void collectIdentifiers(Pattern pattern, String text, Set<String> names) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      // string literals in an expression ('SOC_VISIT', "ALLEGATION") are values, not variables
      Matcher identifiers = IDENTIFIER.matcher(matcher.group(1).replaceAll("'[^']*'|\"[^\"]*\"", " "));
      while (identifiers.find()) {
        names.add(identifiers.group());
      }
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(ModelFiles.read(file));
    } catch (IOException e) {
      throw new AssertionError(file + " is not valid JSON: " + e.getMessage(), e);
    }
  }
}
