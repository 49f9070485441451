package dev.tollgate.mfa.policy;

import java.time.Instant;
import java.util.List;

/**
 * What the sign-in flow knows about the user's factors and the request when it asks the policy:
 * the methods the user holds (factors, and fallbacks such as recovery codes), when a second
 * factor was last verified on the browser's session (or null), whether the request carries the
 * user's trusted-device cookie, and where it comes from.
 */
public record SignInFacts(
    List<String> enrolled, Instant lastVerifiedAt, boolean trustedDevice, String ip, String userAgent) {
  public SignInFacts {
    enrolled = List.copyOf(enrolled);
  }
}
