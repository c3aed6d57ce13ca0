package uk.fosteringconcerns.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.fosteringconcerns.oversight.OversightApiTestBase;

/**
 * PROCESS-API section 9 on a real PostgreSQL: the same cases give the same figures as on H2 (issue 16). A database of
 * its own in the shared embedded server, so other suites' cases do not count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "demo", "test"})
class OversightPostgresTest extends OversightApiTestBase {

  private static final String DATABASE = "oversight";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresSupport.register(registry);
    try (Connection connection = EmbeddedPostgresSupport.server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          statement.execute("CREATE DATABASE " + DATABASE);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the oversight test database", e);
    }
    registry.add("FOSTERING_DB_NAME", () -> DATABASE);
  }
}
