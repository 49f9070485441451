package dev.tollgate.auth.mfa;

import dev.tollgate.device.Recognition;
import dev.tollgate.device.TrustedDevices;
import dev.tollgate.mfa.policy.PolicyDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The one rule for a trusted device standing in for a second factor, for the password sign-in
 * and for single sign-on alike (docs/security.md, "Trusted devices"): never while the user's
 * second step is locked, never while a re-verification interval is in force, and only for a
 * level the method the device was trusted after meets.
 */
@ApplicationScoped
public class DeviceStandIn {
  @Inject SecondStepLock lock;
  @Inject TrustedDevices devices;

  /** What the browser's {@code idp_device} cookie amounts to for a sign-in under {@code decision}. */
  public Recognition judge(UUID userId, String deviceCookie, PolicyDecision decision) {
    if (deviceCookie == null || deviceCookie.isBlank() || lock.isLocked(userId)) {
      return Recognition.NOT_APPLICABLE;
    }
    return devices.recogniseInPlaceOfSecondFactor(
        userId, deviceCookie, decision.reauthIntervalMinutes(), decision.effectiveLevel());
  }
}
