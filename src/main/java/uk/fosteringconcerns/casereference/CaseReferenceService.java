package uk.fosteringconcerns.casereference;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Case references `CC-<year>-<5 digits>` (PROCESS-API section 2): unique and sequential per year. A row per
 * year holds the last number given; the UPDATE takes a row lock, so two concerns raised at once never get
 * the same number, and a start that is refused rolls its number back with it.
 */
public class CaseReferenceService {

  private static final Logger LOG = LoggerFactory.getLogger(CaseReferenceService.class);
  public static final Pattern FORMAT = Pattern.compile("^CC-\\d{4}-\\d{5}$");
  private static final int LAST_NUMBER = 99_999;

  private final JdbcTemplate jdbc;

  public CaseReferenceService(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /**
   * Makes sure each year in the range has its counter row (idempotent; run at start-up). Nodes starting together
   * may both find a year missing: the insert that loses the race on the primary key is ignored (each insert is its
   * own statement, so the failure rolls back nothing else) and the row is read again.
   */
  public void prepareYears(int firstYear, int lastYear) {
    List<Integer> existing = jdbc.queryForList("SELECT ref_year FROM fc_case_reference", Integer.class);
    for (int year = firstYear; year <= lastYear; year++) {
      if (!existing.contains(year)) {
        try {
          jdbc.update("INSERT INTO fc_case_reference (ref_year, last_number) VALUES (?, 0)", year);
        } catch (DuplicateKeyException e) {
          Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM fc_case_reference WHERE ref_year = ?",
              Integer.class, year);
          if (count == null || count != 1) {
            throw e;
          }
          LOG.debug("Case reference counter for {} added by another node", year);
        }
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
