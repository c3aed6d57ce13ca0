package uk.fosteringconcerns.oversight.recording;

import java.util.Date;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;

/**
 * A captured variable value as the reporting tables keep it: a string (enumerations, group ids), a boolean, a number
 * or a date; or only the fact that a text was recorded ({@link #PRESENT}), never the text itself.
 */
public record CapturedValue(String kind, String text, Double number, Date date) {

  public static final String STRING = "STRING";
  public static final String BOOLEAN = "BOOLEAN";
  public static final String NUMBER = "NUMBER";
  public static final String DATE = "DATE";
  public static final String PRESENT = "PRESENT";
  public static final String NULL = "NULL";
  private static final int MAX_TEXT = 255;

  public static CapturedValue string(String value) {
    return value == null ? nothing() : new CapturedValue(STRING,
        value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value, null, null);
  }

  public static CapturedValue bool(boolean value) {
    return new CapturedValue(BOOLEAN, Boolean.toString(value), null, null);
  }

  public static CapturedValue number(double value) {
    return new CapturedValue(NUMBER, null, value, null);
  }

  public static CapturedValue date(Date value) {
    return value == null ? nothing() : new CapturedValue(DATE, null, null, value);
  }

  public static CapturedValue nothing() {
    return new CapturedValue(NULL, null, null, null);
  }

  /**
   * The value of a variable history event, or null when its type is not one the reports read (objects, files).
   *
   * @param presenceOnly keep only whether a text was recorded (free text such as a late reason)
   */
  public static CapturedValue of(HistoricVariableUpdateEventEntity event, boolean presenceOnly) {
    String serializer = event.getSerializerName();
    if (serializer == null || "null".equals(serializer)) {
      return nothing();
    }
    if (presenceOnly) {
      boolean present = "string".equals(serializer)
          ? event.getTextValue() != null && !event.getTextValue().isBlank()
          : event.getTextValue() != null || event.getLongValue() != null || event.getDoubleValue() != null;
      return present ? new CapturedValue(PRESENT, null, null, null) : nothing();
    }
    return switch (serializer) {
      case "string" -> string(event.getTextValue());
      case "boolean" -> event.getLongValue() == null ? nothing() : bool(event.getLongValue() != 0L);
      case "integer", "long", "short" -> event.getLongValue() == null ? nothing() : number(event.getLongValue());
      case "double" -> event.getDoubleValue() == null ? nothing() : number(event.getDoubleValue());
      case "date" -> event.getLongValue() == null ? nothing() : date(new Date(event.getLongValue()));
      default -> null;
    };
  }

  public boolean isSet() {
    return !NULL.equals(kind);
  }

  public Date asDate() {
    return DATE.equals(kind) ? date : null;
  }

  public Boolean asBoolean() {
    return BOOLEAN.equals(kind) ? Boolean.valueOf(text) : null;
  }

  /** Strings as they are; numbers as whole numbers where they are whole (a stage "2", not "2.0"). */
  public String asText() {
    return switch (kind) {
      case STRING, BOOLEAN -> text;
      case NUMBER -> number == Math.rint(number) ? Long.toString(number.longValue()) : number.toString();
      default -> null;
    };
  }

  public Integer asInteger() {
    return NUMBER.equals(kind) ? (int) Math.round(number) : null;
  }
}
