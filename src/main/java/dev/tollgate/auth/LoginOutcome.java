package dev.tollgate.auth;

import java.time.Duration;
import java.util.List;

/** What a sign-in step ends in (SPEC §4). */
public sealed interface LoginOutcome {

  /** Signed in: a portal token, and the session cookie value to set. */
  record Complete(
      String token,
      long expiresInSeconds,
      List<String> amr,
      String sessionToken,
      Duration sessionLifetime)
      implements LoginOutcome {
    @Override
    public String toString() {
      return "Complete[amr=" + amr + "]";
    }
  }
}
