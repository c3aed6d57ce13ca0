package uk.fosteringconcerns.oversight.recording;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The captured variables of one process instance: those stored before this command, then this command's changes. */
public final class CaseVariables {

  private final Map<String, CapturedValue> values = new HashMap<>();

  public static CaseVariables of(Map<String, CapturedValue> stored, Map<String, CapturedValue> changed) {
    CaseVariables variables = new CaseVariables();
    variables.values.putAll(stored);
    variables.values.putAll(changed);
    return variables;
  }

  public CapturedValue get(String name) {
    CapturedValue value = values.get(name);
    return value == null || !value.isSet() ? null : value;
  }

  public boolean has(String name) {
    return get(name) != null;
  }

  public String text(String name) {
    CapturedValue value = get(name);
    return value == null ? null : value.asText();
  }

  public Boolean bool(String name) {
    CapturedValue value = get(name);
    return value == null ? null : value.asBoolean();
  }

  public Integer integer(String name) {
    CapturedValue value = get(name);
    return value == null ? null : value.asInteger();
  }

  /** The first of the names that holds a date. */
  public Date date(String... names) {
    for (String name : names) {
      CapturedValue value = get(name);
      if (value != null && value.asDate() != null) {
        return value.asDate();
      }
    }
    return null;
  }
}
