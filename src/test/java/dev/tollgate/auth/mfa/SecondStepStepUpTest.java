package dev.tollgate.auth.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A step-up for an application offers only the enrolled methods its policy accepts. */
class SecondStepStepUpTest {
  final UUID user = UUID.randomUUID();
  final UUID session = UUID.randomUUID();
  final List<List<String>> issued = new ArrayList<>();
  final SecondStep step = new SecondStep();

  SecondStepStepUpTest() {
    step.factors = new SecondFactors() {
      @Override
      public List<String> enrolledMethods(UUID userId) {
        return List.of("totp", "passkey");
      }
    };
    step.lock = new SecondStepLock() {
      @Override
      void refuseWhileLocked(UUID userId, MfaPurpose purpose, String method) {}
    };
    step.audit = new AuditLog() {
      @Override
      public void record(AuditType type, UUID userId, Map<String, ?> details) {}
    };
    step.challenges = new MfaChallenges() {
      @Override
      Issued issue(UUID userId, MfaPurpose purpose, List<String> methods, PolicyLevel level,
          List<String> enrollMethods, String clientId, UUID sessionId, Duration lifetime) {
        issued.add(methods);
        return new Issued(
            new MfaChallenge("h", userId, purpose, methods, level, clientId, enrollMethods,
                sessionId, Instant.EPOCH, Instant.EPOCH.plus(lifetime)),
            "raw");
      }
    };
  }

  @Test
  void offersOnlyTheAcceptedMethods() {
    assertThat(step.challengeStepUp(user, session, List.of("passkey")).methods())
        .containsExactly("passkey");
    assertThat(issued).containsExactly(List.of("passkey"));
  }

  @Test
  void withoutARestrictionEveryEnrolledMethodIsOffered() {
    assertThat(step.challengeStepUp(user, session).methods()).containsExactly("totp", "passkey");
  }

  @Test
  void noAcceptedMethodEnrolledIsMfaNotEnrolled() {
    assertThatThrownBy(() -> step.challengeStepUp(user, session, List.of("webauthn-x")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("no second factor");
    assertThat(issued).isEmpty();
  }
}
