package uk.fosteringconcerns.casereference;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Case references `CC-<year>-<5 digits>` (PROCESS-API section 2): unique and sequential per year. A row per
 * year holds the last number given; the UPDATE takes a row lock, so two concerns raised at once never get
 * the same number, and a start that is refused rolls its number back with it.
 */
public class CaseReferenceService {

  public static final Pattern FORMAT = Pattern.compile("^CC-\\d{4}-\\d{5}$");
  private static final int LAST_NUMBER = 99_999;

  private final JdbcTemplate jdbc;

  public CaseReferenceService(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Makes sure each year in the range has its counter row (idempotent; run at start-up). */
  public void prepareYears(int firstYear, int lastYear) {
    List<Integer> existing = jdbc.queryForList("SELECT ref_year FROM fc_case_reference", Integer.class);
    for (int year = firstYear; year <= lastYear; year++) {
      if (!existing.contains(year)) {
        jdbc.update("INSERT INTO fc_case_reference (ref_year, last_number) VALUES (?, 0)", year);
      }
    }
  }

  /** The next reference for the current year (engine clock, London time). */
  public String next() {
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Deadlines.LONDON).getYear();
    return next(year);
  }

  public String next(int year) {
    int updated = jdbc.update("UPDATE fc_case_reference SET last_number = last_number + 1 WHERE ref_year = ?", year);
    if (updated != 1) {
      throw new IllegalStateException("No case reference counter for " + year
          + "; extend fostering.calendar.last-year");
    }
    Integer number = jdbc.queryForObject("SELECT last_number FROM fc_case_reference WHERE ref_year = ?",
        Integer.class, year);
    if (number == null || number > LAST_NUMBER) {
      throw new IllegalStateException("Case references for " + year + " are exhausted");
    }
    return String.format("CC-%d-%05d", year, number);
  }

  public static boolean isCaseReference(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }
}
