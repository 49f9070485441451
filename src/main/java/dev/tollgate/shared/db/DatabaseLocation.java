package dev.tollgate.shared.db;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * Where the data lives (SPEC §2): {@code DATABASE_URL} when set (PostgreSQL in production),
 * otherwise an embedded H2 file {@code DATA_DIR/tollgate}.
 */
public record DatabaseLocation(String url, String user, String password) {
  /** The container-managed pool over {@link ConfiguredDataSource}, declared by the start-up bean. */
  public static final String JNDI_NAME = "java:app/jdbc/tollgate";
  /**
   * A second pool on the same database whose connections take no part in the container's
   * transactions: {@link Autonomous} commits on it what must outlive a refused request.
   */
  public static final String AUTONOMOUS_JNDI_NAME = "java:app/jdbc/tollgate-autonomous";

  public static DatabaseLocation from(Config config) {
    String url = config.getOptionalValue("database.url", String.class).orElse("").trim();
    String user = config.getOptionalValue("database.user", String.class).orElse("");
    String password = config.getOptionalValue("database.password", String.class).orElse("");
    if (url.isEmpty()) {
      Path dataDir =
          Path.of(config.getOptionalValue("data.dir", String.class).orElse("./data"))
              .toAbsolutePath()
              .normalize();
      url = "jdbc:h2:file:" + dataDir.resolve("tollgate");
      if (user.isEmpty()) {
        user = "sa";
      }
    }
    return new DatabaseLocation(url, user, password);
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
