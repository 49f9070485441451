package dev.tollgate.application;

import dev.tollgate.auth.mfa.SecondFactors;
import dev.tollgate.mfa.policy.MfaPolicy;
import dev.tollgate.mfa.policy.PolicyDecision;
import dev.tollgate.mfa.policy.SignInFacts;
import dev.tollgate.mfa.policy.script.ScriptRun;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.web.RequestOrigin;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /applications/{id}/mfa-script/test} (SPEC §5): runs the stored script, or a draft,
 * against a real user through the same policy evaluation a sign-in uses, without side effects
 * (no audit event, no refusal). The request facts are the administrator's own request; there is
 * no sign-in session, so {@code last_verified_at} is null and {@code trusted_device} false.
 */
@ApplicationScoped
@Transactional
public class ScriptDryRun {
  @Inject ApplicationService applications;
  @Inject UserRepository users;
  @Inject MfaPolicy policy;
  @Inject SecondFactors factors;

  /** {@code effectivePolicy} is null when a login would be refused (a fail-secure failure). */
  @JsonbNillable
  public record Result(
      String result, Integer reauthInterval, String effectivePolicy, double durationMs, String error) {}

  public Result test(UUID applicationId, ApplicationCommands.TestScript cmd) {
    Application application = applications.get(applicationId);
    User user = users.findById(userId(cmd.userId())).orElseThrow(() -> DomainException.notFound("User"));
    RequestOrigin origin = RequestOrigin.current();
    SignInFacts facts =
        new SignInFacts(factors.enrolledMethods(user.id()), null, false, origin.ip(), origin.userAgent());
    MfaPolicy.DryRun dryRun =
        policy.dryRun(user, application.appPolicy(), Optional.ofNullable(cmd.script()).filter(s -> !s.isBlank()), facts);
    Optional<ScriptRun> run = dryRun.run();
    return new Result(
        run.map(ScriptRun::result).orElse(null),
        dryRun.decision().map(PolicyDecision::reauthIntervalMinutes).orElse(null),
        dryRun.decision().map(d -> d.effectiveLevel().wire()).orElse(null),
        run.map(r -> Math.round(r.duration().toNanos() / 1000.0) / 1000.0).orElse(0.0),
        run.map(ScriptRun::error).orElse(null));
  }

  private static UUID userId(String text) {
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      throw ApplicationRequests.invalidField("user_id", "must be a UUID");
    }
  }
}
