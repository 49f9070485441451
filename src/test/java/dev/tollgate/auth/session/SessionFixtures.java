package dev.tollgate.auth.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Sessions for unit tests of the features that read them (the constructor is package-private). */
public final class SessionFixtures {
  private SessionFixtures() {}

  /** A session whose password was given at {@code authTime}. */
  public static SsoSession session(
      UUID userId, Instant authTime, List<String> amr, Instant mfaVerifiedAt) {
    return new SsoSession(
        "hash-" + UUID.randomUUID(), userId, authTime, authTime.plusSeconds(7 * 86400), amr,
        mfaVerifiedAt, "127.0.0.1", "test");
  }
}
