package uk.fosteringconcerns.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * A case's values as a worker reads them: dates in words ("Monday 23 November 2026", London time, with the time when
 * it is not midnight), enumerated values and yes/no answers in the words of {@code tasklist/case-words.properties}
 * (an analyst edits that file: {@code <variable>.<VALUE>=words}, or {@code *.<VALUE>=words} for every variable).
 */
public class CaseWords {

  public static final String RESOURCE = "tasklist/case-words.properties";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([+-]\\d{2}:?\\d{2}|Z)?)?$");

  private final Properties words;

  public CaseWords() {
    this(RESOURCE);
  }

  CaseWords(String resource) {
    this.words = load(resource);
  }

  /** The words for a variable's value; null when there is no value to show. */
  public String of(String variable, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date(date);
    }
    if (value instanceof Boolean yes) {
      String text = lookup(variable, yes.toString());
      return text != null ? text : yes ? "Yes" : "No";
    }
    if (value instanceof Collection<?> values) {
      String joined = values.stream().map(v -> of(variable, v)).filter(v -> v != null && !v.isBlank())
          .collect(Collectors.joining("; "));
      return joined.isEmpty() ? null : joined;
    }
    if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
      // a date submitted as text (Tasklist's date fields send ISO text)
      try {
        return date(Deadlines.parseIsoDate(text));
      } catch (IllegalArgumentException e) {
        return text;
      }
    }
    if (value instanceof Number || value instanceof String) {
      String text = value.toString();
      String known = lookup(variable, text);
      return known != null ? known : text;
    }
    return null;
  }

  /** Whether the file has words for this value of this variable (or for the value of any variable). */
  public boolean knows(String variable, String value) {
    return lookup(variable, value) != null;
  }

  /** A date in words, London time: "Monday 23 November 2026", or "Monday 23 November 2026 at 10:00". */
  public static String date(Date date) {
    ZonedDateTime london = ZonedDateTime.ofInstant(date.toInstant(), Deadlines.LONDON);
    String day = london.format(DAY);
    return london.toLocalTime().equals(LocalTime.MIDNIGHT) ? day : day + " at " + london.format(TIME);
  }

  private String lookup(String variable, String value) {
    String own = words.getProperty(variable + "." + value);
    return own != null ? own : words.getProperty("*." + value);
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = CaseWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No " + resource + " on the class path");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return properties;
  }
}
