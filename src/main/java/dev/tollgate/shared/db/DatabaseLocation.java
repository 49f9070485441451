package dev.tollgate.shared.db;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * Where the data lives (SPEC §2): {@code DATABASE_URL} when set (PostgreSQL in production),
 * otherwise an embedded H2 file {@code DATA_DIR/tollgate}. {@code dataDir} is {@code DATA_DIR}
 * when the database keeps its files there (the default, or an H2 file URL inside it), and null
 * otherwise: only then are the database's files Tollgate's to keep private.
 */
public record DatabaseLocation(String url, String user, String password, Path dataDir) {
  /** The container-managed pool over {@link ConfiguredDataSource}, declared by the start-up bean. */
  public static final String JNDI_NAME = "java:app/jdbc/tollgate";
  /**
   * A second pool on the same database whose connections take no part in the container's
   * transactions: {@link Autonomous} commits on it what must outlive a refused request.
   */
  public static final String AUTONOMOUS_JNDI_NAME = "java:app/jdbc/tollgate-autonomous";

  private static final String H2_FILE = "jdbc:h2:file:";

  public static DatabaseLocation from(Config config) {
    return of(
        config.getOptionalValue("database.url", String.class).orElse(""),
        config.getOptionalValue("database.user", String.class).orElse(""),
        config.getOptionalValue("database.password", String.class).orElse(""),
        Path.of(config.getOptionalValue("data.dir", String.class).orElse("./data")));
  }

  static DatabaseLocation of(String url, String user, String password, Path dataDirSetting) {
    Path dataDir = dataDirSetting.toAbsolutePath().normalize();
    String configured = url.trim();
    if (configured.isEmpty()) {
      return new DatabaseLocation(
          H2_FILE + dataDir.resolve("tollgate"), user.isEmpty() ? "sa" : user, password, dataDir);
    }
    return new DatabaseLocation(
        configured, user, password, isH2FileIn(configured, dataDir) ? dataDir : null);
  }

  private static boolean isH2FileIn(String url, Path dataDir) {
    if (!url.startsWith(H2_FILE)) {
      return false;
    }
    String file = url.substring(H2_FILE.length()).split(";", 2)[0];
    try {
      return Path.of(file).toAbsolutePath().normalize().startsWith(dataDir);
    } catch (InvalidPathException notAPath) {
      return false;
    }
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  @Override
  public String toString() {
    return "DatabaseLocation[" + url + ", user=" + user + "]";
  }
}
