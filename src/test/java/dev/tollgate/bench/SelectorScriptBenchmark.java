package dev.tollgate.bench;

import dev.tollgate.mfa.policy.script.ScriptContext;
import dev.tollgate.mfa.policy.script.ScriptRun;
import dev.tollgate.mfa.policy.script.ScriptSandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The cost of one selector-script evaluation (a fresh sandboxed context on the shared engine,
 * the ctx parsed and frozen, evaluate and reauthInterval called): median and p99 after warm-up.
 * Run by {@code bench/selector-script.sh}; not part of the test suite. Argument: runs (default 2000).
 */
public final class SelectorScriptBenchmark {
  private static final String SCRIPT =
      "function evaluate(ctx) {"
          + "  if (ctx.user.groups.indexOf('admin') >= 0) return 'passkey';"
          + "  if (ctx.request.ip && ctx.request.ip.startsWith('10.')) return 'optional';"
          + "  return ctx.mfa.enrolled.length > 0 ? 'any' : 'otp'; }"
          + " function reauthInterval(ctx) { return ctx.app.name === 'Payroll' ? 15 : 0; }";

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    String ctx =
        new ScriptContext(
                new ScriptContext.UserFacts(
                    UUID.randomUUID(), "ada@corp.test", "ada", "Ada", "Lovelace", false, List.of("user")),
                new ScriptContext.AppFacts(UUID.randomUUID(), "Payroll", "payroll", "oidc"),
                new ScriptContext.RequestFacts("203.0.113.9", "Firefox", Instant.now()),
                new ScriptContext.MfaFacts(List.of("totp"), null, false))
            .toJson();
    long constructing = System.nanoTime();
    try (ScriptSandbox sandbox = new ScriptSandbox()) {
      long first = System.nanoTime();
      check(sandbox.run(SCRIPT, ctx, Duration.ofSeconds(30)));
      System.out.printf("engine: %s; sandbox start (engine and first run): %.1f ms; first script: %.1f ms%n",
          sandbox.runtimeName(), (first - constructing) / 1e6, (System.nanoTime() - first) / 1e6);
      for (int i = 0; i < runs; i++) {
        check(sandbox.run(SCRIPT, ctx, Duration.ofSeconds(30)));
      }
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        long started = System.nanoTime();
        check(sandbox.run(SCRIPT, ctx, Duration.ofSeconds(30)));
        nanos[i] = System.nanoTime() - started;
      }
      Arrays.sort(nanos);
      System.out.printf("one evaluation after %d warm-up runs: median %.3f ms, p99 %.3f ms (%d runs)%n",
          runs, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6, runs);
    }
  }

  private static void check(ScriptRun run) {
    if (run.failed()) {
      throw new IllegalStateException("benchmark script failed: " + run.error());
    }
  }
}
