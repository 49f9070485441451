package dev.tollgate.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.device.TrustedDevice.Standing;
import dev.tollgate.mfa.FactorCatalogue;
import dev.tollgate.mfa.InstalledFactors;
import dev.tollgate.shared.crypto.TokenHasher;
import java.lang.reflect.Field;
import dev.tollgate.mfa.policy.PolicyLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrustedDeviceTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration THIRTY_DAYS = Duration.ofDays(30);
  private final TokenHasher hasher = new TokenHasher(new byte[32]);
  private final UUID owner = UUID.randomUUID();

  private TrustedDevice.Issued issue() {
    return TrustedDevice.issue(owner, "Firefox on Linux", Optional.of("totp"), hasher, NOW, THIRTY_DAYS);
  }

  @Test
  void aDeviceStandsInOnlyForTheLevelsItsMethodMeets() {
    TrustedDevice afterTotp = issue().device();
    TrustedDevice afterPasskey =
        TrustedDevice.issue(owner, "d", Optional.of("passkey"), hasher, NOW, THIRTY_DAYS).device();
    TrustedDevice afterRecoveryCode =
        TrustedDevice.issue(owner, "d", Optional.of("recovery_code"), hasher, NOW, THIRTY_DAYS).device();
    TrustedDevice afterUninstalled =
        TrustedDevice.issue(owner, "d", Optional.of("smartcard"), hasher, NOW, THIRTY_DAYS).device();
    TrustedDevice unrecorded = TrustedDevice.issue(owner, "d", Optional.empty(), hasher, NOW, THIRTY_DAYS).device();
    FactorCatalogue factors = InstalledFactors.catalogue();

    assertThat(afterTotp.certifies(PolicyLevel.ANY, factors)).isTrue();
    assertThat(afterTotp.certifies(PolicyLevel.OTP, factors)).isTrue();
    assertThat(afterTotp.certifies(PolicyLevel.PASSKEY, factors)).isFalse();
    assertThat(afterPasskey.certifies(PolicyLevel.PASSKEY, factors)).isTrue();
    assertThat(afterPasskey.certifies(PolicyLevel.OTP, factors)).isFalse();
    assertThat(afterRecoveryCode.certifies(PolicyLevel.OTP, factors)).isTrue();
    assertThat(afterRecoveryCode.certifies(PolicyLevel.PASSKEY, factors)).isFalse();
    assertThat(afterUninstalled.certifies(PolicyLevel.OPTIONAL, factors)).isFalse();
    assertThat(unrecorded.certifies(PolicyLevel.ANY, factors)).isTrue();
    assertThat(unrecorded.certifies(PolicyLevel.OTP, factors)).isFalse();
    assertThat(unrecorded.certifies(PolicyLevel.PASSKEY, factors)).isFalse();
  }

  @Test
  void onlyAKeyedHashOfTheCookieIsKept() throws IllegalAccessException {
    TrustedDevice.Issued issued = issue();

    assertThat(issued.cookieValue()).hasSize(43);
    assertThat(issued.device().cookieHash()).isEqualTo(hasher.hash(issued.cookieValue()));
    for (Field field : TrustedDevice.class.getDeclaredFields()) {
      field.setAccessible(true);
      assertThat(String.valueOf(field.get(issued.device()))).doesNotContain(issued.cookieValue());
    }
    assertThat(issued.toString()).doesNotContain(issued.cookieValue());
  }

  @Test
  void aNewDeviceIsSeenNowAndExpiresAfterItsLifetime() {
    TrustedDevice device = issue().device();

    assertThat(device.createdAt()).isEqualTo(NOW);
    assertThat(device.lastSeenAt()).isEqualTo(NOW);
    assertThat(device.expiresAt()).isEqualTo(NOW.plus(THIRTY_DAYS));
    assertThat(device.standingFor(owner, NOW.plus(THIRTY_DAYS).minusSeconds(1)))
        .isEqualTo(Standing.TRUSTED);
    assertThat(device.standingFor(owner, NOW.plus(THIRTY_DAYS))).isEqualTo(Standing.EXPIRED);
    assertThat(device.isActive(NOW.plus(THIRTY_DAYS))).isFalse();
  }

  @Test
  void itStandsOnlyForItsOwner() {
    TrustedDevice device = issue().device();

    assertThat(device.standingFor(UUID.randomUUID(), NOW)).isEqualTo(Standing.OTHER_USER);
  }

  @Test
  void aRevokedDeviceStaysRevokedWithItsFirstReason() {
    TrustedDevice device = issue().device();

    assertThat(device.revoke(NOW, RevocationReason.USER)).isTrue();
    assertThat(device.revoke(NOW, RevocationReason.PASSWORD_CHANGED)).isFalse();

    assertThat(device.standingFor(owner, NOW)).isEqualTo(Standing.REVOKED);
    assertThat(device.isActive(NOW)).isFalse();
    assertThat(device.revokedReason()).contains("user");
  }

  @Test
  void useRenewsLastSeenOnly() {
    TrustedDevice device = issue().device();
    Instant later = NOW.plus(Duration.ofDays(3));

    device.seen(later);

    assertThat(device.lastSeenAt()).isEqualTo(later);
    assertThat(device.expiresAt()).isEqualTo(NOW.plus(THIRTY_DAYS));
  }

  @Test
  void everyDeviceGetsItsOwnCookie() {
    assertThat(issue().cookieValue()).isNotEqualTo(issue().cookieValue());
  }
}
