package dev.tollgate.shared.db;

import dev.tollgate.shared.config.DataDirectory;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver-level data source under the container's pool. {@code @DataSourceDefinition} only
 * sees server-wide configuration and cannot compose {@code DATA_DIR} into a default URL, so
 * the pool is given this class, which resolves {@link DatabaseLocation} from MicroProfile
 * Config when the first connection is opened. The pool opens its first connections before any
 * start-up bean runs, so the embedded database's directory is made private here: before the
 * database is opened, and again once it has created its files ({@link DataDirectory}).
 */
public class ConfiguredDataSource implements DataSource {
  private volatile DataSource delegate;
  /** The embedded database's directory until its files have been tightened once opened. */
  private volatile Path untightenedDataDir;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource delegate() throws SQLException {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        if (delegate == null) {
          DatabaseLocation location =
              DatabaseLocation.from(ConfigProvider.getConfig(getClass().getClassLoader()));
          if (location.dataDir() != null) {
            secure(location.dataDir());
            untightenedDataDir = location.dataDir();
          }
          delegate = create(location);
        }
        current = delegate;
      }
    }
    return current;
  }

  private static void secure(Path dataDir) throws SQLException {
    try {
      DataDirectory.secure(dataDir);
    } catch (UncheckedIOException e) {
      throw new SQLException(e.getMessage(), e.getCause());
    }
  }

  static DataSource create(DatabaseLocation location) throws SQLException {
    if (location.isPostgres()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(location.url());
      if (!location.user().isEmpty()) {
        pg.setUser(location.user());
      }
      if (!location.password().isEmpty()) {
        pg.setPassword(location.password());
      }
      return pg;
    }
    if (location.isH2()) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(withLockTimeout(location.url()));
      h2.setUser(location.user());
      h2.setPassword(location.password());
      return h2;
    }
    throw new SQLException(
        "Unsupported DATABASE_URL " + location.url() + ": use jdbc:postgresql:… or jdbc:h2:…");
  }

  /**
   * H2 gives up on a row lock after one second by default, which a burst of requests for one
   * user's rows can exceed while they queue; PostgreSQL waits. Tollgate waits ten seconds on H2
   * too, unless the URL sets its own {@code LOCK_TIMEOUT}.
   */
  static String withLockTimeout(String h2Url) {
    return h2Url.toUpperCase(java.util.Locale.ROOT).contains(";LOCK_TIMEOUT=")
        ? h2Url
        : h2Url + ";LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MS;
  }

  private static final int H2_LOCK_TIMEOUT_MS = 10_000;

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = delegate().getConnection();
    if (untightenedDataDir != null) {
      tightenOpenedDatabase();
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  /** H2 creates its files at the first connection, under whatever umask the JVM was given. */
  private synchronized void tightenOpenedDatabase() {
    if (untightenedDataDir != null) {
      DataDirectory.secure(untightenedDataDir);
      untightenedDataDir = null;
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
