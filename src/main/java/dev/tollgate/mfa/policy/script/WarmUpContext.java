package dev.tollgate.mfa.policy.script;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A script and a made-up {@code ctx} for warming the engine up; they name no real user or application. */
final class WarmUpContext {
  /** Also touches Intl and regular expressions, whose first use loads data once per JVM. */
  static final String SCRIPT =
      "function evaluate(ctx) { var t = new Date(ctx.request.time).toLocaleString('en-GB')"
          + " + (1234.5).toLocaleString('de-DE') + 'Ab'.localeCompare('ab');"
          + " if (!/^[a-z-]+@/i.test(ctx.user.email) || !t) return 'passkey';"
          + " return ctx.user.groups.indexOf('admin') >= 0 ? 'otp' : 'optional'; }"
          + " function reauthInterval(ctx) { return ctx.mfa.enrolled.length > 0 ? 60 : 0; }";
  static final String JSON =
      new ScriptContext(
              new ScriptContext.UserFacts(
                  new UUID(0, 0), "warm-up@tollgate.invalid", "warm-up", "Warm", "Up", false,
                  List.of("user")),
              new ScriptContext.AppFacts(new UUID(0, 1), "warm-up", "warm-up", "oidc"),
              new ScriptContext.RequestFacts("127.0.0.1", "warm-up", Instant.EPOCH),
              new ScriptContext.MfaFacts(List.of("totp"), null, false))
          .toJson();

  private WarmUpContext() {}
}
