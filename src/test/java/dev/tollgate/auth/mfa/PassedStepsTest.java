package dev.tollgate.auth.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.LoginCompletion;
import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.enrollment.EnrollmentSignIn;
import dev.tollgate.mfa.InstalledFactors;
import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.settings.SettingKey;
import dev.tollgate.settings.Settings;
import dev.tollgate.settings.SettingsFixtures;
import dev.tollgate.settings.SettingsSnapshot;
import dev.tollgate.shared.DomainException;
import dev.tollgate.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The level rule of a passed sign-in step: a method that meets the sign-in's level completes
 * it; one that does not (a recovery code under passkey) leads to the enrollment of an allowed
 * factor that does, and the sign-in completes only with that factor.
 */
class PassedStepsTest {
  final User user = new User("a@b.test", "a", "A", "B", "hash", false, Instant.EPOCH);
  final PassedSteps steps = new PassedSteps();
  final List<String> completedWith = new ArrayList<>();
  final List<List<String>> enrollments = new ArrayList<>();
  final List<AuditType> audited = new ArrayList<>();
  String allowed = "totp,passkey";

  PassedStepsTest() {
    steps.factors = InstalledFactors.catalogue();
    steps.completion = new LoginCompletion() {
      @Override
      public LoginOutcome.Complete complete(
          User who, List<String> amr, String verifiedMethod, Optional<UUID> previous) {
        completedWith.add(verifiedMethod + " " + amr);
        return new LoginOutcome.Complete("jwt", 60, amr, "sid", Duration.ofDays(1), null);
      }
    };
    steps.enrollment = new EnrollmentSignIn() {
      @Override
      public LoginOutcome.EnrollmentRequired start(
          User who, List<String> methods, String clientId, Optional<UUID> previous) {
        enrollments.add(methods);
        return new LoginOutcome.EnrollmentRequired("enrollment-token", methods, 900);
      }
    };
    steps.settings = new Settings() {
      @Override
      public SettingsSnapshot current() {
        return SettingsFixtures.with(Map.of(SettingKey.MFA_ALLOWED_METHODS, allowed));
      }
    };
    steps.audit = new AuditLog() {
      @Override
      public void record(AuditType type, UUID userId, Map<String, ?> details) {
        audited.add(type);
      }
    };
  }

  private LoginOutcome pass(PolicyLevel level, String method, List<String> amr) {
    MfaChallenge challenge =
        new MfaChallenge("h", user.id(), MfaPurpose.LOGIN, List.of(method), level, null, List.of(),
            null, Instant.EPOCH, Instant.EPOCH.plusSeconds(300));
    return steps.outcome(challenge, user, method, amr);
  }

  @ParameterizedTest(name = "{1} at {0}")
  @CsvSource({
    "optional, recovery_code", "any, recovery_code", "otp, recovery_code", "otp, totp",
    "passkey, passkey", "any, totp",
  })
  void aMethodThatMeetsTheLevelCompletes(String level, String method) {
    LoginOutcome outcome = pass(PolicyLevel.parse(level).orElseThrow(), method, List.of("x"));

    assertThat(outcome).isInstanceOf(LoginOutcome.Complete.class);
    assertThat(completedWith).containsExactly(method + " [pwd, x, mfa]");
    assertThat(enrollments).isEmpty();
  }

  @Test
  void aRecoveryCodeUnderPasskeyLeadsToThePasskeysEnrollment() {
    LoginOutcome outcome = pass(PolicyLevel.PASSKEY, "recovery_code", List.of("otp"));

    assertThat(outcome).isInstanceOf(LoginOutcome.EnrollmentRequired.class);
    assertThat(((LoginOutcome.EnrollmentRequired) outcome).allowedMethods()).containsExactly("passkey");
    assertThat(completedWith).isEmpty();
    assertThat(audited).containsExactly(AuditType.MFA_ENROLLMENT_REQUIRED);
  }

  @Test
  void withTheFactorThatMeetsTheLevelNoLongerAllowedTheStepIsRefused() {
    allowed = "totp";

    assertThatThrownBy(() -> pass(PolicyLevel.PASSKEY, "recovery_code", List.of("otp")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("passkey");
    assertThat(completedWith).isEmpty();
    assertThat(enrollments).isEmpty();
  }

  @Test
  void aChallengeWithoutALevelCompletesAsBefore() {
    assertThat(pass(null, "recovery_code", List.of("otp"))).isInstanceOf(LoginOutcome.Complete.class);
  }
}
