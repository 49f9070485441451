package dev.tollgate.mfa.policy.script;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A made-up {@code ctx} for warming the engine up; it names no real user or application. */
final class WarmUpContext {
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
