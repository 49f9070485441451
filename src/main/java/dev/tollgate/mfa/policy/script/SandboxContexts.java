package dev.tollgate.mfa.policy.script;

import java.io.OutputStream;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;

/**
 * How the selector-script engine and every run's context are configured (docs/mfa-policy.md,
 * "The sandbox"). Every restriction of {@link SandboxPolicy#CONSTRAINED} is set explicitly,
 * and the configuration passes Truffle's CONSTRAINED validation as long as the allocation limits
 * are left out ({@code SandboxContextsTest}). The limits are GraalJS options that Truffle only
 * accepts under {@link SandboxPolicy#TRUSTED}, and the community edition has no other way to cap
 * what one allocation of a script may take; so the engine and contexts run under TRUSTED with
 * the same restrictions plus the limits.
 */
final class SandboxContexts {
  /** Far beyond any sensible policy script; ends loops long before most time limits. */
  static final long STATEMENT_LIMIT = 1_000_000;
  /** Characters in one string: 512 KiB at most. */
  static final int MAX_STRING_LENGTH = 1 << 18;
  /** Bytes of one ArrayBuffer, and so of one typed array or DataView: 256 KiB. */
  static final int MAX_TYPED_ARRAY_LENGTH = 1 << 18;
  /** Arguments of one {@code apply}, {@code Reflect.apply} or {@code Reflect.construct} call. */
  static final int MAX_APPLY_ARGUMENTS = 1 << 16;

  /**
   * Each caps an allocation the script sizes in one step, which the watchdog, sampling the
   * thread's allocation, would only see after the fact. BigInt has no size limit of its own (up
   * to 2^30 bits, 128 MiB, in one allocation) and a SharedArrayBuffer lives outside the heap,
   * where the watchdog cannot see it: both are switched off, and Atomics with them.
   */
  static final Map<String, String> ALLOCATION_LIMITS =
      Map.of(
          "js.string-length-limit", Integer.toString(MAX_STRING_LENGTH),
          "js.max-typed-array-length", Integer.toString(MAX_TYPED_ARRAY_LENGTH),
          "js.max-apply-argument-length", Integer.toString(MAX_APPLY_ARGUMENTS),
          "js.bigint", "false",
          "js.shared-array-buffer", "false",
          "js.atomics", "false");

  private SandboxContexts() {}

  static Engine engine() {
    return engineBuilder(SandboxPolicy.TRUSTED).build();
  }

  /** A fresh context for one run: every restriction, the statement limit and the allocation limits. */
  static Context context(Engine engine) {
    return restricted(engine, SandboxPolicy.TRUSTED)
        .allowExperimentalOptions(true)
        .options(ALLOCATION_LIMITS)
        .build();
  }

  static Engine.Builder engineBuilder(SandboxPolicy policy) {
    return Engine.newBuilder("js")
        .sandbox(policy)
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        // Without the Graal JIT on the JVM, Truffle interprets; that is fine for these scripts.
        .option("engine.WarnInterpreterOnly", "false");
  }

  /** The restrictions alone, under {@code policy}; CONSTRAINED validates them. */
  static Context.Builder restricted(Engine engine, SandboxPolicy policy) {
    return Context.newBuilder("js")
        .engine(engine)
        .sandbox(policy)
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .allowHostAccess(HostAccess.CONSTRAINED)
        .allowHostClassLookup(className -> false)
        .allowHostClassLoading(false)
        .allowIO(IOAccess.NONE)
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowNativeAccess(false)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .allowPolyglotAccess(PolyglotAccess.NONE)
        .allowInnerContextOptions(false)
        .resourceLimits(ResourceLimits.newBuilder().statementLimit(STATEMENT_LIMIT, null).build())
        .option("js.allow-eval", "false")
        .option("js.load", "false")
        .option("js.print", "false")
        .option("js.console", "false")
        .option("js.graal-builtin", "false");
  }
}
