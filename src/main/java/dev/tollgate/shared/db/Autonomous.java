package dev.tollgate.shared.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Work that must be committed whatever becomes of the request that does it: failure counters,
 * the audit events of refusals, and the single-use marks a refusal must not undo (docs/security.md,
 * "Transactions"). Each unit runs on a connection of its own from a pool that takes no part in
 * the container's transactions ({@link DatabaseLocation#AUTONOMOUS_JNDI_NAME}) and is committed
 * before it returns. A unit never touches a row the caller's own transaction may have written:
 * it would wait for a commit that only comes after it returns. Two pools, not a nested
 * {@code REQUIRES_NEW} on one: a request holding a connection of the main pool while it waits for a
 * second one could exhaust that pool under load and wait for ever.
 */
@ApplicationScoped
public class Autonomous {
  @Resource(lookup = DatabaseLocation.AUTONOMOUS_JNDI_NAME)
  DataSource dataSource;

  /** Over a data source of the caller's (unit tests); the server's bean gets the pool. */
  public static Autonomous over(DataSource dataSource) {
    Autonomous autonomous = new Autonomous();
    autonomous.dataSource = dataSource;
    return autonomous;
  }

  /** A unit of work on one connection; what it returns is the unit's result. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in a transaction of its own and commits it; rolls back on any failure. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Autonomous database work failed: " + e.getMessage(), e);
    }
  }

  /** One statement, committed at once; returns its update count. */
  public int update(String sql, Object... parameters) {
    return inTransaction(connection -> {
      try (PreparedStatement statement = prepare(connection, sql, parameters)) {
        return statement.executeUpdate();
      }
    });
  }

  /** A statement with its parameters bound ({@link Instant}s as timestamps with time zone). */
  public static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      statement.setObject(
          i + 1, value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
    }
    return statement;
  }

  /** A timestamp column as an instant (null stays null). */
  public static Instant instant(Object column) throws SQLException {
    return switch (column) {
      case null -> null;
      case OffsetDateTime time -> time.toInstant();
      case Timestamp time -> time.toInstant();
      case java.time.ZonedDateTime time -> time.toInstant();
      default -> throw new SQLException("Not a timestamp: " + column.getClass().getName());
    };
  }
}
