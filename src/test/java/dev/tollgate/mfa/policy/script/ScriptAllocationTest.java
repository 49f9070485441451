package dev.tollgate.mfa.policy.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What one run may allocate, read from the running thread's allocation counter (a script runs on
 * the caller's thread). A large allocation made in one step fails inside the script, before
 * anything is allocated; growth step by step is cancelled at the memory budget; and no builtin
 * runs a loop over a length the script chose.
 */
class ScriptAllocationTest {
  private static final long MIB = 1 << 20;
  /** Far below the 200 MiB that one allocation took before the limits; fails if the limit did not act. */
  private static final long ONE_STEP_BOUND = 16 * MIB;
  /** The budget the watchdog enforces, plus what a loaded machine lets a run add before it acts. */
  private static final long STEP_BY_STEP_BOUND = ScriptSandbox.MEMORY_BUDGET_BYTES + 64 * MIB;
  private static final String CTX = "{\"user\":{\"groups\":[\"user\"]},\"app\":{},\"request\":{},\"mfa\":{}}";
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static ScriptSandbox sandbox;

  private record Measured(ScriptRun run, long allocated) {}

  @BeforeAll
  static void start() {
    sandbox = new ScriptSandbox();
    for (int i = 0; i < 20; i++) {
      sandbox.run("function evaluate(ctx) { return 'any'; }", CTX, Duration.ofSeconds(30));
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Measured measure(String script) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    ScriptRun run = sandbox.run(script, CTX, Duration.ofSeconds(5));
    return new Measured(run, THREADS.getCurrentThreadAllocatedBytes() - before);
  }

  private static Measured evaluate(String body) {
    return measure("function evaluate(ctx) { " + body + "; return 'any'; }");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "new ArrayBuffer(200 * 1024 * 1024)",
    "new Uint8Array(200 * 1024 * 1024)",
    "new Float64Array(25 * 1024 * 1024)",
    "Uint8Array.from({length: 2e8})",
    "new DataView(new ArrayBuffer(200 * 1024 * 1024))",
    "new ArrayBuffer(0, {maxByteLength: 200 * 1024 * 1024}).resize(200 * 1024 * 1024)",
    "new SharedArrayBuffer(200 * 1024 * 1024)",
    "'x'.repeat(2e8)",
    "'\\u0100'.repeat(1e8)",
    "'x'.padStart(2e8)",
    "'x'.padEnd(2e8, 'ab')",
    "var s = 'x'; for (var i = 0; i < 28; i++) s += s; s.indexOf('y')",
    "JSON.parse('[' + '1,'.repeat(2e7) + '1]')",
    "new Array(5e7).fill(1)",
    "var a = []; a.length = 5e7; a.fill(1)",
    "new Array(2e8).join('x')",
    "new Array(5e7).toSorted()",
    "new Array(5e7).toReversed()",
    "[...Array(5e7).keys()]",
    "Array.from({length: 5e7})",
    "Array.prototype.toSorted.call({length: 5e7})",
    "Array.prototype.map.call({length: 5e7}, x => x)",
    "Intl.getCanonicalLocales({length: 5e7})",
    "new Date(0).toLocaleString({length: 5e7})",
    "String.fromCharCode.apply(null, new Array(1e7))",
    "1n << 1000000000n",
    "BigInt(2) ** BigInt(1e9)",
  })
  void aLargeAllocationInOneStepFailsInsideTheScript(String allocation) {
    Measured measured = evaluate(allocation);

    assertThat(measured.run().failure())
        .as("%s: %s", allocation, measured.run().error())
        .isIn(ScriptRun.Failure.THREW, ScriptRun.Failure.INVALID_SCRIPT);
    assertThat(measured.allocated()).as(allocation).isLessThan(ONE_STEP_BOUND);
  }

  /**
   * Ways to show the guard one length and the builtin another, or to reach a builtin around its
   * guard. Each either fails inside the script or runs on a length the guard saw.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "var n = 0; Array.prototype.toSorted.call({ get length() { return n++ ? 5e7 : 1; } })",
    "var n = 0; Array.prototype.toSorted.call({ length: { valueOf() { return n++ ? 5e7 : 1; } } })",
    "Array.prototype.map.call(Object.create({ get length() { return 5e7; } }), x => x)",
    "var n = 0; Array.prototype.toSorted.call(new Proxy({}, { get(t, k) { return k === 'length' ? (n++ ? 5e7 : 1) : undefined; } }))",
    "var leaked; Object.prototype.get = function (t) { leaked = t; }; Array.prototype.toSorted.name;"
        + " (leaked || Array.prototype.toSorted).call({length: 5e7})",
    "Object.defineProperty(Object.prototype, 'value', { get() { return 1; } });"
        + " Array.prototype.toSorted.call({ get length() { return 5e7; } })",
    "var locales = ['en']; 'a'.localeCompare({ toString() { locales.length = 5e7; return 'b'; } }, locales)",
    "var locales = ['en']; String.prototype.toLocaleLowerCase.call({ toString() { locales.length = 5e7; return 'A'; } }, locales)",
    "new (Intl.DateTimeFormat.prototype.constructor)({length: 5e7})",
    "Array.from({ get [Symbol.iterator]() { this.length = 5e7; return undefined; }, length: 1 })",
    "Array.prototype.toSorted.call(new Uint8Array(1 << 18))",
    "Reflect.apply(Array.prototype.toSorted, {length: 5e7}, [])",
    "Array.prototype.toSorted.bind({length: 5e7})()",
    "globalThis.length = 5e7; Array.prototype.toSorted.call(globalThis)",
  })
  void aLengthTheGuardDidNotSeeNeverReachesABuiltin(String attack) {
    Measured measured = evaluate(attack);

    assertThat(measured.run().failure())
        .as("%s: %s", attack, measured.run().error())
        .isIn(null, ScriptRun.Failure.THREW);
    assertThat(measured.allocated()).as(attack).isLessThan(ONE_STEP_BOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "var a = []; while (true) { a.push('x'.repeat(1 << 17) + a.length); }",
    "var a = []; for (var i = 0; i < 100000; i++) { a.push(new Uint8Array(1 << 18)); }",
    "var a = []; while (true) { a.push({ n: a.length, s: 'y' + a.length, list: [1, 2, 3] }); }",
    "var a = []; while (true) { a.push(1.5); }",
    "var s = 'x'; while (true) { s = s + s; }",
    "new Int32Array(new Array(5e6))",
    "var m = new Map(); for (var i = 0; ; i++) { m.set('k' + i, [i]); }",
  })
  void growthStepByStepIsStoppedNearTheBudget(String growth) {
    Measured measured = evaluate(growth);

    assertThat(measured.run().failure())
        .as("%s: %s", growth, measured.run().error())
        .isIn(ScriptRun.Failure.RESOURCE_LIMIT, ScriptRun.Failure.THREW);
    assertThat(measured.allocated()).as(growth).isLessThan(STEP_BY_STEP_BOUND);
  }

  @Test
  void ordinaryUseOfTheGuardedBuiltinsStillWorks() {
    ScriptRun run =
        sandbox.run(
            "function evaluate(ctx) {"
                + " var groups = Array.from(ctx.user.groups).concat(['staff']).toSorted().map(g => g.toUpperCase());"
                + " var hour = new Intl.DateTimeFormat('en-GB', {timeZone: 'Europe/Paris', hour: 'numeric'})"
                + "   .format(new Date(Date.UTC(2026, 0, 2, 7)));"
                + " var ok = groups.join() === 'STAFF,USER' && hour === '08'"
                + "   && new Intl.DateTimeFormat('en') instanceof Intl.DateTimeFormat"
                + "   && Intl.DateTimeFormat.supportedLocalesOf(['fr-FR']).length === 1"
                + "   && 'a'.localeCompare('b', ['en']) < 0 && JSON.stringify({a: 1, b: 2}, ['a']) === '{\"a\":1}'"
                + "   && new Array(65536).fill(0).length === 65536 && 'I'.toLocaleLowerCase(['tr']) === '\u0131'"
                + "   && (1234.5).toLocaleString(['de-DE']) === '1.234,5'"
                + "   && Intl.getCanonicalLocales(new Intl.Locale('EN-gb'))[0] === 'en-GB'"
                + "   && new Intl.Collator('en').constructor === Intl.Collator && typeof Proxy === 'undefined';"
                + " return ok ? 'otp' : 'any'; }",
            CTX, Duration.ofSeconds(5));

    assertThat(run.failed()).as(run.error()).isFalse();
    assertThat(run.result()).isEqualTo("otp");
  }

  @Test
  void aScriptUsingBigIntDoesNotCompile() {
    assertThat(sandbox.syntaxError("function evaluate(ctx) { return 1n > 0 ? 'otp' : 'any'; }")).isPresent();
  }

  /**
   * Every builtin function the engine offers, called with a huge array-like and a huge sparse
   * array as its receiver and as each of its first three arguments (and as a constructor): none
   * may allocate past the budget. A builtin that loops over such a length without looking for
   * cancellation allocated gigabytes here before its guard existed.
   */
  @Test
  void noBuiltinLoopsOverAHugeLength() {
    List<String> builtins = BuiltinSweep.functions(sandbox, CTX);
    assertThat(builtins).hasSizeGreaterThan(400).contains("globalThis[\"Array\"].prototype[\"toSorted\"]");
    List<String> offenders = new ArrayList<>();
    for (String builtin : builtins) {
      for (String huge : List.of("({length: 5e7})", "new Array(5e7)")) {
        Measured measured = measure(BuiltinSweep.callScript(builtin, huge));
        if (measured.allocated() > STEP_BY_STEP_BOUND
            || measured.run().failure() == ScriptRun.Failure.INTERNAL) {
          offenders.add(builtin + " with " + huge + ": " + (measured.allocated() / MIB) + " MiB, "
              + measured.run().failure() + " " + measured.run().error());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }
}
