package uk.fosteringconcerns.records.earlier;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Concerns about foster carers recorded before go-live (table {@code fc_earlier_concern}): imported once by an
 * administrator, shown in the chronologies, and counted by the Standards of Care meeting rule "3 standards of care
 * issues within a 12-month period" (Dudley Standards of Care procedure 4.3).
 */
public class EarlierConcernService {

  public static final int MAX_RECORDS = 10_000;
  static final Pattern ID = Pattern.compile("^[A-Za-z0-9-]{1,32}$");
  static final Pattern SOURCE_REFERENCE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 ./_:#-]{0,99}$");
  static final int OUTCOME_LENGTH = 4000;
  static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
  private static final Set<String> FIELDS =
      Set.of("carerId", "childId", "receivedOn", "category", "outcome", "sourceReference");

  private static final RowMapper<EarlierConcern> ROW = (rs, i) -> new EarlierConcern(rs.getString("carer_id"),
      rs.getString("child_id"), rs.getDate("received_on").toLocalDate(),
      EarlierConcernCategory.valueOf(rs.getString("category")), rs.getString("outcome"),
      rs.getString("source_reference"));

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public EarlierConcernService(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * The Standards of Care issues imported for a carer whose received date falls in the period (both ends
   * included): the earlier part of the count for the "3 standards of care issues within 12 months" rule.
   */
  public int countStandardsOfCareIssues(String carerId, LocalDate fromInclusive, LocalDate toInclusive) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM fc_earlier_concern WHERE carer_id = ? AND category = ?"
            + " AND received_on >= ? AND received_on <= ?", Integer.class, carerId,
        EarlierConcernCategory.STANDARDS_OF_CARE.name(), Date.valueOf(fromInclusive), Date.valueOf(toInclusive));
    return count == null ? 0 : count;
  }

  public List<EarlierConcern> forCarer(String carerId) {
    return jdbc.query("SELECT * FROM fc_earlier_concern WHERE carer_id = ? ORDER BY received_on, source_reference",
        ROW, carerId);
  }

  public List<EarlierConcern> forChild(String childId) {
    return jdbc.query("SELECT * FROM fc_earlier_concern WHERE child_id = ? ORDER BY received_on, source_reference",
        ROW, childId);
  }

  /** What an import did: records added, and records already imported with the same values (left as they were). */
  public record ImportResult(int imported, int alreadyImported, List<String> sourceReferences) {}

  /**
   * Validates every record first and stores them all in one transaction, or none: a refusal names the first
   * field at fault ({@code [i].field}). A record whose source reference was imported before is skipped when it is
   * the same record, and refused when it differs (a re-run of the same file changes nothing).
   */
  public ImportResult importRecords(JsonNode body, String importedBy) {
    List<EarlierConcern> records = parse(body);
    return transaction.execute(status -> {
      int imported = 0;
      int existing = 0;
      for (int i = 0; i < records.size(); i++) {
        EarlierConcern record = records.get(i);
        List<EarlierConcern> before = jdbc.query("SELECT * FROM fc_earlier_concern WHERE source_reference = ?",
            ROW, record.sourceReference());
        if (!before.isEmpty()) {
          if (!before.get(0).equals(record)) {
            throw new EarlierConcernImportException("[" + i + "].sourceReference",
                "was imported before with different values");
          }
          existing++;
          continue;
        }
        jdbc.update("INSERT INTO fc_earlier_concern (id, carer_id, child_id, received_on, category, outcome,"
                + " source_reference, imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?,?)",
            UUID.randomUUID().toString(), record.carerId(), record.childId(), Date.valueOf(record.receivedOn()),
            record.category().name(), record.outcome(), record.sourceReference(),
            new Timestamp(ClockUtil.getCurrentTime().getTime()), importedBy);
        imported++;
      }
      return new ImportResult(imported, existing, records.stream().map(EarlierConcern::sourceReference).toList());
    });
  }

  /** Every field checked; the first fault is thrown naming the field. */
  static List<EarlierConcern> parse(JsonNode body) {
    if (body == null || !body.isArray()) {
      throw new EarlierConcernImportException("body", "must be a JSON list of earlier concerns");
    }
    if (body.isEmpty()) {
      throw new EarlierConcernImportException("body", "must hold at least one earlier concern");
    }
    if (body.size() > MAX_RECORDS) {
      throw new EarlierConcernImportException("body", "may hold at most " + MAX_RECORDS + " earlier concerns");
    }
    LocalDate today = Deadlines.toLocalDate(ClockUtil.getCurrentTime());
    List<EarlierConcern> records = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < body.size(); i++) {
      JsonNode item = body.get(i);
      String at = "[" + i + "]";
      if (!item.isObject()) {
        throw new EarlierConcernImportException(at, "must be an object");
      }
      for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          throw new EarlierConcernImportException(at + "." + name, "is not a field of an earlier concern");
        }
      }
      String carerId = text(item, at, "carerId", true);
      if (!ID.matcher(carerId).matches()) {
        throw new EarlierConcernImportException(at + ".carerId", "must match ^[A-Za-z0-9-]{1,32}$");
      }
      String childId = text(item, at, "childId", false);
      if (childId != null && !ID.matcher(childId).matches()) {
        throw new EarlierConcernImportException(at + ".childId", "must match ^[A-Za-z0-9-]{1,32}$");
      }
      String received = text(item, at, "receivedOn", true);
      LocalDate receivedOn;
      try {
        receivedOn = LocalDate.parse(received);
      } catch (DateTimeParseException e) {
        throw new EarlierConcernImportException(at + ".receivedOn", "must be a date such as 2019-04-30");
      }
      if (receivedOn.isAfter(today)) {
        throw new EarlierConcernImportException(at + ".receivedOn", "must not be in the future");
      }
      if (receivedOn.isBefore(EARLIEST)) {
        throw new EarlierConcernImportException(at + ".receivedOn", "must not be before " + EARLIEST);
      }
      String categoryText = text(item, at, "category", true);
      EarlierConcernCategory category;
      try {
        category = EarlierConcernCategory.valueOf(categoryText);
      } catch (IllegalArgumentException e) {
        throw new EarlierConcernImportException(at + ".category",
            "must be one of STANDARDS_OF_CARE, ALLEGATION, COMPLAINT, OTHER");
      }
      String outcome = text(item, at, "outcome", false);
      if (outcome != null && (outcome.isBlank() || outcome.length() > OUTCOME_LENGTH)) {
        throw new EarlierConcernImportException(at + ".outcome", "must be 1 to " + OUTCOME_LENGTH + " characters");
      }
      String sourceReference = text(item, at, "sourceReference", true);
      if (!SOURCE_REFERENCE.matcher(sourceReference).matches()) {
        throw new EarlierConcernImportException(at + ".sourceReference",
            "must be 1 to 100 letters, digits, spaces or . / _ : # -, starting with a letter or digit");
      }
      Integer earlier = seen.put(sourceReference, i);
      if (earlier != null) {
        throw new EarlierConcernImportException(at + ".sourceReference", "repeats record [" + earlier + "]");
      }
      records.add(new EarlierConcern(carerId, childId, receivedOn, category, outcome, sourceReference));
    }
    return records;
  }

  private static String text(JsonNode item, String at, String field, boolean required) {
    JsonNode value = item.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new EarlierConcernImportException(at + "." + field, "is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new EarlierConcernImportException(at + "." + field, "must be text");
    }
    String text = value.asText();
    if (required && text.isBlank()) {
      throw new EarlierConcernImportException(at + "." + field, "is required");
    }
    return Objects.requireNonNull(text);
  }
}
