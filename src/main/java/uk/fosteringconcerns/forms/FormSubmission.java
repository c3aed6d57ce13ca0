package uk.fosteringconcerns.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a worker submits on a form, as the rules see it: the values (normalised in place: ISO date strings become
 * dates), the case's values before this submission, and who submits.
 */
public final class FormSubmission {

  private final Map<String, Object> values;
  private final Function<String, Object> existing;
  private final Map<String, Object> existingCache = new HashMap<>();
  private final String userId;
  private final List<String> groups;

  public FormSubmission(Map<String, Object> values, Function<String, Object> existing, String userId,
      List<String> groups) {
    this.values = values;
    this.existing = existing == null ? name -> null : existing;
    this.userId = userId;
    this.groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** A submission with no case before it and no known user (a start from the product's own code or a test). */
  public static FormSubmission of(Map<String, Object> values) {
    return new FormSubmission(values, null, null, null);
  }

  /** The submitted values, keyed by field; rules may replace a value by its normalised form. */
  public Map<String, Object> values() {
    return values;
  }

  public Object value(String field) {
    return values.get(field);
  }

  /** The case's value of a variable before this submission (null for a new case); read once, lazily. */
  public Object existing(String name) {
    return existingCache.computeIfAbsent(name, existing);
  }

  /** The submitting user's id, or null when the product itself submits. */
  public String userId() {
    return userId;
  }

  /** The submitting user's groups (empty when the product itself submits). */
  public List<String> groups() {
    return groups;
  }
}
