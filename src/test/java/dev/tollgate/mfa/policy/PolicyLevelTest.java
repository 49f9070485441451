package dev.tollgate.mfa.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PolicyLevelTest {

  /** Every static level against every script level: the script can only tighten. */
  @ParameterizedTest(name = "strictest({0}, {1}) = {2}")
  @CsvSource({
    "disabled, disabled, disabled", "disabled, optional, optional", "disabled, any, any",
    "disabled, otp, otp", "disabled, passkey, passkey",
    "optional, disabled, optional", "optional, optional, optional", "optional, any, any",
    "optional, otp, otp", "optional, passkey, passkey",
    "any, disabled, any", "any, optional, any", "any, any, any", "any, otp, otp",
    "any, passkey, passkey",
    "otp, disabled, otp", "otp, optional, otp", "otp, any, otp", "otp, otp, otp",
    "otp, passkey, passkey",
    "passkey, disabled, passkey", "passkey, optional, passkey", "passkey, any, passkey",
    "passkey, otp, passkey", "passkey, passkey, passkey",
  })
  void strictestOfStaticAndScript(String statik, String script, String effective) {
    PolicyLevel a = PolicyLevel.parse(statik).orElseThrow();
    PolicyLevel b = PolicyLevel.parse(script).orElseThrow();

    assertThat(PolicyLevel.strictest(a, b).wire()).isEqualTo(effective);
    assertThat(PolicyLevel.strictest(b, a).wire()).isEqualTo(effective);
  }

  @Test
  void levelsAreOrderedLoosestToStrictest() {
    assertThat(PolicyLevel.values())
        .extracting(PolicyLevel::wire)
        .containsExactly("disabled", "optional", "any", "otp", "passkey");
    assertThat(PolicyLevel.PASSKEY.isStricterThan(PolicyLevel.OTP)).isTrue();
    assertThat(PolicyLevel.OTP.isStricterThan(PolicyLevel.OTP)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"OTP", " otp", "inherit", "", "none", "totp"})
  void onlyExactWireNamesParse(String text) {
    assertThat(PolicyLevel.parse(text)).isEmpty();
  }
}
