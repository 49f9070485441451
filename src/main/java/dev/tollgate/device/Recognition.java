package dev.tollgate.device;

import java.util.Optional;

/** What an {@code idp_device} cookie amounts to at a sign-in that would need a second step. */
public sealed interface Recognition {
  /**
   * No cookie, trusted devices off, a re-verification interval in force, the second step locked,
   * or a device trusted after a method that does not meet the level: nothing to do.
   */
  Recognition NOT_APPLICABLE = new NotApplicable();

  /** The device stands in for the second step. */
  record Trusted(DeviceView device) implements Recognition {}

  /** A cookie that will never work again (unknown, expired, revoked, another user's). */
  record Rejected(String reason) implements Recognition {}

  record NotApplicable() implements Recognition {}

  default Optional<DeviceView> trusted() {
    return this instanceof Trusted t ? Optional.of(t.device()) : Optional.empty();
  }

  /** Whether the browser should be told to drop the cookie (Max-Age=0). */
  default boolean forgetCookie() {
    return this instanceof Rejected;
  }
}
