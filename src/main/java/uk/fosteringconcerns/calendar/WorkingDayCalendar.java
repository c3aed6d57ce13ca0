package uk.fosteringconcerns.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales (PROCESS-API section 4): Monday to Friday, less the bank holidays
 * (substitute days included) and the authority's own closure days.
 */
public class WorkingDayCalendar {

  /** Jollyday's subdivision for England; Wales has the same bank holidays. */
  private static final String ENGLAND = "eng";

  private final HolidayManager holidays =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
  private final Set<LocalDate> closureDays;
  private final int firstYear;
  private final int lastYear;
  private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

  public WorkingDayCalendar(Collection<LocalDate> closureDays, int firstYear, int lastYear) {
    this.closureDays = Set.copyOf(closureDays);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  public WorkingDayCalendar(CalendarProperties properties) {
    this(properties.getClosureDays(), properties.getFirstYear(), properties.getLastYear());
  }

  /** The bank holidays of England and Wales in a year, as observed (a substitute day replaces a weekend one). */
  public Set<LocalDate> bankHolidays(int year) {
    checkHorizon(year);
    return bankHolidaysByYear.computeIfAbsent(year, y -> {
      Set<LocalDate> days = new TreeSet<>();
      for (Holiday holiday : holidays.getHolidays(Year.of(y), ENGLAND)) {
        days.add(holiday.getObservedDate().orElse(holiday.getDate()));
      }
      return Set.copyOf(days);
    });
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      return false;
    }
    return !closureDays.contains(day) && !bankHolidays(day.getYear()).contains(day);
  }

  /** "Within N working days of X": the Nth working day after X's date; X's own day does not count. */
  public LocalDate addWorkingDays(LocalDate from, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative");
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * "At least N clear working days before X": the last working day on which something can be done so that N
   * whole working days lie between that day and X (neither day counts).
   */
  public LocalDate clearWorkingDaysBefore(LocalDate date, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative");
    }
    LocalDate day = date;
    int counted = 0;
    while (counted < workingDays) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    // the earliest clear day is `day`; the action must happen on a working day before it
    return previousWorkingDay(day);
  }

  /** The first working day strictly before a date (used for reminders). */
  public LocalDate previousWorkingDay(LocalDate date) {
    LocalDate day = date.minusDays(1);
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private void checkHorizon(int year) {
    if (year < firstYear || year > lastYear) {
      throw new CalendarHorizonException("No checked bank holiday data for " + year
          + ": the calendar covers " + firstYear + "-" + lastYear
          + " (fostering.calendar.first-year/last-year); upgrade Jollyday and extend the range");
    }
  }
}
