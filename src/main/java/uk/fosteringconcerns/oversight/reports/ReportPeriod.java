package uk.fosteringconcerns.oversight.reports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a report covers, both inclusive, in Europe/London (PROCESS-API section 9). Either bound left out is that
 * bound of the current financial year (1 April to 31 March).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2199;

  public static ReportPeriod parse(String from, String to, LocalDate today) {
    LocalDate yearStart = financialYearStart(today);
    LocalDate start = from == null ? yearStart : date("from", from);
    LocalDate end = to == null ? yearStart.plusYears(1).minusDays(1) : date("to", to);
    if (end.isBefore(start)) {
      throw new BadParameterException(to == null ? "from" : "to",
          "must not be before from (" + start + " > " + end + ")");
    }
    return new ReportPeriod(start, end);
  }

  /** 1 April of the financial year the day falls in. */
  public static LocalDate financialYearStart(LocalDate day) {
    int year = day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    return LocalDate.of(year, Month.APRIL, 1);
  }

  private static LocalDate date(String name, String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text.trim(), ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new BadParameterException(name, "must be a date such as 2025-04-01");
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new BadParameterException(name, "must be a date between " + FIRST_YEAR + " and " + LAST_YEAR);
    }
    return date;
  }

  /** Every month the period touches, oldest first. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
