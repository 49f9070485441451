package dev.tollgate.oidc;

import dev.tollgate.settings.Settings;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.crypto.SecureTokens;
import dev.tollgate.shared.db.Autonomous;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens: issued in families (one per authorization code), rotated on every use, and
 * revoked as a family when a rotated one comes back. They live as long as an SSO session
 * ({@code session_duration_days}) and stop working when their session ends.
 */
@ApplicationScoped
public class RefreshTokens {
  private static final int MAX_TOKEN_LENGTH = 128;

  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;
  @Inject TimeSource time;
  @Inject Settings settings;
  @Inject Autonomous autonomous;

  /** A new token of family {@code grantId}; the raw value is returned once, never stored. */
  String issue(UUID grantId, Grant grant) {
    String raw = SecureTokens.newToken();
    Instant now = time.now();
    em.createQuery("delete from RefreshToken r where r.userId = :u and r.expiresAt < :now")
        .setParameter("u", grant.userId())
        .setParameter("now", now)
        .executeUpdate();
    Duration lifetime = Duration.ofDays(settings.current().sessionDurationDays());
    em.persist(new RefreshToken(keyring.tokenHasher().hash(raw), grantId, grant, now, now.plus(lifetime)));
    return raw;
  }

  Optional<RefreshToken> find(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    return em.createQuery("select r from RefreshToken r where r.tokenHash = :h", RefreshToken.class)
        .setParameter("h", keyring.tokenHasher().hash(raw))
        .getResultStream()
        .findFirst();
  }

  /**
   * Marks the token exchanged, committed at once whatever becomes of the exchange; false when a
   * concurrent request already did (a reuse).
   */
  boolean markUsed(UUID id) {
    return autonomous.update(
            "UPDATE oidc_refresh_token SET used_at = ? WHERE id = ? AND used_at IS NULL",
            time.now(), id)
        == 1;
  }

  /**
   * Revokes every token of the family, committed at once (the refusal that causes it rolls
   * back); returns how many were still unrevoked.
   */
  int revokeFamily(UUID grantId) {
    return autonomous.update(
        "UPDATE oidc_refresh_token SET revoked_at = ? WHERE grant_id = ? AND revoked_at IS NULL",
        time.now(), grantId);
  }
}
