package dev.tollgate.device;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.mfa.FactorCatalogue;
import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.web.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Trusting a browser with a trust token, recognising it at the next sign-in, listing and
 * revoking (SPEC §8). Trust only ever replaces the second step of a sign-in; it is never a
 * second-factor verification, so it cannot satisfy a re-verification interval (SPEC §9).
 */
@ApplicationScoped
@Transactional
public class TrustedDevices {
  private static final int MAX_COOKIE_LENGTH = 128;

  @Inject TrustedDeviceRepository devices;
  @Inject TrustTokens trustTokens;
  @Inject Keyring keyring;
  @Inject Settings settings;
  @Inject TimeSource time;
  @Inject AuditLog audit;
  @Inject FactorCatalogue factors;

  /** Trusts the browser the caller is on, with a trust token of the caller's own. */
  public NewDevice trust(UUID callerId, String rawToken, String requestedName) {
    int days = settings.current().trustedDeviceDurationDays();
    if (days <= 0) {
      audit.record(AuditType.DEVICE_TRUST_REFUSED, callerId, Map.of("reason", "disabled"));
      throw new DomainException(ErrorCode.TRUSTED_DEVICES_DISABLED, "Trusted devices are off");
    }
    TrustToken token = trustTokens.redeem(callerId, rawToken);
    Duration lifetime = Duration.ofDays(days);
    String name = DeviceNames.choose(requestedName, RequestOrigin.current().userAgent());
    TrustedDevice.Issued issued =
        TrustedDevice.issue(
            callerId, name, token.verifiedMethod(), keyring.tokenHasher(), time.now(), lifetime);
    devices.add(issued.device());
    TrustedDevice device = issued.device();
    audit.record(
        AuditType.DEVICE_TRUSTED,
        callerId,
        Map.of("device_id", device.id(), "name", name, "expires_at", device.expiresAt().toString()));
    return new NewDevice(DeviceView.of(device), issued.cookieValue(), lifetime);
  }

  /**
   * Whether the cookie names one of the user's devices in good standing, while trusted devices
   * are enabled: a look only (no {@code last_seen_at}, no audit), for the facts a selector
   * script sees ({@code ctx.mfa.trusted_device}).
   */
  public boolean isTrusted(UUID userId, String rawCookie) {
    if (rawCookie == null
        || rawCookie.isBlank()
        || rawCookie.length() > MAX_COOKIE_LENGTH
        || settings.current().trustedDeviceDurationDays() <= 0) {
      return false;
    }
    return devices.findByCookieHash(keyring.tokenHasher().hash(rawCookie))
        .filter(device -> device.standingFor(userId, time.now()) == TrustedDevice.Standing.TRUSTED)
        .isPresent();
  }

  /**
   * May the browser's {@code idp_device} cookie stand in for the second factor that
   * {@code level} needs? Only when trusted devices are on, no re-verification interval is in
   * force ({@code reauthIntervalMinutes} = the interval for this sign-in, global or the
   * application's: a non-zero interval asks for a real verification, which a device never is),
   * and the device was trusted after a method that meets the level. A trusted device that stands
   * in has its {@code last_seen_at} renewed and the use audited; one that does not meet the level
   * stays as it is; a cookie that can never work again is audited and comes back
   * {@code Rejected}. Sign-in flows ask through {@code auth.mfa.DeviceStandIn}, which also
   * checks the second-step lock.
   */
  public Recognition recogniseInPlaceOfSecondFactor(
      UUID userId, String rawCookie, int reauthIntervalMinutes, PolicyLevel level) {
    if (rawCookie == null
        || rawCookie.isBlank()
        || reauthIntervalMinutes != 0
        || settings.current().trustedDeviceDurationDays() <= 0) {
      return Recognition.NOT_APPLICABLE;
    }
    Optional<TrustedDevice> found =
        rawCookie.length() > MAX_COOKIE_LENGTH
            ? Optional.empty()
            : devices.findByCookieHash(keyring.tokenHasher().hash(rawCookie));
    return found
        .map(device -> judge(device, userId, level))
        .orElseGet(() -> reject(userId, "unknown", Map.of()));
  }

  private Recognition judge(TrustedDevice device, UUID userId, PolicyLevel level) {
    Instant now = time.now();
    return switch (device.standingFor(userId, now)) {
      case TRUSTED -> {
        if (!device.certifies(level, factors)) {
          yield Recognition.NOT_APPLICABLE;
        }
        device.seen(now);
        audit.record(AuditType.TRUSTED_DEVICE_USED, userId, Map.of("device_id", device.id()));
        yield new Recognition.Trusted(DeviceView.of(device));
      }
      case EXPIRED -> {
        revoke(device, RevocationReason.EXPIRED, now);
        yield new Recognition.Rejected("expired");
      }
      case REVOKED -> reject(userId, "revoked", Map.of("device_id", device.id()));
      case OTHER_USER -> reject(userId, "other_user", Map.of());
    };
  }

  /** The caller's trusted devices, newest first. */
  public List<DeviceView> list(UUID userId) {
    return devices.listActive(userId, time.now()).stream().map(DeviceView::of).toList();
  }

  /** The caller cuts one device off; no recent verification is needed for that (SPEC §9). */
  public void revoke(UUID userId, UUID deviceId) {
    Instant now = time.now();
    TrustedDevice device =
        devices
            .findActiveOwnedBy(userId, deviceId, now)
            .orElseThrow(() -> DomainException.notFound("Device"));
    revoke(device, RevocationReason.USER, now);
  }

  /** Every device of the user, and any trust token not yet used; returns how many devices. */
  public int revokeAll(UUID userId, RevocationReason reason) {
    Instant now = time.now();
    List<TrustedDevice> all = devices.listUnrevoked(userId);
    all.forEach(device -> revoke(device, reason, now));
    trustTokens.discardAllOf(userId);
    return all.size();
  }

  private void revoke(TrustedDevice device, RevocationReason reason, Instant now) {
    if (device.revoke(now, reason)) {
      audit.record(
          AuditType.TRUSTED_DEVICE_REVOKED,
          device.userId(),
          Map.of("device_id", device.id(), "reason", reason.wire()));
    }
  }

  private Recognition reject(UUID userId, String reason, Map<String, Object> details) {
    Map<String, Object> all = new HashMap<>(details);
    all.put("reason", reason);
    audit.record(AuditType.TRUSTED_DEVICE_REJECTED, userId, all);
    return new Recognition.Rejected(reason);
  }

  /** A device just trusted, with the {@code idp_device} value to set once and its lifetime. */
  public record NewDevice(DeviceView device, String cookieValue, Duration lifetime) {
    @Override
    public String toString() {
      return "NewDevice[" + device.id() + "]";
    }
  }
}
