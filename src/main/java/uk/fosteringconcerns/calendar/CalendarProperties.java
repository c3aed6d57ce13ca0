package uk.fosteringconcerns.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The authority's own calendar settings: closure days on top of the England and Wales bank holidays,
 * and the years for which the bank holiday data has been checked against gov.uk.
 */
@ConfigurationProperties(prefix = "fostering.calendar")
public class CalendarProperties {

  /** Days the authority is closed although they are not bank holidays (e.g. a Christmas closure). */
  private List<LocalDate> closureDays = new ArrayList<>();

  /** First year whose bank holidays the calendar will answer for. */
  private int firstYear = 2015;

  /**
   * Last year whose bank holidays the calendar will answer for. One-off bank holidays (coronations,
   * jubilees) are announced a year or two ahead, so a deadline beyond this year is refused rather than
   * computed on data that may be wrong. Raise it when Jollyday is upgraded.
   */
  private int lastYear = 2030;

  public List<LocalDate> getClosureDays() {
    return closureDays;
  }

  public void setClosureDays(List<LocalDate> closureDays) {
    this.closureDays = closureDays;
  }

  public int getFirstYear() {
    return firstYear;
  }

  public void setFirstYear(int firstYear) {
    this.firstYear = firstYear;
  }

  public int getLastYear() {
    return lastYear;
  }

  public void setLastYear(int lastYear) {
    this.lastYear = lastYear;
  }
}
