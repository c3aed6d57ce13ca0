package uk.fosteringconcerns.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Enforces on the server the rules a Camunda Form declares, because form-js validates only in the browser.
 * The submitted map is normalised in place (ISO date strings become dates, "true"/"false" become booleans,
 * read-only fields are dropped) so that REST and Tasklist store the same types. Every refusal is an
 * {@link InvalidFieldException} in plain English, led by the field's label, never repeating the value.
 */
public class FormValidation {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\z");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}\\z");
  private static final Pattern NAME = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\b");
  private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "null", "true", "false", "is", "defined",
      "in", "if", "then", "else", "string", "number", "date", "time", "contains", "count", "matches", "length");

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
  private final Map<String, List<FormRule>> rulesByForm;
  private final int firstYear;
  private final int lastYear;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  /**
   * @param firstYear the first year the working-day calendar covers: a date before it cannot have a deadline
   * @param lastYear  the last year it covers
   */
  public FormValidation(Collection<FormRule> rules, int firstYear, int lastYear) {
    Map<String, List<FormRule>> byForm = new HashMap<>();
    for (FormRule rule : rules) {
      byForm.computeIfAbsent(rule.formId(), k -> new ArrayList<>()).add(rule);
    }
    this.rulesByForm = byForm;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** A refusal for a rule to throw; the validation adds the field's label. */
  public static InvalidFieldException invalid(String field, String problem) {
    return new InvalidFieldException(field, problem);
  }

  /** Validates and normalises the submission against the form. */
  public void validate(FormSchema form, FormSubmission submission) {
    Map<String, Object> submitted = submission.values();
    for (String key : submitted.keySet()) {
      if (!form.fields().containsKey(key)) {
        throw new InvalidFieldException(key, "is not a field of this form");
      }
    }
    // read-only fields show the case to the worker; they are never changed by a submission
    form.fields().values().stream().filter(FormField::readOnly).forEach(f -> submitted.remove(f.key()));
    try {
      for (FormField field : form.fields().values()) {
        if (!field.readOnly() && submitted.containsKey(field.key())) {
          submitted.put(field.key(), convert(field, unwrap(submitted.get(field.key()))));
        }
      }
      for (FormField field : form.fields().values()) {
        if (field.readOnly()) {
          continue;
        }
        if (isHidden(field, submission)) {
          // form-js does not submit a field its condition hides; neither is it kept when sent over REST
          submitted.remove(field.key());
          continue;
        }
        check(field, submitted.get(field.key()));
      }
      for (FormRule rule : rulesByForm.getOrDefault(form.id(), List.of())) {
        rule.check(submission);
      }
    } catch (InvalidFieldException e) {
      FormField field = form.fields().get(e.field());
      throw field == null ? e : e.withLabel(field.displayName());
    }
  }

  private boolean isHidden(FormField field, FormSubmission submission) {
    if (field.hideExpression() == null) {
      return false;
    }
    Map<String, Object> context = new HashMap<>();
    // form-js evaluates against the form's own data: what is submitted, else what the case already holds
    for (String name : referencedNames(field.hideExpression())) {
      Map<String, Object> submitted = submission.values();
      context.put(name, submitted.containsKey(name) ? submitted.get(name) : submission.existing(name));
    }
    try {
      Object result = feel.evaluateSimpleExpression(field.hideExpression(),
          Variables.fromMap(context).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      throw new IllegalStateException("The form's hide condition of field '" + field.key()
          + "' cannot be evaluated", e);
    }
  }

  /** Names a FEEL condition refers to (identifiers that are not keywords). */
  private static List<String> referencedNames(String expression) {
    Matcher m = NAME.matcher(expression.replaceAll("\"[^\"]*\"", ""));
    List<String> names = new ArrayList<>();
    while (m.find()) {
      if (!FEEL_WORDS.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private Object convert(FormField field, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isArray()) {
      if (!field.isMultiValue()) {
        throw invalid(field.key(), "must be a single value");
      }
      return value;
    }
    if (field.isDate()) {
      if (value instanceof String text) {
        if (text.isBlank()) {
          return null;
        }
        try {
          return Deadlines.parseIsoDate(text);
        } catch (IllegalArgumentException e) {
          throw invalid(field.key(), "must be a date, for example 2026-03-31");
        }
      }
      if (!(value instanceof Date)) {
        throw invalid(field.key(), "must be a date, for example 2026-03-31");
      }
      return value;
    }
    if (field.isCheckbox()) {
      if (value instanceof String text && ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text))) {
        return Boolean.valueOf(text);
      }
      if (!(value instanceof Boolean)) {
        throw invalid(field.key(), "must be ticked or not ticked (true or false)");
      }
      return value;
    }
    if (field.isNumber()) {
      if (value instanceof String text && !text.isBlank()) {
        try {
          BigDecimal number = new BigDecimal(text.trim());
          return number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
          throw invalid(field.key(), "must be a number");
        }
      }
      return value;
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
        throw invalid(field.key(), "answer by ticking the box or leaving it empty (true or false)");
      }
      if (field.required() && !Boolean.TRUE.equals(value)) {
        throw invalid(field.key(), "must be ticked");
      }
      return;
    }
    if (empty) {
      if (field.required()) {
        throw invalid(field.key(), field.hasAllowedValues() ? "choose one of the options" : "is required");
      }
      return;
    }
    if (field.isDate()) {
      Date date = (Date) value;
      LocalDate day = Deadlines.toLocalDate(date);
      if (day.getYear() < firstYear || day.getYear() > lastYear) {
        throw invalid(field.key(), "must be a date between " + firstYear + " and " + lastYear);
      }
      if (field.disallowPassedDates() && day.isBefore(Deadlines.toLocalDate(ClockUtil.getCurrentTime()))) {
        throw invalid(field.key(), "must not be in the past");
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
          throw invalid(field.key(), "choose one of the options on the form");
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
    if (field.pattern() != null && !pattern(field).matcher(text).find()) {
      throw invalid(field.key(), field.patternMessage() != null ? field.patternMessage() : "is not in the expected format");
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      throw invalid(field.key(), "must be an e-mail address");
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
      throw invalid(field.key(), "must be a phone number");
    }
  }

  /** The form's pattern as JavaScript's RegExp.test reads it: `$` is the very end of the text. */
  private Pattern pattern(FormField field) {
    return patterns.computeIfAbsent(field.pattern(), source -> {
      try {
        return Pattern.compile(javaScriptEnd(source));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("Form pattern of '" + field.key() + "' is not a valid expression", e);
      }
    });
  }

  /**
   * In Java `$` also matches before a final line break, so "ABC\n" would pass ^[A-Z]+$; JavaScript's does not.
   * Every unescaped `$` outside a character class becomes `\z`.
   */
  static String javaScriptEnd(String source) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < source.length()) {
        out.append(c).append(source.charAt(++i));
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '$' && !inClass) {
        out.append("\\z");
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static Object unwrap(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
