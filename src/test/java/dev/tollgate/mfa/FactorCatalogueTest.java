package dev.tollgate.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.mfa.policy.PolicyLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules the flow derives from the factors' declarations, with the factors Tollgate ships. */
class FactorCatalogueTest {
  private final FactorCatalogue factors = InstalledFactors.catalogue();

  @Test
  void factorsAreListedInTheirDeclaredOrderAndOnlyFactorsOfTheirOwnCanBeAllowed() {
    assertThat(factors.all()).extracting(FactorDeclaration::method)
        .containsExactly("totp", "passkey", "recovery_code");
    assertThat(factors.allowableMethods()).containsExactly("totp", "passkey");
    assertThat(factors.inOrder(List.of("recovery_code", "smartcard", "passkey", "totp")))
        .containsExactly("totp", "passkey", "recovery_code");
    assertThat(factors.isFallback("recovery_code")).isTrue();
    assertThat(factors.isFactor("recovery_code")).isFalse();
  }

  /** Which method meets which level: a recovery code is a one-time password, up to otp. */
  @ParameterizedTest(name = "{0} meets {1}: {2}")
  @CsvSource({
    "totp, disabled, true", "totp, optional, true", "totp, any, true", "totp, otp, true",
    "totp, passkey, false",
    "passkey, any, true", "passkey, otp, false", "passkey, passkey, true",
    "recovery_code, optional, true", "recovery_code, any, true", "recovery_code, otp, true",
    "recovery_code, passkey, false",
    "smartcard, optional, false",
  })
  void meets(String method, String level, boolean meets) {
    assertThat(factors.meets(method, PolicyLevel.parse(level).orElseThrow())).isEqualTo(meets);
  }

  @Test
  void aLevelAsksForTheFactorsThatMeetItNeverForAFallback() {
    assertThat(factors.factorsMeeting(PolicyLevel.ANY)).containsExactly("totp", "passkey");
    assertThat(factors.factorsMeeting(PolicyLevel.OTP)).containsExactly("totp");
    assertThat(factors.factorsMeeting(PolicyLevel.PASSKEY)).containsExactly("passkey");
  }

  @Test
  void anAmrShowsTheMethodsThatYieldItsValues() {
    assertThat(factors.shownBy(List.of("pwd", "otp", "mfa"))).containsExactly("totp", "recovery_code");
    assertThat(factors.shownBy(List.of("pwd", "swk", "user", "mfa"))).containsExactly("passkey");
    assertThat(factors.shownBy(List.of("pwd", "hwk", "otp", "mfa"))).containsExactly("totp", "passkey", "recovery_code");
    assertThat(factors.shownBy(List.of("pwd"))).isEmpty();
  }

  @Test
  void theStrictestLevelVerifiedMethodsMeetIsWhatATokenMayClaim() {
    assertThat(factors.strictestMetBy(List.of())).isEqualTo(PolicyLevel.DISABLED);
    assertThat(factors.strictestMetBy(List.of("recovery_code"))).isEqualTo(PolicyLevel.OTP);
    assertThat(factors.strictestMetBy(List.of("totp"))).isEqualTo(PolicyLevel.OTP);
    assertThat(factors.strictestMetBy(List.of("totp", "passkey"))).isEqualTo(PolicyLevel.PASSKEY);
    assertThat(factors.strictestMetBy(List.of("smartcard"))).isEqualTo(PolicyLevel.DISABLED);
  }

  @Test
  void enrollmentTokensAreAcceptedExactlyAtTheEndpointsTheFactorsDeclare() {
    assertThat(factors.enrollmentPaths())
        .containsExactlyInAnyOrder(
            "/api/v1/mfa/totp/enroll", "/api/v1/mfa/totp/confirm",
            "/api/v1/mfa/passkey/register/begin", "/api/v1/mfa/passkey/register/finish");
  }

  @Test
  void aFallbackCannotDeclareEnrollmentEndpoints() {
    assertThatThrownBy(() -> FactorDeclaration.fallback("x").enrolledAt("/api/v1/mfa/x").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNewFactorJoinsEveryDerivedRuleByItsDeclarationAlone() {
    FactorDeclaration smartcard =
        FactorDeclaration.factor("smartcard").named("Smart card", "a smart card").listedAt(15)
            .yields("sc").meets(PolicyLevel.OPTIONAL, PolicyLevel.ANY, PolicyLevel.PASSKEY)
            .enrolledAt("/api/v1/mfa/smartcard/enroll").build();
    List<FactorDeclaration> shipped = factors.all();
    FactorCatalogue extended =
        new FactorCatalogue(List.of(shipped.get(0), shipped.get(1), shipped.get(2), smartcard));

    assertThat(extended.allowableMethods()).containsExactly("totp", "smartcard", "passkey");
    assertThat(extended.factorsMeeting(PolicyLevel.PASSKEY)).containsExactly("smartcard", "passkey");
    assertThat(extended.shownBy(List.of("pwd", "sc", "mfa"))).containsExactly("smartcard");
    assertThat(extended.enrollmentPaths()).contains("/api/v1/mfa/smartcard/enroll");
  }
}
