package uk.fosteringconcerns.cluster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one node at a time run a start-up set-up (groups, authorizations, demo users, Tasklist filters) when several
 * nodes start at the same moment on one database (issue 9). Each set-up step is idempotent ("only what is missing
 * is added"), but check-then-insert is not atomic across nodes: two nodes could both find a group missing and the
 * second insert would fail the node, or both create a filter that has no unique key. Under this lock the second
 * node simply finds everything in place.
 *
 * <p>On PostgreSQL a transaction-level advisory lock ({@code pg_try_advisory_xact_lock}) on a connection of its own:
 * the set-up's engine commands keep their own short transactions, and a node that dies holding the lock releases it
 * with its connection (two connections of one JVM exclude each other too). Other databases (the embedded H2 file,
 * one node only) need no lock across processes; a JVM lock serialises concurrent set-ups inside one process.
 */
public class StartupLock {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  private static final Object LOCAL = new Object();

  private final DataSource dataSource;
  private final Duration maxWait;

  public StartupLock(DataSource dataSource, Duration maxWait) {
    this.dataSource = dataSource;
    this.maxWait = maxWait;
  }

  /** Runs {@code work} while no other node runs work under the same name. */
  public void exclusively(String name, Runnable work) {
    exclusively(name, () -> {
      work.run();
      return null;
    });
  }

  public <T> T exclusively(String name, Supplier<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
        synchronized (LOCAL) {
          return work.get();
        }
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        acquire(connection, name);
        return work.get();
      } finally {
        // ends the transaction, which releases the advisory lock
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Start-up lock '" + name + "' failed: " + e.getSQLState(), e);
    }
  }

  private void acquire(Connection connection, String name) throws SQLException {
    long key = key(name);
    long deadline = System.nanoTime() + maxWait.toNanos();
    boolean waited = false;
    try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
      tryLock.setLong(1, key);
      while (true) {
        try (ResultSet rs = tryLock.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            if (waited) {
              LOG.info("Start-up lock '{}' taken after another node's set-up", name);
            }
            return;
          }
        }
        if (!waited) {
          LOG.info("Another node is running start-up set-up '{}'; waiting for it", name);
          waited = true;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Start-up lock '" + name + "' still held by another node after "
              + maxWait.toSeconds() + " s");
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted waiting for start-up lock '" + name + "'", e);
        }
      }
    }
  }

  /** A stable 64-bit key for the name ("fostering-concerns:" prefix keeps clear of other applications' keys). */
  static long key(String name) {
    CRC32 crc = new CRC32();
    crc.update(("fostering-concerns:" + name).getBytes(StandardCharsets.UTF_8));
    return 0x46430000_00000000L | crc.getValue();
  }
}
