package dev.tollgate.auth.mfa;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.settings.Settings;
import dev.tollgate.settings.SettingsSnapshot;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, after the password step, whether a sign-in needs a second factor and which methods
 * may give it. Today only the global {@code mfa_policy} counts: {@code disabled} needs nothing;
 * {@code optional} and {@code any} take any enrolled, allowed method; {@code otp} and
 * {@code passkey} take only that method, and a policy naming a method that
 * {@code mfa_allowed_methods} forbids is a configuration error (403, audited). A user with no
 * usable factor signs in with the password alone until the policy engine adds the
 * enrollment-required outcome; it replaces this class's internals, not its callers.
 */
@ApplicationScoped
public class MfaRequirement {
  @Inject Settings settings;
  @Inject SecondFactors factors;
  @Inject AuditLog audit;

  /** What the sign-in needs next; {@code clientId} is the application, or null for the portal. */
  public sealed interface Decision {
    record NoSecondFactor() implements Decision {}

    record SecondFactorNeeded(List<String> methods) implements Decision {}
  }

  public Decision atLogin(User user, String clientId) {
    SettingsSnapshot config = settings.current();
    String policy = config.mfaPolicy();
    if (policy.equals("disabled")) {
      return new Decision.NoSecondFactor();
    }
    Set<String> allowed = config.mfaAllowedMethods();
    List<String> accepted = acceptedBy(policy, allowed);
    if (accepted.isEmpty()) {
      audit.record(
          AuditType.MFA_METHOD_NOT_ALLOWED, user.id(), Map.of("policy", policy, "allowed", allowed));
      throw new DomainException(
          ErrorCode.MFA_METHOD_NOT_ALLOWED,
          "The sign-in policy needs a second-factor method that is not allowed");
    }
    List<String> usable =
        factors.enrolledMethods(user.id()).stream().filter(accepted::contains).toList();
    return usable.isEmpty()
        ? new Decision.NoSecondFactor()
        : new Decision.SecondFactorNeeded(usable);
  }

  /** The allowed methods a policy level accepts; empty when it names a forbidden method. */
  private static List<String> acceptedBy(String policy, Set<String> allowed) {
    return switch (policy) {
      case "otp" -> allowed.contains("totp") ? List.of("totp") : List.of();
      case "passkey" -> allowed.contains("passkey") ? List.of("passkey") : List.of();
      default -> List.copyOf(allowed);
    };
  }
}
