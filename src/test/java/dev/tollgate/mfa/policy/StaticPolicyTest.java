package dev.tollgate.mfa.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.mfa.FactorCatalogue;
import dev.tollgate.mfa.InstalledFactors;
import dev.tollgate.mfa.totp.TotpFactor;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policy table of docs/mfa-policy.md, with the factors Tollgate ships (their declarations say which levels each
 * meets). Columns: level, methods the user holds, allowed methods, enforce enrollment, expected
 * requirement ({@code none}, {@code mfa:<methods>}, {@code enroll:<methods>},
 * {@code misconfigured:<method>}); method lists are separated by '+', '-' is the empty list.
 */
class StaticPolicyTest {

  @ParameterizedTest(name = "{0} enrolled={1} allowed={2} enforce={3} -> {4}")
  @CsvSource({
    // disabled: nothing, unless enrollment is enforced and the user has no usable method
    "disabled, -, totp+passkey, false, none",
    "disabled, totp, totp+passkey, false, none",
    "disabled, -, totp+passkey, true, enroll:totp+passkey",
    "disabled, passkey, totp+passkey, true, none",
    "disabled, totp, passkey, true, enroll:passkey",
    // optional: a factor if the user has one
    "optional, -, totp+passkey, false, none",
    "optional, totp, totp+passkey, false, mfa:totp",
    "optional, passkey+totp, totp+passkey, false, mfa:totp+passkey",
    "optional, totp, passkey, false, none",
    "optional, -, totp+passkey, true, enroll:totp+passkey",
    "optional, totp, totp+passkey, true, mfa:totp",
    "optional, -, passkey, true, enroll:passkey",
    // any: any enrolled method, or enrollment
    "any, -, totp+passkey, false, enroll:totp+passkey",
    "any, totp, totp+passkey, false, mfa:totp",
    "any, passkey, totp+passkey, false, mfa:passkey",
    "any, totp+passkey, totp+passkey, false, mfa:totp+passkey",
    "any, -, totp, false, enroll:totp",
    "any, totp, passkey, false, enroll:passkey",
    "any, totp, totp+passkey, true, mfa:totp",
    // otp: TOTP only
    "otp, totp, totp+passkey, false, mfa:totp",
    "otp, totp+passkey, totp+passkey, false, mfa:totp",
    "otp, passkey, totp+passkey, false, enroll:totp",
    "otp, -, totp+passkey, false, enroll:totp",
    "otp, -, totp, true, enroll:totp",
    "otp, totp, passkey, false, misconfigured:totp",
    "otp, -, passkey, true, misconfigured:totp",
    // passkey: a passkey only
    "passkey, passkey, totp+passkey, false, mfa:passkey",
    "passkey, totp+passkey, totp+passkey, false, mfa:passkey",
    "passkey, totp, totp+passkey, false, enroll:passkey",
    "passkey, -, passkey, false, enroll:passkey",
    "passkey, passkey, totp, false, misconfigured:passkey",
    "passkey, -, totp, true, misconfigured:passkey",
    // recovery codes: offered beside a usable factor, whatever the level; never a factor alone
    "disabled, totp+recovery_code, totp+passkey, false, none",
    "disabled, recovery_code, totp+passkey, true, enroll:totp+passkey",
    "optional, totp+recovery_code, totp+passkey, false, mfa:totp+recovery_code",
    "optional, recovery_code, totp+passkey, false, none",
    "optional, recovery_code+totp, passkey, false, none",
    "any, recovery_code+passkey, totp+passkey, false, mfa:passkey+recovery_code",
    "any, recovery_code, totp+passkey, false, enroll:totp+passkey",
    "otp, totp+recovery_code, totp+passkey, false, mfa:totp+recovery_code",
    "otp, passkey+recovery_code, totp+passkey, false, enroll:totp",
    "passkey, passkey+recovery_code, totp+passkey, false, mfa:passkey+recovery_code",
    "passkey, totp+recovery_code, totp+passkey, false, enroll:passkey",
    "passkey, passkey+recovery_code, totp, false, misconfigured:passkey",
    // recovery_code is no allowable method: allowing it changes nothing
    "any, recovery_code, recovery_code+totp, false, enroll:totp",
  })
  void requirement(String level, String enrolled, String allowed, boolean enforce, String expected) {
    Requirement requirement =
        StaticPolicy.requirement(
            InstalledFactors.catalogue(), PolicyLevel.parse(level).orElseThrow(), list(enrolled),
            new LinkedHashSet<>(list(allowed)), enforce);

    assertThat(describe(requirement)).isEqualTo(expected);
  }

  @Test
  void aLevelNoInstalledFactorMeetsIsMisconfiguredWhateverTheUserHas() {
    FactorCatalogue totpOnly = new FactorCatalogue(List.of(TotpFactor.DECLARATION));

    Requirement requirement =
        StaticPolicy.requirement(totpOnly, PolicyLevel.PASSKEY, List.of("totp"), Set.of("totp"), false);

    assertThat(describe(requirement)).isEqualTo("misconfigured:passkey");
  }

  private static List<String> list(String methods) {
    return methods.equals("-") ? List.of() : Arrays.asList(methods.split("\\+"));
  }

  private static String describe(Requirement requirement) {
    return switch (requirement) {
      case Requirement.None n -> "none";
      case Requirement.SecondFactor f -> "mfa:" + String.join("+", f.methods());
      case Requirement.Enrollment e -> "enroll:" + String.join("+", e.methods());
      case Requirement.Misconfigured m -> "misconfigured:" + m.method();
    };
  }
}
