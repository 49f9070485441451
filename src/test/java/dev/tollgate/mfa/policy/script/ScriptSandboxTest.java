package dev.tollgate.mfa.policy.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.mfa.policy.PolicyLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox against ordinary scripts, bad results and hostile scripts. Each hostile script
 * must fail as a failed run (never an exception out of the sandbox) within its time limit, and
 * the sandbox must keep serving ordinary scripts afterwards.
 */
class ScriptSandboxTest {
  private static final Duration LIMIT = Duration.ofSeconds(2);
  /** The time limit plus the slack a loaded build machine needs to notice and cancel. */
  private static final Duration DEADLINE = LIMIT.plusSeconds(3);
  private static ScriptSandbox sandbox;
  private static String ctx;

  @BeforeAll
  static void start() {
    sandbox = new ScriptSandbox();
    ctx =
        new ScriptContext(
                new ScriptContext.UserFacts(
                    UUID.fromString("00000000-0000-0000-0000-00000000000a"), "ada@corp.test", "ada",
                    "Ada", "Lovelace", true, List.of("user", "admin")),
                new ScriptContext.AppFacts(
                    UUID.fromString("00000000-0000-0000-0000-00000000000b"), "Payroll", "payroll-id", "oidc"),
                new ScriptContext.RequestFacts("203.0.113.9", "Firefox", Instant.parse("2026-01-02T03:04:05Z")),
                new ScriptContext.MfaFacts(List.of("totp"), null, false))
            .toJson();
    // a cold engine is slow: warm it so time limits measure the scripts, not the start-up
    for (int i = 0; i < 20; i++) {
      sandbox.run("function evaluate(ctx) { return 'any'; }", ctx, Duration.ofSeconds(30));
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static ScriptRun run(String script) {
    return sandbox.run(script, ctx, LIMIT);
  }

  @Test
  void selectsALevelFromTheContext() {
    ScriptRun run =
        run("function evaluate(ctx) {"
            + " return ctx.user.is_admin && ctx.user.groups.includes('admin')"
            + "   && ctx.app.client_id === 'payroll-id' && ctx.request.ip === '203.0.113.9'"
            + "   && ctx.mfa.enrolled[0] === 'totp' && ctx.mfa.last_verified_at === null"
            + "   && ctx.mfa.trusted_device === false && ctx.user.email.endsWith('@corp.test')"
            + "   && ctx.request.time === '2026-01-02T03:04:05Z' ? 'passkey' : 'optional'; }");

    assertThat(run.failed()).as(run.error()).isFalse();
    assertThat(run.level()).isEqualTo(PolicyLevel.PASSKEY);
    assertThat(run.result()).isEqualTo("passkey");
    assertThat(run.reauthInterval()).isNull();
  }

  @Test
  void readsTheReauthInterval() {
    ScriptRun run =
        run("function evaluate(ctx) { return 'any'; }"
            + " function reauthInterval(ctx) { return ctx.app.name === 'Payroll' ? 15 : 0; }");

    assertThat(run.reauthInterval()).isEqualTo(15);
    assertThat(run.level()).isEqualTo(PolicyLevel.ANY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1.5", "'15'", "null", "525601", "NaN"})
  void aBadReauthIntervalIsAFailure(String value) {
    ScriptRun run =
        run("function evaluate(ctx) { return 'otp'; } function reauthInterval(ctx) { return " + value + "; }");

    assertThat(run.failure()).isEqualTo(ScriptRun.Failure.INVALID_RESULT);
    assertThat(run.error()).contains("reauthInterval");
  }

  @Test
  void theContextIsDeeplyFrozen() {
    ScriptRun run =
        run("'use strict'; function evaluate(ctx) {"
            + " if (!Object.isFrozen(ctx) || !Object.isFrozen(ctx.user.groups)) return 'disabled';"
            + " ctx.user.is_admin = false; return 'any'; }");

    assertThat(run.failure()).isEqualTo(ScriptRun.Failure.THREW);
    assertThat(run.error()).contains("TypeError");
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "null", "undefined", "true", "{level: 'otp'}", "['otp']"})
  void aNonStringResultIsAFailure(String value) {
    ScriptRun run = run("function evaluate(ctx) { return " + value + "; }");

    assertThat(run.failure()).isEqualTo(ScriptRun.Failure.INVALID_RESULT);
    assertThat(run.level()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"OTP", "inherit", "", "totp", "strict"})
  void anUnknownLevelIsAFailureThatKeepsWhatTheScriptSaid(String value) {
    ScriptRun run = run("function evaluate(ctx) { return '" + value + "'; }");

    assertThat(run.failure()).isEqualTo(ScriptRun.Failure.INVALID_RESULT);
    assertThat(run.result()).isEqualTo(value);
  }

  @Test
  void aThrowIsAFailureWithItsMessage() {
    ScriptRun run = run("function evaluate(ctx) { throw new Error('no decision for ' + ctx.user.username); }");

    assertThat(run.failure()).isEqualTo(ScriptRun.Failure.THREW);
    assertThat(run.error()).contains("no decision for ada");
  }

  @Test
  void aScriptWithoutEvaluateIsInvalid() {
    assertThat(run("function decide(ctx) { return 'otp'; }").failure())
        .isEqualTo(ScriptRun.Failure.INVALID_SCRIPT);
    assertThat(run("var evaluate = 'otp';").failure()).isEqualTo(ScriptRun.Failure.INVALID_SCRIPT);
  }

  @Test
  void syntaxErrorsAreFoundWithoutRunningTheScript() {
    assertThat(sandbox.syntaxError("function evaluate(ctx) { return 'otp'; }")).isEmpty();
    assertThat(sandbox.syntaxError("function evaluate(ctx) { while (true) {} }")).isEmpty();
    assertThat(sandbox.syntaxError("function evaluate(ctx) { return 'otp'; ")).hasValueSatisfying(
        message -> assertThat(message).contains("selector.js").contains("Expected }"));
  }

  /** Hostile scripts: host access, reflection, I/O, code generation, threads, other languages. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Java.type('java.lang.System').exit(1)",
    "Java.type('java.lang.Runtime').getRuntime().exec('touch /tmp/tollgate-pwned')",
    "java.lang.System.exit(1)",
    "Packages.java.lang.System.exit(1)",
    "new java.lang.Thread(function () {}).start()",
    "java.lang.Class.forName('java.lang.Runtime')",
    "ctx.getClass().forName('java.lang.Runtime')",
    "Polyglot.import('anything')",
    "Polyglot.eval('python', '1')",
    "load('/etc/passwd')",
    "require('fs').readFileSync('/etc/passwd')",
    "readFile('/etc/passwd')",
    "eval('1 + 1')",
    "new Function('return this')()",
    "ctx.constructor.constructor('return globalThis')()",
    "(function () {}).constructor('return Java')()",
    "Graal.versionJS",
    "print('leak'); console.log('leak')",
    "setTimeout(function () {}, 10)",
    "new Worker('x.js')",
    "quit()",
  })
  void hostileCodeFailsAsAFailedRun(String attack) {
    ScriptRun run = run("function evaluate(ctx) { " + attack + "; return 'disabled'; }");

    assertThat(run.failed()).as("%s answered %s", attack, run.result()).isTrue();
    assertThat(run.failure()).isIn(ScriptRun.Failure.THREW, ScriptRun.Failure.INVALID_RESULT);
    assertThat(run.duration()).isLessThan(DEADLINE);
  }

  @Test
  void anInfiniteLoopIsStopped() {
    ScriptRun run = run("function evaluate(ctx) { while (true) {} }");

    assertThat(run.failure()).isIn(ScriptRun.Failure.TIMEOUT, ScriptRun.Failure.RESOURCE_LIMIT);
    assertThat(run.duration()).isLessThan(DEADLINE);
  }

  @Test
  void theStatementLimitEndsLongLoops() {
    ScriptRun run =
        sandbox.run("function evaluate(ctx) { for (;;) { let x = 1; } }", ctx, Duration.ofSeconds(60));

    assertThat(run.failure()).isEqualTo(ScriptRun.Failure.RESOURCE_LIMIT);
    assertThat(run.error()).contains("Statement count limit");
  }

  @Test
  void theTimeLimitCancelsWorkThatTakesFewStatements() {
    // catastrophic backtracking (the back-reference defeats the regex automaton): one
    // statement, exponential time, almost no allocation
    ScriptRun run =
        sandbox.run(
            "function evaluate(ctx) { return /^(a+)+\\1$/.test('a'.repeat(28) + 'b') ? 'otp' : 'any'; }",
            ctx, Duration.ofMillis(300));

    assertThat(run.failure()).isEqualTo(ScriptRun.Failure.TIMEOUT);
    assertThat(run.error()).contains("300 ms");
    assertThat(run.duration()).isLessThan(Duration.ofMillis(300).plusSeconds(3));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "var a = []; while (true) { a.push('x'.repeat(1 << 26) + a.length); }",
    "var a = []; for (var i = 0; i < 1000; i++) { a.push(new Uint8Array(1 << 26)); }",
    "var a = []; while (true) { a.push({ n: a.length, s: 'y' + a.length, list: [1, 2, 3] }); }",
    "var s = 'x'; while (true) { s = s + s; }",
    "return 'x'.repeat(1 << 30).length;",
  })
  void memoryBombsAreStopped(String bomb) {
    ScriptRun run = sandbox.run("function evaluate(ctx) { " + bomb + " }", ctx, Duration.ofSeconds(5));

    assertThat(run.failed()).isTrue();
    assertThat(run.failure()).isIn(
        ScriptRun.Failure.RESOURCE_LIMIT, ScriptRun.Failure.THREW, ScriptRun.Failure.TIMEOUT);
    assertThat(run.duration()).isLessThan(Duration.ofSeconds(8));
  }

  @Test
  void deepRecursionIsAFailure() {
    ScriptRun run = run("function evaluate(ctx) { function f(n) { return f(n + 1) + 1; } return f(0); }");

    assertThat(run.failed()).isTrue();
  }

  @Test
  void nothingSurvivesFromOneRunToTheNext() {
    String script =
        "function evaluate(ctx) {"
            + " var seen = (typeof globalThis.counter === 'number') || Object.prototype.polluted === 1;"
            + " globalThis.counter = 1; Object.prototype.polluted = 1; JSON.parse = null;"
            + " return seen ? 'passkey' : 'optional'; }";

    assertThat(run(script).level()).isEqualTo(PolicyLevel.OPTIONAL);
    assertThat(run(script).level()).isEqualTo(PolicyLevel.OPTIONAL);
  }

  @Test
  void aNewSandboxDoesNotChargeItsFirstScriptForStartingTheEngine() {
    try (ScriptSandbox fresh = new ScriptSandbox()) {
      ScriptRun run =
          fresh.run(
              "function evaluate(ctx) { return new Date(ctx.request.time).toLocaleString('fr-FR')"
                  + " && /^\\d+$/.test('42') ? 'otp' : 'any'; }",
              ctx, LIMIT);

      assertThat(run.failed()).as(run.error()).isFalse();
      assertThat(run.level()).isEqualTo(PolicyLevel.OTP);
    }
  }

  @Test
  void theSandboxKeepsServingAfterHostileScripts() {
    run("function evaluate(ctx) { while (true) {} }");
    sandbox.run("function evaluate(ctx) { var a = []; while (true) a.push('x'.repeat(1 << 24)); }", ctx, LIMIT);
    run("function evaluate(ctx) { Java.type('java.lang.System').exit(1); }");

    ScriptRun run = run("function evaluate(ctx) { return 'otp'; }");

    assertThat(run.level()).isEqualTo(PolicyLevel.OTP);
  }
}
