package uk.fosteringconcerns.forms;

import java.util.List;

/**
 * One input of a Camunda Form (form-js schema) and the rules it declares. Only what the server enforces is
 * kept: the browser shows the same rules to the worker.
 */
public record FormField(
    String key,
    String label,
    String type,
    String subtype,
    boolean required,
    Integer minLength,
    Integer maxLength,
    Double min,
    Double max,
    String pattern,
    String patternMessage,
    String validationType,
    List<Object> allowedValues,
    String hideExpression,
    boolean readOnly,
    boolean disallowPassedDates) {

  /** A checkbox always submits true/false in Tasklist, so over REST it must be given too. */
  public boolean isCheckbox() {
    return "checkbox".equals(type);
  }

  public boolean isDate() {
    return "datetime".equals(type);
  }

  public boolean isNumber() {
    return "number".equals(type);
  }

  public boolean isMultiValue() {
    return "checklist".equals(type) || "taglist".equals(type);
  }

  public boolean hasAllowedValues() {
    return allowedValues != null && !allowedValues.isEmpty();
  }

  /** What the worker sees as the field's name. */
  public String displayName() {
    return label == null || label.isBlank() ? key : label;
  }
}
