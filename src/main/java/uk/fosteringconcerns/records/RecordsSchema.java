package uk.fosteringconcerns.records;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the case records need in the database beyond {@code schema.sql}, created after the engine has built its own
 * tables, on every start and idempotently:
 * <ul>
 *   <li>an index to find a carer's or child's cases by the id they hold (the chronology at national scale: no scan
 *       of the historic variables). H2: {@code ACT_HI_VARINST (NAME_, TEXT_)}. PostgreSQL: a hash index on
 *       {@code TEXT_}, because a B-tree entry may hold at most about 2,700 bytes and a text variable (a concern of
 *       4,000 characters) would then make its insert fail; the hash index has no such limit and serves the
 *       equality the engine's query uses ({@code NAME_ = ? and TEXT_ = ?}).</li>
 *   <li>on PostgreSQL, triggers that refuse any UPDATE, DELETE or TRUNCATE of the audit trail {@code fc_audit}.</li>
 * </ul>
 */
public final class RecordsSchema {

  private RecordsSchema() {}

  public static void prepare(DataSource dataSource, String databaseType) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    if ("postgres".equals(databaseType)) {
      jdbc.execute("CREATE INDEX IF NOT EXISTS fc_idx_hi_varinst_text ON act_hi_varinst USING hash (text_)");
      jdbc.execute("""
          CREATE OR REPLACE FUNCTION fc_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            RAISE EXCEPTION 'fc_audit is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
          END
          $$""");
      jdbc.execute("""
          DO $$
          BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'fc_audit_no_change') THEN
              CREATE TRIGGER fc_audit_no_change BEFORE UPDATE OR DELETE ON fc_audit
                FOR EACH ROW EXECUTE FUNCTION fc_audit_append_only();
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'fc_audit_no_truncate') THEN
              CREATE TRIGGER fc_audit_no_truncate BEFORE TRUNCATE ON fc_audit
                FOR EACH STATEMENT EXECUTE FUNCTION fc_audit_append_only();
            END IF;
          END
          $$""");
    } else {
      jdbc.execute("CREATE INDEX IF NOT EXISTS FC_IDX_HI_VARINST_NAME_TEXT ON ACT_HI_VARINST (NAME_, TEXT_)");
    }
  }
}
