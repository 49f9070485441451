package dev.tollgate.it;

import dev.tollgate.shared.crypto.MasterKey;
import dev.tollgate.shared.crypto.TokenHasher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

/**
 * A side door to the trusted-device tables for the tests that must place or age rows (an
 * expired device, a token that is not the caller's) instead of waiting. Hashes are computed with
 * the server's own token key, read from the data directory the server generated it in.
 */
final class TrustedDeviceRows {
  private final Api api;
  private final TokenHasher hasher;

  TrustedDeviceRows(Api api) {
    this.api = api;
    this.hasher = new TokenHasher(serverMasterKey(api).derive("hmac/token-hash"));
  }

  String hash(String raw) {
    return hasher.hash(raw);
  }

  /** A trust token for the user, as a verified login would have issued it; returns it raw. */
  String insertTrustToken(String userId) {
    String raw = "tt-" + UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    api.server().database().update(
        "INSERT INTO device_trust_token (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        hash(raw), UUID.fromString(userId), now, now.plusMinutes(10));
    return raw;
  }

  /** A device trusted {@code ageDays} ago for {@code days}; returns its id. */
  String insertDevice(String userId, String name, int ageDays, int days) {
    UUID id = UUID.randomUUID();
    OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC).minusDays(ageDays);
    api.server().database().update(
        "INSERT INTO trusted_device (id, user_id, cookie_hash, name, created_at, last_seen_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        id, UUID.fromString(userId), hash("dev-" + id), name, created, created, created.plusDays(days));
    return id.toString();
  }

  String revokedReason(String deviceId) {
    return (String) api.server().database().queryValue(
        "SELECT revoked_reason FROM trusted_device WHERE id = ?", UUID.fromString(deviceId));
  }

  private static MasterKey serverMasterKey(Api api) {
    try {
      String text = Files.readString(api.server().dataDir().resolve("secret.key")).trim();
      return new MasterKey(Base64.getDecoder().decode(text));
    } catch (IOException e) {
      throw new UncheckedIOException("The server's generated secret.key is not readable", e);
    }
  }
}
