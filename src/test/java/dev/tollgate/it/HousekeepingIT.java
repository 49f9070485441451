package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rows of flows that can no longer be used are deleted by every node's housekeeping pass; live
 * rows, and rows that stopped working less than a day ago, stay. On a server of its own that
 * passes every second (HOUSEKEEPING_INTERVAL_SECONDS=1), so the suite's server, whose tests
 * age rows on purpose, keeps the default interval.
 */
class HousekeepingIT {
  private static TollgateServer server;
  private static TestDatabase db;

  @BeforeAll
  static void startAServerThatPassesEverySecond() {
    server =
        TollgateServer.startPackaged(
            "it-server-housekeeping-" + System.getProperty("tollgate.database", "h2"),
            Map.of("HOUSEKEEPING_INTERVAL_SECONDS", "1"));
    db = server.database();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void endedAndExpiredRowsGoAndLiveOnesStay() throws Exception {
    UUID admin = UUID.fromString(db.queryValue("SELECT id FROM users").toString());
    UUID expired = session(admin, ago(Duration.ofDays(2)), null);
    UUID ended = session(admin, ago(Duration.ofDays(-1)), ago(Duration.ofDays(2)));
    UUID expiredToday = session(admin, ago(Duration.ofHours(20)), null);
    UUID live = session(admin, ago(Duration.ofDays(-1)), null);
    UUID endedToday = session(admin, ago(Duration.ofDays(-1)), ago(Duration.ofHours(20)));
    UUID oldChallenge = challenge(admin, ago(Duration.ofDays(2)));
    UUID liveChallenge = challenge(admin, ago(Duration.ofMinutes(-5)));
    String staleCount = lockout(1, null, ago(Duration.ofDays(3)));
    String lockedLongAgo = lockout(0, ago(Duration.ofDays(2)), ago(Duration.ofDays(3)));
    String stillLocked = lockout(0, ago(Duration.ofMinutes(-30)), ago(Duration.ofDays(3)));
    String recentCount = lockout(2, null, ago(Duration.ZERO));

    // A pass may run between two of the inserts above: wait for one that saw them all.
    awaitUntil(
        () ->
            Collections.disjoint(ids("sso_session", "id"), List.of(expired, ended))
                && !ids("webauthn_challenge", "id").contains(oldChallenge)
                && Collections.disjoint(
                    db.queryColumn("SELECT subject_hash FROM lockout"),
                    List.of(staleCount, lockedLongAgo))
                && logSays("Housekeeping deleted"));

    assertThat(ids("sso_session", "id")).contains(expiredToday, live, endedToday);
    assertThat(ids("webauthn_challenge", "id")).contains(liveChallenge);
    assertThat(db.queryColumn("SELECT subject_hash FROM lockout")).contains(stillLocked, recentCount);
  }

  /** Each pass finds its rows through an index, not by reading whole tables. */
  @Test
  void everyColumnAPassSelectsByIsIndexed() throws Exception {
    Map<String, List<String>> columns =
        Map.of(
            "sso_session", List.of("expires_at", "ended_at"),
            "lockout", List.of("updated_at"),
            "webauthn_challenge", List.of("expires_at"),
            "mfa_challenge", List.of("expires_at"),
            "enrollment_token", List.of("expires_at"),
            "oidc_pending_authorization", List.of("expires_at"),
            "oidc_authorization_code", List.of("expires_at"),
            "oidc_refresh_token", List.of("expires_at"),
            "device_trust_token", List.of("expires_at"),
            "saml_request", List.of("expires_at"));
    try (Connection c = db.connect()) {
      for (var table : columns.entrySet()) {
        assertThat(indexLeadingColumns(c, table.getKey()))
            .as(table.getKey())
            .containsAll(table.getValue());
      }
    }
  }

  /** The first column of every index of a table, lower case (H2 keeps names upper case). */
  private static Set<String> indexLeadingColumns(Connection c, String table) throws SQLException {
    Set<String> leading = new HashSet<>();
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, name, false, true)) {
        while (rs.next()) {
          if (rs.getShort("ORDINAL_POSITION") == 1 && rs.getString("COLUMN_NAME") != null) {
            leading.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return leading;
  }

  private static OffsetDateTime ago(Duration duration) {
    return OffsetDateTime.ofInstant(Instant.now().minus(duration), ZoneOffset.UTC);
  }

  private static UUID session(UUID user, OffsetDateTime expiresAt, OffsetDateTime endedAt) {
    UUID id = UUID.randomUUID();
    OffsetDateTime created = ago(Duration.ofDays(3));
    db.update(
        "INSERT INTO sso_session (id, token_hash, user_id, created_at, expires_at, auth_time, amr,"
            + " ended_at) VALUES (?, ?, ?, ?, ?, ?, 'pwd', ?)",
        id, id.toString().replace("-", ""), user, created, expiresAt, created, endedAt);
    return id;
  }

  private static UUID challenge(UUID user, OffsetDateTime expiresAt) {
    UUID id = UUID.randomUUID();
    db.update(
        "INSERT INTO webauthn_challenge (id, lookup_hash, purpose, user_id, challenge, created_at,"
            + " expires_at) VALUES (?, ?, 'login', ?, 'c', ?, ?)",
        id, id.toString().replace("-", ""), user, ago(Duration.ofDays(3)), expiresAt);
    return id;
  }

  private static String lockout(int failures, OffsetDateTime lockedUntil, OffsetDateTime updatedAt) {
    String hash = UUID.randomUUID().toString().replace("-", "");
    db.update(
        "INSERT INTO lockout (subject_hash, failures, locked_until, updated_at) VALUES (?, ?, ?, ?)",
        hash, failures, lockedUntil, updatedAt);
    return hash;
  }

  private static List<UUID> ids(String table, String column) {
    return db.queryColumn("SELECT " + column + " FROM " + table).stream()
        .map(value -> UUID.fromString(value.toString()))
        .toList();
  }

  private static boolean logSays(String text) {
    try {
      return Files.readString(server.log()).contains(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitUntil(BooleanSupplier done) {
    Instant deadline = Instant.now().plusSeconds(30);
    while (!done.getAsBoolean()) {
      assertThat(Instant.now()).as("housekeeping within 30 s").isBefore(deadline);
      TollgateServer.sleep(200);
    }
  }
}
