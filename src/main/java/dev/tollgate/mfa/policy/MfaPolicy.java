package dev.tollgate.mfa.policy;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.mfa.FactorCatalogue;
import dev.tollgate.mfa.policy.script.ScriptContext;
import dev.tollgate.mfa.policy.script.ScriptRun;
import dev.tollgate.mfa.policy.script.SelectorScripts;
import dev.tollgate.settings.Settings;
import dev.tollgate.settings.SettingsSnapshot;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place every sign-in path (portal, OIDC, SAML) asks what a user needs for an
 * application now (SPEC §5): the global or the application's static level, tightened by the
 * selector script, turned into a requirement by {@link StaticPolicy}. Refusals are audited here:
 * a failing script (unless the application fails open: then audited and the static level
 * applies), a required method that is not allowed, and every enrollment-required answer.
 */
@ApplicationScoped
public class MfaPolicy {
  @Inject Settings settings;
  @Inject SelectorScripts scripts;
  @Inject AuditLog audit;
  @Inject TimeSource time;
  @Inject FactorCatalogue factors;

  /** {@code app} is empty for the portal, which follows the global policy. */
  public PolicyDecision decide(User user, Optional<AppPolicy> app, SignInFacts facts) {
    Evaluation evaluation = evaluate(user, app, app.flatMap(a -> a.policy().script()), facts);
    Map<String, Object> where = where(app);
    evaluation.run().filter(ScriptRun::failed).ifPresent(run -> {
      boolean failOpen = app.get().policy().failOpen();
      Map<String, Object> details = new LinkedHashMap<>(where);
      details.put("failure", run.failure().wire());
      details.put("error", run.error());
      details.put("fail_open", failOpen);
      audit.record(AuditType.MFA_POLICY_SCRIPT_FAILED, user.id(), details);
      if (!failOpen) {
        throw new DomainException(
            ErrorCode.MFA_POLICY_SCRIPT_FAILED, "The application's sign-in policy could not be evaluated");
      }
    });
    PolicyDecision decision = evaluation.decision();
    switch (decision.requirement()) {
      case Requirement.Misconfigured m -> {
        Map<String, Object> details = new LinkedHashMap<>(where);
        details.put("policy", decision.effectiveLevel().wire());
        details.put("method", m.method());
        details.put("allowed", settings.current().mfaAllowedMethods());
        audit.record(AuditType.MFA_METHOD_NOT_ALLOWED, user.id(), details);
        throw new DomainException(
            ErrorCode.MFA_METHOD_NOT_ALLOWED,
            "The sign-in policy requires " + m.method() + ", which is not an allowed method");
      }
      case Requirement.Enrollment e -> {
        Map<String, Object> details = new LinkedHashMap<>(where);
        details.put("policy", decision.effectiveLevel().wire());
        details.put("allowed_methods", e.methods());
        audit.record(AuditType.MFA_ENROLLMENT_REQUIRED, user.id(), details);
      }
      default -> {}
    }
    return decision;
  }

  /**
   * An administrator's dry run: the same evaluation with {@code script} (or the stored one),
   * but nothing is audited and nothing refused; a failure is reported in the run.
   */
  public DryRun dryRun(User user, AppPolicy app, Optional<String> script, SignInFacts facts) {
    Evaluation evaluation =
        evaluate(user, Optional.of(app), script.or(() -> app.policy().script()), facts);
    Optional<ScriptRun> run = evaluation.run();
    boolean refused = run.filter(ScriptRun::failed).isPresent() && !app.policy().failOpen();
    return new DryRun(
        run, refused ? Optional.empty() : Optional.of(evaluation.decision()));
  }

  /** A dry run's script run (if any) and the decision a login would get (empty: refused). */
  public record DryRun(Optional<ScriptRun> run, Optional<PolicyDecision> decision) {}

  private record Evaluation(PolicyDecision decision, Optional<ScriptRun> run) {}

  private Evaluation evaluate(
      User user, Optional<AppPolicy> app, Optional<String> script, SignInFacts facts) {
    SettingsSnapshot config = settings.current();
    PolicyLevel global = PolicyLevel.parse(config.mfaPolicy()).orElseThrow();
    PolicyLevel statik = app.map(a -> a.policy().setting().resolve(global)).orElse(global);
    Optional<ScriptRun> run =
        script.map(text -> scripts.run(text, context(user, app.get(), facts), app.get().policy().timeout()));
    Optional<ScriptRun> selected = run.filter(r -> !r.failed());
    PolicyLevel effective =
        selected.map(r -> PolicyLevel.strictest(statik, r.level())).orElse(statik);
    int interval =
        ReauthInterval.effective(
            config.mfaReauthIntervalMinutes(), selected.map(ScriptRun::reauthInterval).orElse(null));
    Requirement requirement =
        StaticPolicy.requirement(
            factors, effective, facts.enrolled(), config.mfaAllowedMethods(),
            config.mfaEnforceEnrollment());
    return new Evaluation(new PolicyDecision(statik, effective, requirement, interval, run), run);
  }

  /** A script sees the user's factors; recovery codes are not one (docs/mfa-policy.md). */
  private ScriptContext context(User user, AppPolicy app, SignInFacts facts) {
    List<String> groups = user.isAdmin() ? List.of("user", "admin") : List.of("user");
    return new ScriptContext(
        new ScriptContext.UserFacts(
            user.id(), user.email(), user.username(), user.firstName(), user.lastName(),
            user.isAdmin(), groups),
        new ScriptContext.AppFacts(app.id(), app.name(), app.clientId(), app.type()),
        new ScriptContext.RequestFacts(facts.ip(), facts.userAgent(), time.now()),
        new ScriptContext.MfaFacts(
            facts.enrolled().stream().filter(factors::isFactor).toList(),
            facts.lastVerifiedAt(),
            facts.trustedDevice()));
  }

  private static Map<String, Object> where(Optional<AppPolicy> app) {
    Map<String, Object> details = new LinkedHashMap<>();
    app.ifPresent(a -> {
      details.put("application_id", a.id().toString());
      details.put("client_id", a.clientId());
    });
    return details;
  }
}
