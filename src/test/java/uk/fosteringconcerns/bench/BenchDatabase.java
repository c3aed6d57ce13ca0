package uk.fosteringconcerns.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's PostgreSQL: zonky's embedded server (the same binaries the PostgreSQL tests use), one database for
 * the product ({@value #PRODUCT}) and one for the bare engine ({@value #BARE}), so both run on the same server with
 * the same settings. Settings are PostgreSQL's defaults except a larger shared buffer and WAL, as any production
 * server for a national data set would have; fsync stays on.
 */
final class BenchDatabase implements Closeable {

  static final String PRODUCT = "product";
  static final String BARE = "bare";

  private final EmbeddedPostgres server;

  BenchDatabase() throws IOException {
    this(null);
  }

  /**
   * @param dataDirectory null: a fresh server, removed when closed; else the server's data directory, kept after the
   *                      run and used again by the next run with the same directory (see {@link #reused()})
   */
  BenchDatabase(java.nio.file.Path dataDirectory) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "1GB")
        .setServerConfig("work_mem", "16MB").setServerConfig("maintenance_work_mem", "512MB")
        .setServerConfig("max_wal_size", "8GB").setServerConfig("checkpoint_timeout", "30min")
        .setServerConfig("max_connections", "200");
    java.util.List<String> preload = new java.util.ArrayList<>();
    if (Boolean.getBoolean("bench.statements")) {
      // diagnosis: every statement counted (pg_stat_statements), printed per wait state after part 1a
      preload.add("pg_stat_statements");
      builder.setServerConfig("pg_stat_statements.max", "10000");
    }
    if (Boolean.getBoolean("bench.explain")) {
      preload.add("auto_explain");
    }
    if (!preload.isEmpty()) {
      builder.setServerConfig("shared_preload_libraries", String.join(",", preload));
    }
    if (Boolean.getBoolean("bench.explain")) {
      // diagnosis: PostgreSQL logs the plan of every statement slower than bench.explain.ms (EXPLAIN ANALYZE)
      builder
          .setServerConfig("auto_explain.log_min_duration", System.getProperty("bench.explain.ms", "500"))
          .setServerConfig("auto_explain.log_analyze", "on")
          .setServerConfig("auto_explain.log_buffers", "on")
          .setServerConfig("logging_collector", "on")
          .setServerConfig("log_directory", java.nio.file.Path.of(System.getProperty("bench.dir", "target/benchmark"),
              "postgresql-log").toAbsolutePath().toString());
    }
    if (dataDirectory != null) {
      builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
    }
    server = builder.start();
    JdbcTemplate admin = new JdbcTemplate(server.getPostgresDatabase());
    reused = admin.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, PRODUCT) > 0;
    if (!reused) {
      admin.execute("CREATE DATABASE " + PRODUCT);
      admin.execute("CREATE DATABASE " + BARE);
    }
  }

  private final boolean reused;

  /** Whether the databases were there already (a kept data directory). */
  boolean reused() {
    return reused;
  }

  int port() {
    return server.getPort();
  }

  DataSource dataSource(String database) {
    return server.getDatabase("postgres", database);
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  String version() {
    return new JdbcTemplate(server.getPostgresDatabase()).queryForObject("SHOW server_version", String.class);
  }

  /** The properties that point the application (profile postgres) at a database of this server. */
  Map<String, Object> appProperties(String database) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("FOSTERING_DB_HOST", "localhost");
    properties.put("FOSTERING_DB_PORT", String.valueOf(port()));
    properties.put("FOSTERING_DB_NAME", database);
    properties.put("FOSTERING_DB_USER", "postgres");
    properties.put("FOSTERING_DB_PASSWORD", "postgres");
    return properties;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
