package uk.fosteringconcerns.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server (zonky's embedded binaries, no Docker) shared by the PostgreSQL suite; the app is
 * pointed at it through the same environment-style properties as production (profile `postgres`).
 */
final class EmbeddedPostgresSupport {

  private static EmbeddedPostgres server;

  private EmbeddedPostgresSupport() {}

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException ignored) {
            // the JVM is going away
          }
        }));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
    }
    return server;
  }

  static void register(DynamicPropertyRegistry registry) {
    EmbeddedPostgres pg = server();
    registry.add("FOSTERING_DB_HOST", () -> "localhost");
    registry.add("FOSTERING_DB_PORT", () -> String.valueOf(pg.getPort()));
    registry.add("FOSTERING_DB_NAME", () -> "postgres");
    registry.add("FOSTERING_DB_USER", () -> "postgres");
    registry.add("FOSTERING_DB_PASSWORD", () -> "postgres");
  }
}
