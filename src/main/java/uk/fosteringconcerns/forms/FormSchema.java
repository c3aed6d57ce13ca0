package uk.fosteringconcerns.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed Camunda Form (form-js JSON, schemaVersion up to 16 for Tasklist 7.24). */
public final class FormSchema {

  /** Component types that hold no value. */
  private static final Set<String> CONTAINERS = Set.of("group", "dynamiclist");
  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
      "radio", "select", "datetime", "taglist");
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * A format rule kept out of the browser's own validation (form-js would show the raw expression to the worker):
   * the custom properties `pattern` and `patternMessage` of a field; the form shows `patternMessage` next to the
   * field through a text view whose condition uses the same expression, and the server enforces it.
   */
  public static final String PATTERN_PROPERTY = "pattern";
  public static final String PATTERN_MESSAGE_PROPERTY = "patternMessage";

  private final String id;
  private final Map<String, FormField> fields;

  private FormSchema(String id, Map<String, FormField> fields) {
    this.id = id;
    this.fields = Collections.unmodifiableMap(fields);
  }

  public String id() {
    return id;
  }

  /** The form's fields by key, in the order the worker sees them. */
  public Map<String, FormField> fields() {
    return fields;
  }

  public static FormSchema parse(InputStream json) throws IOException {
    return parse(JSON.readTree(json));
  }

  public static FormSchema parse(byte[] json) throws IOException {
    return parse(JSON.readTree(json));
  }

  public static FormSchema parse(JsonNode root) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(root.path("components"), fields, null);
    return new FormSchema(root.path("id").asText(null), fields);
  }

  private static void collect(JsonNode components, Map<String, FormField> fields, String parentHide) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String hide = combine(parentHide, hideExpression(component));
      if (CONTAINERS.contains(type)) {
        collect(component.path("components"), fields, hide);
        continue;
      }
      if (!INPUTS.contains(type) || !component.hasNonNull("key")) {
        continue;
      }
      JsonNode validate = component.path("validate");
      List<Object> values = new ArrayList<>();
      for (JsonNode value : component.path("values")) {
        JsonNode v = value.path("value");
        values.add(v.isBoolean() ? v.booleanValue() : v.isNumber() ? v.numberValue() : v.asText());
      }
      FormField field = new FormField(
          component.path("key").asText(),
          component.path("label").asText(null),
          type,
          component.path("subtype").asText(null),
          validate.path("required").asBoolean(false),
          intOrNull(validate.path("minLength")),
          intOrNull(validate.path("maxLength")),
          doubleOrNull(validate.path("min")),
          doubleOrNull(validate.path("max")),
          pattern(validate, component.path("properties")),
          textOrNull(component.path("properties").path(PATTERN_MESSAGE_PROPERTY)),
          textOrNull(validate.path("validationType")),
          values,
          hide,
          component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
          component.path("disallowPassedDates").asBoolean(false));
      fields.put(field.key(), field);
    }
  }

  /** `conditional.hide` is a FEEL expression written `=expr`; a static `true`/`false` is allowed too. */
  private static String hideExpression(JsonNode component) {
    JsonNode hide = component.path("conditional").path("hide");
    if (hide.isMissingNode() || hide.isNull()) {
      return null;
    }
    if (hide.isBoolean()) {
      return hide.booleanValue() ? "true" : null;
    }
    String text = hide.asText().trim();
    if (text.isEmpty()) {
      return null;
    }
    return text.startsWith("=") ? text.substring(1).trim() : text;
  }

  private static String combine(String parent, String own) {
    if (parent == null) {
      return own;
    }
    return own == null ? parent : "(" + parent + ") or (" + own + ")";
  }

  private static String pattern(JsonNode validate, JsonNode properties) {
    String own = textOrNull(validate.path("pattern"));
    return own != null ? own : textOrNull(properties.path(PATTERN_PROPERTY));
  }

  private static Integer intOrNull(JsonNode node) {
    if (node.isNumber()) {
      return node.intValue();
    }
    return node.isTextual() && !node.asText().isBlank() ? Integer.valueOf(node.asText().trim()) : null;
  }

  private static Double doubleOrNull(JsonNode node) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return node.isTextual() && !node.asText().isBlank() ? Double.valueOf(node.asText().trim()) : null;
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }
}
