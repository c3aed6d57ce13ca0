package uk.fosteringconcerns.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Enforces on the server the rules a Camunda Form declares, because form-js validates only in the browser.
 * The submitted map is normalised in place (ISO date strings become dates, "true"/"false" become booleans,
 * read-only fields are dropped) so that REST and Tasklist store the same types.
 */
public class FormValidation {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
  private final Map<String, List<FormRule>> rulesByForm;

  public FormValidation(Collection<FormRule> rules) {
    Map<String, List<FormRule>> byForm = new HashMap<>();
    for (FormRule rule : rules) {
      byForm.computeIfAbsent(rule.formId(), k -> new java.util.ArrayList<>()).add(rule);
    }
    this.rulesByForm = byForm;
  }

  public static FormFieldValidationException invalid(String field, String message) {
    return new FormFieldValidationException(field, "Invalid value for field '" + field + "': " + message);
  }

  /**
   * Validates and normalises `submitted` against the form.
   *
   * @param existing the case's variables before this submission (null-returning for a new case)
   */
  public void validate(FormSchema form, Map<String, Object> submitted, Function<String, Object> existing) {
    for (String key : submitted.keySet()) {
      if (!form.fields().containsKey(key)) {
        throw new FormFieldValidationException(key,
            "Field '" + key + "' is not on the form '" + form.id() + "'");
      }
    }
    // read-only fields show the case to the worker; they are never changed by a submission
    form.fields().values().stream().filter(FormField::readOnly).forEach(f -> submitted.remove(f.key()));

    for (FormField field : form.fields().values()) {
      if (field.readOnly()) {
        continue;
      }
      Object converted = convert(field, unwrap(submitted.get(field.key())));
      if (submitted.containsKey(field.key())) {
        submitted.put(field.key(), converted);
      }
    }
    for (FormField field : form.fields().values()) {
      if (field.readOnly() || isHidden(field, submitted, existing)) {
        continue;
      }
      check(field, submitted.get(field.key()));
    }
    for (FormRule rule : rulesByForm.getOrDefault(form.id(), List.of())) {
      rule.check(submitted, existing);
    }
  }

  private boolean isHidden(FormField field, Map<String, Object> submitted, Function<String, Object> existing) {
    if (field.hideExpression() == null) {
      return false;
    }
    Map<String, Object> context = new HashMap<>();
    // form-js evaluates against the form's own data: what is submitted, else what the case already holds
    for (String name : referencedNames(field.hideExpression())) {
      Object value = submitted.containsKey(name) ? submitted.get(name) : existing.apply(name);
      context.put(name, value);
    }
    try {
      Object result = feel.evaluateSimpleExpression(field.hideExpression(),
          Variables.fromMap(context).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      throw new IllegalStateException("The form's hide condition of field '" + field.key()
          + "' cannot be evaluated: " + field.hideExpression(), e);
    }
  }

  /** Names a FEEL condition refers to (identifiers that are not keywords). */
  private static List<String> referencedNames(String expression) {
    java.util.regex.Matcher m = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\b").matcher(
        expression.replaceAll("\"[^\"]*\"", ""));
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      if (!List.of("and", "or", "not", "null", "true", "false", "is", "defined", "in", "if", "then", "else",
          "string", "number", "date", "time", "contains", "count").contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private Object convert(FormField field, Object value) {
    if (value == null) {
      return null;
    }
    if (field.isDate() && value instanceof String text && !text.isBlank()) {
      try {
        return Deadlines.parseIsoDate(text);
      } catch (IllegalArgumentException e) {
        throw invalid(field.key(), "must be an ISO-8601 date");
      }
    }
    if (field.isCheckbox() && value instanceof String text) {
      if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
        return Boolean.valueOf(text);
      }
      throw invalid(field.key(), "must be true or false");
    }
    if (field.isNumber() && value instanceof String text && !text.isBlank()) {
      try {
        BigDecimal number = new BigDecimal(text.trim());
        return number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
      } catch (NumberFormatException | ArithmeticException e) {
        throw invalid(field.key(), "must be a number");
      }
    }
    if (field.hasAllowedValues() && !field.isMultiValue() && value instanceof String text) {
      // radio/select values that are booleans in the schema arrive as strings from some clients
      for (Object allowed : field.allowedValues()) {
        if (allowed instanceof Boolean && allowed.toString().equals(text)) {
          return allowed;
        }
      }
    }
    return value;
  }

  private void check(FormField field, Object value) {
    boolean empty = value == null || (value instanceof String s && s.isEmpty())
        || (value instanceof Collection<?> c && c.isEmpty());
    if (field.isCheckbox()) {
      if (!(value instanceof Boolean)) {
        throw invalid(field.key(), "is required (true or false)");
      }
      if (field.required() && !Boolean.TRUE.equals(value)) {
        throw invalid(field.key(), "must be ticked");
      }
      return;
    }
    if (empty) {
      if (field.required()) {
        throw invalid(field.key(), "is required");
      }
      return;
    }
    if (field.isDate()) {
      if (!(value instanceof Date date)) {
        throw invalid(field.key(), "must be a date");
      }
      if (field.disallowPassedDates()) {
        LocalDate today = Deadlines.toLocalDate(ClockUtil.getCurrentTime());
        if (Deadlines.toLocalDate(date).isBefore(today)) {
          throw invalid(field.key(), "must not be in the past");
        }
      }
      return;
    }
    if (field.isNumber()) {
      if (!(value instanceof Number number)) {
        throw invalid(field.key(), "must be a number");
      }
      if (field.min() != null && number.doubleValue() < field.min()) {
        throw invalid(field.key(), "must be at least " + format(field.min()));
      }
      if (field.max() != null && number.doubleValue() > field.max()) {
        throw invalid(field.key(), "must be at most " + format(field.max()));
      }
      return;
    }
    if (field.hasAllowedValues()) {
      Collection<?> chosen = field.isMultiValue() && value instanceof Collection<?> c ? c : List.of(value);
      for (Object one : chosen) {
        if (field.allowedValues().stream().noneMatch(a -> a.equals(one))) {
          throw invalid(field.key(), "must be one of " + field.allowedValues());
        }
      }
      return;
    }
    if (!(value instanceof String text)) {
      throw invalid(field.key(), "must be text");
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      throw invalid(field.key(), "must have at least " + field.minLength() + " characters");
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      throw invalid(field.key(), "must have at most " + field.maxLength() + " characters");
    }
    if (field.pattern() != null) {
      try {
        // form-js tests the pattern like JavaScript's RegExp.test: anchors are the form's to write
        if (!Pattern.compile(field.pattern()).matcher(text).find()) {
          throw invalid(field.key(), "must match the pattern " + field.pattern());
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("Form pattern of '" + field.key() + "' is not a valid expression", e);
      }
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      throw invalid(field.key(), "must be an e-mail address");
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
      throw invalid(field.key(), "must be a phone number");
    }
  }

  private static Object unwrap(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
