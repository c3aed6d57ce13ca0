package uk.fosteringconcerns.timescales;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;

/**
 * The bean the models call as `deadlines` for task due dates, follow-up dates and timer dates. Every amount
 * comes from `procedure-timescales`; this class only counts days (PROCESS-API section 4).
 */
public class Deadlines {

  /** The service's zone (PROCESS-API conventions). */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** A deadline falls at the end of its day, so nothing is overdue while the day is still running. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  /** Reminders go out at the start of the working day. */
  private static final LocalTime START_OF_DAY = LocalTime.of(9, 0);
  public static final String REMINDER_STEP = "REMINDER";

  private final WorkingDayCalendar calendar;
  private final ProcedureTimescales timescales;

  public Deadlines(WorkingDayCalendar calendar, ProcedureTimescales timescales) {
    this.calendar = calendar;
    this.timescales = timescales;
  }

  /**
   * Due at the end of the Nth working (or calendar) day after `from` (`from`'s own day does not count), or, for a
   * timescale in hours, exactly N hours after the moment `from`.
   */
  public Date after(String step, Object from) {
    Timescale timescale = timescales.of(step);
    if (timescale.unit() == TimescaleUnit.HOURS) {
      return Date.from(toInstant(require(from, step)).plus(Duration.ofHours(timescale.amount())));
    }
    return endOf(dueDay(timescale, toLocalDate(require(from, step))));
  }

  public LocalDate dueDay(String step, Object from) {
    return toLocalDate(after(step, from));
  }

  private LocalDate dueDay(Timescale timescale, LocalDate start) {
    return timescale.unit() == TimescaleUnit.WORKING_DAYS
        ? calendar.addWorkingDays(start, timescale.amount())
        : start.plusDays(timescale.amount());
  }

  /**
   * The earlier of several timescales counted from the same moment, e.g. the LADO's decision within 24 hours or
   * within 1 working day, whichever comes first (seed 004 LADO report, flowchart and 6.2).
   */
  public Date earliest(Object from, String... steps) {
    Date earliest = null;
    for (String step : steps) {
      Date due = after(step, from);
      if (earliest == null || due.before(earliest)) {
        earliest = due;
      }
    }
    return earliest;
  }

  /**
   * The last moment to act so that N clear working days (or N calendar days) remain before `date`, e.g. the
   * report to the chair at least 5 clear working days before the meeting (seed 001, 4.3). A calendar-day deadline
   * that falls on a weekend, bank holiday or closure day moves to the working day before it: nobody is at work to
   * send the report to the carer then, and a later working day would leave fewer than N days.
   */
  public Date before(String step, Object date) {
    Timescale timescale = timescales.of(step);
    if (timescale.unit() == TimescaleUnit.HOURS) {
      return Date.from(toInstant(require(date, step)).minus(Duration.ofHours(timescale.amount())));
    }
    LocalDate target = toLocalDate(require(date, step));
    LocalDate latest;
    if (timescale.unit() == TimescaleUnit.WORKING_DAYS) {
      latest = calendar.clearWorkingDaysBefore(target, timescale.amount());
    } else {
      latest = target.minusDays(timescale.amount());
      if (!calendar.isWorkingDay(latest)) {
        latest = calendar.previousWorkingDay(latest);
      }
    }
    return endOf(latest);
  }

  /** When to remind the holder of a task due `after(step, from)`: REMINDER working days before, at 09:00. */
  public Date reminder(String step, Object from) {
    return reminderBefore(after(step, from));
  }

  /** When to remind about something due at `due`. */
  public Date reminderBefore(Object due) {
    Timescale lead = timescales.of(REMINDER_STEP);
    LocalDate day = toLocalDate(require(due, REMINDER_STEP));
    for (int i = 0; i < lead.amount(); i++) {
      day = calendar.previousWorkingDay(day);
    }
    return Date.from(day.atTime(START_OF_DAY).atZone(LONDON).toInstant());
  }

  /** End of the Nth working day from today (Tasklist filter "Due in the next 2 working days"). */
  public Date endOfWorkingDaysFromNow(int workingDays) {
    LocalDate today = toLocalDate(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
    return endOf(calendar.addWorkingDays(today, workingDays));
  }

  /**
   * Due at the end of the Nth working day after `from` (`from`'s own day does not count), for amounts that
   * live in another decision table than procedure-timescales, e.g. the `responseWorkingDays` of
   * `escalation-ladder` (seed 004 section 10): `${deadlines.afterWorkingDays(responseWorkingDays, stageStartedOn)}`.
   */
  public Date afterWorkingDays(Number workingDays, Object from) {
    if (workingDays == null || workingDays.intValue() < 0) {
      throw new IllegalArgumentException("A number of working days (0 or more) is required");
    }
    return endOf(calendar.addWorkingDays(toLocalDate(require(from, "afterWorkingDays")), workingDays.intValue()));
  }

  /** The end of a given day in London (for dates an officer typed, such as a meeting date). */
  public Date endOfDay(Object date) {
    return endOf(toLocalDate(require(date, "date")));
  }

  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(LONDON).toInstant());
  }

  /** A moment as the models hand it over; a day without a time is its start, London time. */
  public static Instant toInstant(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.atZone(LONDON).toInstant();
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(LONDON).toInstant();
    }
    if (value instanceof String text) {
      return parseIsoDate(text).toInstant();
    }
    throw new IllegalArgumentException("Not a date: " + value.getClass().getSimpleName());
  }

  /** A date as the models and Tasklist hand it over: Date, ISO-8601 string, or java.time value. */
  public static LocalDate toLocalDate(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(LONDON).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.atZoneSameInstant(LONDON).toLocalDate();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.withZoneSameInstant(LONDON).toLocalDate();
    }
    if (value instanceof Instant instant) {
      return instant.atZone(LONDON).toLocalDate();
    }
    if (value instanceof String text) {
      return toInstantOrDate(text.trim());
    }
    throw new IllegalArgumentException("Not a date: " + value.getClass().getSimpleName());
  }

  /** Parses the ISO forms form-js and REST clients send: with offset, UTC (Z), local date-time or date. */
  public static Date parseIsoDate(String text) {
    String value = text.trim();
    try {
      return Date.from(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException notOffset) {
      // fall through
    }
    try {
      return Date.from(ZonedDateTime.parse(value).toInstant());
    } catch (DateTimeParseException notZoned) {
      // fall through
    }
    try {
      return Date.from(LocalDateTime.parse(value).atZone(LONDON).toInstant());
    } catch (DateTimeParseException notLocalDateTime) {
      // fall through
    }
    try {
      return Date.from(LocalDate.parse(value).atStartOfDay(LONDON).toInstant());
    } catch (DateTimeParseException notDate) {
      // fall through
    }
    // the engine's own REST date format, e.g. 2025-01-02T10:00:00.000+0000
    try {
      return Date.from(OffsetDateTime.parse(value,
          java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant());
    } catch (DateTimeParseException notEngineFormat) {
      throw new IllegalArgumentException("Not an ISO-8601 date: '" + value + "'");
    }
  }

  private static LocalDate toInstantOrDate(String text) {
    return parseIsoDate(text).toInstant().atZone(LONDON).toLocalDate();
  }

  private static Object require(Object value, String what) {
    if (value == null) {
      throw new IllegalArgumentException("No date given for " + what);
    }
    return value;
  }
}
