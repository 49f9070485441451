package dev.tollgate.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** All migrations, in order, on a fresh in-memory H2 (the embedded default database). */
class MigrationsTest {
  private JdbcDataSource dataSource;

  @BeforeEach
  void database() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
  }

  private Flyway flyway() {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load();
  }

  @Test
  void everyMigrationAppliesToAnEmptyDatabase() {
    MigrateResult result = flyway().migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
    assertThat(flyway().info().pending()).isEmpty();
  }

  @Test
  void theFoundationTablesExist() throws Exception {
    flyway().migrate();

    assertThat(tables())
        .contains("users", "lockout", "sso_session", "signing_key", "setting", "audit_event");
  }

  @Test
  void theFoundationColumnsExist() throws Exception {
    flyway().migrate();

    assertThat(columns("users"))
        .contains("id", "email", "username", "first_name", "last_name", "password_hash", "is_admin",
            "is_active", "created_at", "updated_at", "password_changed_at", "version");
    assertThat(columns("audit_event"))
        .contains("id", "occurred_at", "event_type", "user_id", "actor_id", "ip", "user_agent", "details");
    assertThat(columns("setting")).containsExactlyInAnyOrder("name", "setting_value", "updated_at", "updated_by");
  }

  @Test
  void migratingTwiceDoesNothingTheSecondTime() {
    flyway().migrate();

    assertThat(flyway().migrate().migrationsExecuted).isZero();
    assertThat(flyway().validateWithResult().validationSuccessful).isTrue();
  }

  private List<String> tables() throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
      return names;
    }
  }

  private List<String> columns(String table) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getColumns(null, "PUBLIC", table.toUpperCase(Locale.ROOT), "%")) {
        List<String> names = new ArrayList<>();
        while (rs.next()) {
          names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
        return names;
      }
    }
  }
}
