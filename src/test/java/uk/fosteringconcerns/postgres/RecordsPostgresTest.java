package uk.fosteringconcerns.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.fosteringconcerns.records.CaseDriver;
import uk.fosteringconcerns.records.PdfText;
import uk.fosteringconcerns.records.audit.AuditEntry;
import uk.fosteringconcerns.records.audit.AuditTrail;
import uk.fosteringconcerns.records.chronology.ChronologyService;
import uk.fosteringconcerns.records.documents.CaseDocuments;
import uk.fosteringconcerns.records.documents.StoredDocument;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;

/**
 * Case records on a real PostgreSQL (issue 15, item 5): the audit trail refuses UPDATE, DELETE and TRUNCATE (a
 * trigger), a change made around the trigger is found by verify, documents are kept as bytes with their hash, and
 * the carer's cases are found through the index on the historic variables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "demo", "test"})
class RecordsPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresSupport.register(registry);
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  DataSource dataSource;
  @Autowired
  AuditTrail audit;
  @Autowired
  CaseDocuments documents;
  @Autowired
  ChronologyService chronology;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("seed 004 LADO report section 4: an UPDATE, DELETE or TRUNCATE of the audit fails; a change around the trigger is found")
  void auditIsAppendOnly() {
    CaseDriver driver = new CaseDriver(engine);
    String kase = driver.raise(LocalDate.of(2026, 3, 2), "FC-PG-1", "CH-PG-1");
    driver.run(kase, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION), "Task_SendVisitRecord");
    long seq = audit.forCase(kase).get(0).seq();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    assertThatThrownBy(() -> jdbc.update("UPDATE fc_audit SET user_id = 'someone-else' WHERE seq = ?", seq))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM fc_audit WHERE seq = ?", seq))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("TRUNCATE fc_audit"))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThat(audit.verify().intact()).isTrue();

    // the table's owner switches the trigger off and changes an entry: the hash chain shows it
    String user = audit.forCase(kase).get(0).entry().userId();
    jdbc.execute("ALTER TABLE fc_audit DISABLE TRIGGER fc_audit_no_change");
    try {
      jdbc.update("UPDATE fc_audit SET user_id = 'someone-else' WHERE seq = ?", seq);
      AuditTrail.Verification broken = audit.verify();
      assertThat(broken.intact()).isFalse();
      assertThat(broken.firstBroken()).isEqualTo(seq);
      jdbc.update("UPDATE fc_audit SET user_id = ? WHERE seq = ?", user, seq);
    } finally {
      jdbc.execute("ALTER TABLE fc_audit ENABLE TRIGGER fc_audit_no_change");
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  @DisplayName("appends from several writers at once (two nodes) still form one chain")
  void concurrentAppendsStayLinear() throws Exception {
    long before = audit.verify().entries();
    java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int writer = 0; writer < 4; writer++) {
        String user = "writer-" + writer;
        done.add(writers.submit(() -> {
          for (int i = 0; i < 25; i++) {
            audit.append(List.of(AuditEntry.read(user, "test read", null, "entry " + i),
                AuditEntry.read(user, "test read", null, "entry " + i + "b")));
          }
        }));
      }
      for (java.util.concurrent.Future<?> future : done) {
        future.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      writers.shutdownNow();
    }
    AuditTrail.Verification verification = audit.verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entries()).isEqualTo(before + 200);
  }

  @Test
  @DisplayName("PROCESS-API 10: documents are stored as bytes with their SHA-256; the chronology finds the carer's case through the index")
  void documentsAndChronology() {
    CaseDriver driver = new CaseDriver(engine);
    String kase = driver.raise(LocalDate.of(2026, 3, 2), "FC-PG-2", "CH-PG-2");
    driver.run(kase, CaseDriver.standardsOfCare(LocalDate.of(2026, 3, 30),
        StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION), "Task_SendVisitRecord");
    StoredDocument listed = documents.list(kase).get(0);
    StoredDocument stored = documents.find(kase, listed.id()).orElseThrow();
    assertThat(CaseDocuments.sha256(stored.content())).isEqualTo(listed.sha256());
    assertThat(PdfText.of(stored.content())).contains("Standards of Care visit record").contains(kase);
    assertThat(chronology.forCarer("FC-PG-2")).extracting(e -> e.caseReference()).containsOnly(kase);

    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'fc_idx_hi_varinst_text'",
        Integer.class)).isOne();
  }
}
