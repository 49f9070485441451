package dev.tollgate.device;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Hands out and redeems the single-use {@code trust_device_token} of SPEC §8. */
@ApplicationScoped
@Transactional
public class TrustTokens {
  private static final int MAX_RAW_LENGTH = 128;

  @Inject TrustTokenRepository tokens;
  @Inject Keyring keyring;
  @Inject Settings settings;
  @Inject TimeSource time;
  @Inject AuditLog audit;

  /**
   * For a sign-in in which a second factor was actually verified; empty while trusted devices
   * are off ({@code trusted_device_duration_days = 0}).
   */
  public Optional<String> issueAfterVerifiedSecondFactor(UUID userId, String verifiedMethod) {
    if (settings.current().trustedDeviceDurationDays() <= 0) {
      return Optional.empty();
    }
    Instant now = time.now();
    TrustToken.Issued issued = TrustToken.issue(userId, verifiedMethod, keyring.tokenHasher(), now);
    tokens.add(issued.token());
    return Optional.of(issued.rawValue());
  }

  /**
   * Uses up the caller's token and returns it. Any other token - unknown, expired, used, or
   * another user's, which stays usable by its owner - is refused alike with a 400, and audited
   * with the reason.
   */
  public TrustToken redeem(UUID callerId, String rawToken) {
    Instant now = time.now();
    Optional<String> hash =
        rawToken.length() > MAX_RAW_LENGTH
            ? Optional.empty()
            : Optional.of(keyring.tokenHasher().hash(rawToken));
    Optional<TrustToken> found = hash.flatMap(tokens::findByHash);
    Optional<TrustToken.Refusal> refusal =
        found.map(t -> t.refusalFor(callerId, now)).orElse(Optional.of(TrustToken.Refusal.UNKNOWN));
    if (refusal.isEmpty() && !tokens.claim(hash.get(), callerId, now)) {
      refusal = Optional.of(TrustToken.Refusal.USED);
    }
    if (refusal.isPresent()) {
      audit.record(
          AuditType.DEVICE_TRUST_REFUSED,
          callerId,
          Map.of("reason", refusal.get().name().toLowerCase(Locale.ROOT)));
      throw new DomainException(
          ErrorCode.INVALID_TRUST_DEVICE_TOKEN,
          "The trust device token is invalid, expired or already used");
    }
    return found.orElseThrow();
  }

  /** Outstanding tokens die with the user's devices (password change, reset). */
  public void discardAllOf(UUID userId) {
    tokens.deleteAllOf(userId);
  }
}
