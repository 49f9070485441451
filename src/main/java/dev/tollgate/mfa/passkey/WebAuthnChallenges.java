package dev.tollgate.mfa.passkey;

import dev.tollgate.mfa.passkey.WebAuthnChallenge.Purpose;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.crypto.SecureTokens;
import dev.tollgate.shared.db.Autonomous;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Pending WebAuthn challenges, kept in the database so that any node can serve the answer. A
 * challenge is 32 random bytes, found by a keyed hash of the secret the browser holds (the
 * registration session token, or the mfa_token of a sign-in), expires after five minutes, and is
 * deleted by the first answer, right or wrong, so it can never be answered twice.
 */
@ApplicationScoped
@Transactional
public class WebAuthnChallenges {
  public static final Duration LIFETIME = PasskeyOptions.TIMEOUT;
  private static final int CHALLENGE_BYTES = 32;

  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;
  @Inject TimeSource time;
  @Inject Autonomous autonomous;

  /**
   * Issues a challenge for {@code secret}, replacing the one issued earlier for the same secret,
   * the user's expired ones and, for a registration, any other registration the user left pending
   * (as a new TOTP enrollment replaces a pending one).
   */
  public WebAuthnChallenge issue(Purpose purpose, String secret, UUID userId, String requestedName) {
    Instant now = time.now();
    String lookup = lookupHash(purpose, secret);
    // two deletes, not one with OR: each is answered from an index, never by a table scan
    em.createQuery("delete from WebAuthnChallenge c where c.lookupHash = :h")
        .setParameter("h", lookup)
        .executeUpdate();
    em.createQuery("delete from WebAuthnChallenge c where c.userId = :u and c.expiresAt < :now")
        .setParameter("u", userId)
        .setParameter("now", now)
        .executeUpdate();
    if (purpose == Purpose.REGISTRATION) {
      em.createQuery("delete from WebAuthnChallenge c where c.userId = :u and c.purpose = :p")
          .setParameter("u", userId)
          .setParameter("p", Purpose.REGISTRATION)
          .executeUpdate();
    }
    WebAuthnChallenge challenge =
        new WebAuthnChallenge(
            lookup, purpose, userId, SecureTokens.randomBytes(CHALLENGE_BYTES), requestedName, now,
            now.plus(LIFETIME));
    em.persist(challenge);
    return challenge;
  }

  /**
   * Takes the user's pending challenge for {@code secret} out of the store, for good: the delete
   * is committed at once, whatever becomes of the answer. Empty when there is none, it is
   * another user's or another ceremony's, it has expired, or a concurrent request took it first
   * (the delete decides who wins).
   */
  public Optional<WebAuthnChallenge> consume(Purpose purpose, String secret, UUID userId) {
    if (secret == null || secret.isBlank() || secret.length() > 128) {
      return Optional.empty();
    }
    Optional<WebAuthnChallenge> found =
        em.createQuery("select c from WebAuthnChallenge c where c.lookupHash = :h", WebAuthnChallenge.class)
            .setParameter("h", lookupHash(purpose, secret))
            .getResultStream()
            .filter(c -> c.purpose() == purpose && c.userId().equals(userId))
            .findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    int deleted = autonomous.update("DELETE FROM webauthn_challenge WHERE id = ?", found.get().id());
    boolean live = deleted == 1 && found.get().expiresAt().isAfter(time.now());
    return live ? found : Optional.empty();
  }

  private String lookupHash(Purpose purpose, String secret) {
    return keyring.tokenHasher().hash("webauthn:" + purpose.name() + ":" + secret);
  }
}
