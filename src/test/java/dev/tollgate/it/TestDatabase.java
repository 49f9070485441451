package dev.tollgate.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The database the server under test uses, with a side door for the few tests that must age
 * data (expire a lock, a token) instead of sleeping. H2 runs in file mode with AUTO_SERVER so
 * this JVM can open it while the server has it; PostgreSQL gets a fresh database per run.
 */
public final class TestDatabase {
  private final String kind;
  private final String serverUrl;
  private final String user;
  private final String adminUrl;
  private final String name;

  private TestDatabase(String kind, String serverUrl, String user, String adminUrl, String name) {
    this.kind = kind;
    this.serverUrl = serverUrl;
    this.user = user;
    this.adminUrl = adminUrl;
    this.name = name;
  }

  static TestDatabase create(String kind, Path dataDir) {
    if (kind.equals("postgresql")) {
      String adminUrl = System.getProperty("tollgate.pg.url", env("TOLLGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
      String user = System.getProperty("tollgate.pg.user", env("TOLLGATE_TEST_PG_USER", "postgres"));
      String name = "tollgate_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection c = DriverManager.getConnection(adminUrl, user, "");
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create the PostgreSQL test database at " + adminUrl, e);
      }
      String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
      return new TestDatabase(kind, url, user, adminUrl, name);
    }
    String url = "jdbc:h2:file:" + dataDir.resolve("tollgate") + ";AUTO_SERVER=TRUE";
    return new TestDatabase("h2", url, "sa", null, null);
  }

  public String kind() {
    return kind;
  }

  String serverUrl() {
    return serverUrl;
  }

  String user() {
    return user;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(serverUrl, user, "");
  }

  /** Runs one statement with parameters; returns the update count. */
  public int update(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row, or null. */
  public Object queryValue(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rs = statement.executeQuery()) {
        return rs.next() ? rs.getObject(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row. */
  public List<Object> queryColumn(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<Object> values = new ArrayList<>();
      try (var rs = statement.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getObject(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void drop() {
    if (name == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(adminUrl, user, "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("Could not drop test database " + name + ": " + e.getMessage());
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
