package uk.fosteringconcerns.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * The JSON bodies of the REST calls a worker may make, as the product reads and rewrites them: Camunda's variable
 * format ({@code {"name": {"value": …, "type": "String"}}}) to plain values and back. Only plain values are
 * accepted (text, yes/no, numbers, dates, null): a serialized object or a file is refused naming the field.
 */
final class RestBody {

  static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  /** Camunda REST's date format. */
  private static final String REST_DATE = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
  private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "date", "null");

  private RestBody() {}

  /** The body as a JSON object; an empty body is an empty object. */
  static ObjectNode object(byte[] body) {
    if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw Refusal.badInput("body", "The request body is not valid JSON.");
    } catch (java.io.IOException e) {
      throw Refusal.badInput("body", "The request body cannot be read.");
    }
    if (node == null || !node.isObject()) {
      throw Refusal.badInput("body", "The request body must be a JSON object.");
    }
    return (ObjectNode) node;
  }

  /** Refuses a top-level key that is not one of the allowed ones. */
  static void onlyKeys(ObjectNode body, Set<String> allowed) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw Refusal.badInput(name, "'" + name + "' is not accepted here.");
      }
    }
  }

  /** The "variables" object as plain values (null when absent). */
  static Map<String, Object> variables(ObjectNode body) {
    JsonNode variables = body.get("variables");
    Map<String, Object> values = new LinkedHashMap<>();
    if (variables == null || variables.isNull()) {
      return values;
    }
    if (!variables.isObject()) {
      throw Refusal.badInput("variables", "'variables' must be an object of named values.");
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = fields.next();
      values.put(entry.getKey(), plainValue(entry.getKey(), entry.getValue()));
    }
    return values;
  }

  private static Object plainValue(String name, JsonNode variable) {
    if (variable == null || !variable.isObject()) {
      throw Refusal.badInput(name, name + ": give the value as {\"value\": …}.");
    }
    JsonNode type = variable.get("type");
    if (type != null && !type.isNull() && !(type.isTextual() && PLAIN_TYPES.contains(type.asText().toLowerCase()))) {
      throw Refusal.badInput(name, name + ": only a plain value (text, yes/no, number or date) is accepted.");
    }
    JsonNode info = variable.get("valueInfo");
    if (info != null && !info.isNull() && !(info.isObject() && info.isEmpty())) {
      throw Refusal.badInput(name, name + ": only a plain value (text, yes/no, number or date) is accepted.");
    }
    for (Iterator<String> keys = variable.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!Set.of("value", "type", "valueInfo").contains(key)) {
        throw Refusal.badInput(name, name + ": '" + key + "' is not accepted.");
      }
    }
    return plain(variable.get("value"));
  }

  private static Object plain(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToLong() ? (Object) value.longValue() : (Object) value.decimalValue();
    }
    if (value.isNumber()) {
      return value.decimalValue().doubleValue();
    }
    if (value.isArray()) {
      List<Object> items = new ArrayList<>();
      value.forEach(item -> items.add(plain(item)));
      return items;
    }
    Map<String, Object> object = new LinkedHashMap<>();
    value.fields().forEachRemaining(e -> object.put(e.getKey(), plain(e.getValue())));
    return object;
  }

  /** Replaces the body's "variables" by the checked values, typed as the engine should store them. */
  static byte[] withVariables(ObjectNode body, Map<String, Object> values) {
    ObjectNode variables = JsonNodeFactory.instance.objectNode();
    values.forEach((name, value) -> variables.set(name, typed(value)));
    body.set("variables", variables);
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the checked request", e);
    }
  }

  private static ObjectNode typed(Object value) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (value == null) {
      node.putNull("value");
      node.put("type", "Null");
    } else if (value instanceof Date date) {
      SimpleDateFormat format = new SimpleDateFormat(REST_DATE);
      format.setTimeZone(TimeZone.getTimeZone("UTC"));
      node.put("value", format.format(date));
      node.put("type", "Date");
    } else if (value instanceof Boolean bool) {
      node.put("value", bool);
      node.put("type", "Boolean");
    } else if (value instanceof Integer number) {
      node.put("value", number);
      node.put("type", "Integer");
    } else if (value instanceof Long number) {
      node.put("value", number);
      node.put("type", "Long");
    } else if (value instanceof Number number) {
      node.put("value", number.doubleValue());
      node.put("type", "Double");
    } else if (value instanceof String text) {
      node.put("value", text);
      node.put("type", "String");
    } else {
      throw new IllegalStateException("A form value of type " + value.getClass().getSimpleName() + " passed the checks");
    }
    return node;
  }

  /** A Camunda REST date ("2026-03-31T23:59:59.000+0000") or any ISO date, or null. */
  static Date date(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw Refusal.badInput(field, field + " must be a date.");
    }
    try {
      return uk.fosteringconcerns.timescales.Deadlines.parseIsoDate(node.asText());
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput(field, field + " must be a date.");
    }
  }
}
