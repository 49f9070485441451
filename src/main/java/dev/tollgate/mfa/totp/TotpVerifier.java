package dev.tollgate.mfa.totp;

import com.warrenstrange.googleauth.GoogleAuthenticator;
import com.warrenstrange.googleauth.GoogleAuthenticatorConfig;
import com.warrenstrange.googleauth.HmacHashFunction;
import dev.tollgate.shared.crypto.SecureTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * All TOTP cryptography (RFC 6238 with googleauth): HMAC-SHA1, 30-second steps, one step of
 * clock drift either way, and a code accepted only for a step later than the last one accepted
 * for the same credential, so no code works twice and no older code works after a newer one.
 */
@ApplicationScoped
public class TotpVerifier {
  public static final Duration STEP = Duration.ofSeconds(30);
  public static final int DIGITS = 6;
  /** Steps accepted on either side of the server's own. */
  public static final int DRIFT = 1;

  private final GoogleAuthenticator authenticator;
  private final int digits;

  public TotpVerifier() {
    this(DIGITS);
  }

  /** Other code lengths only serve the RFC 6238 test vectors (8 digits). */
  TotpVerifier(int digits) {
    this.digits = digits;
    this.authenticator =
        new GoogleAuthenticator(
            new GoogleAuthenticatorConfig.GoogleAuthenticatorConfigBuilder()
                .setCodeDigits(digits)
                .setTimeStepSizeInMillis(STEP.toMillis())
                .setWindowSize(2 * DRIFT + 1)
                .setHmacHashFunction(HmacHashFunction.HmacSHA1)
                .setSecretBits(160)
                .setNumberOfScratchCodes(0)
                .build());
  }

  /** What a submitted code amounts to. */
  public sealed interface Verdict {
    record Accepted(long step) implements Verdict {}

    /** Right code, but for a step already used (or older): refused. */
    record Replayed(long step) implements Verdict {}

    record Wrong() implements Verdict {}
  }

  /** A fresh 160-bit secret from googleauth's reseeding SecureRandom. */
  public TotpSecret newSecret() {
    return new TotpSecret(authenticator.createCredentials().getKey());
  }

  /**
   * Checks {@code code} against the steps around {@code now}. {@code lastUsedStep} is the last
   * step accepted for this credential ({@link Long#MIN_VALUE} when none). Every candidate step
   * is computed and compared in constant time, whatever matches first.
   */
  public Verdict verify(TotpSecret secret, long lastUsedStep, String code, Instant now) {
    String submitted = code == null ? "" : code.replace(" ", "");
    if (submitted.length() != digits || !submitted.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new Verdict.Wrong();
    }
    long current = stepAt(now);
    Verdict verdict = new Verdict.Wrong();
    // ascending, so a code that happens to match two steps is judged by the later one
    for (long step = current - DRIFT; step <= current + DRIFT; step++) {
      if (SecureTokens.constantTimeEquals(codeAt(secret, step), submitted)) {
        verdict = step > lastUsedStep ? new Verdict.Accepted(step) : new Verdict.Replayed(step);
      }
    }
    return verdict;
  }

  /** The code of one time step, zero-padded. */
  public String codeAt(TotpSecret secret, long step) {
    int code = authenticator.getTotpPassword(secret.base32(), step * STEP.toMillis());
    return String.format("%0" + digits + "d", code);
  }

  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.toEpochMilli(), STEP.toMillis());
  }
}
