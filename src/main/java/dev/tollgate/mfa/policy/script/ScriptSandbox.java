package dev.tollgate.mfa.policy.script;

import dev.tollgate.mfa.policy.PolicyLevel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs selector scripts in GraalJS (community edition) with every restriction of the CONSTRAINED
 * sandbox policy ({@link SandboxContexts}): no host classes or objects, no I/O, threads,
 * processes, native code, environment or other languages, no {@code eval}/{@code Function} code
 * generation, no {@code load}, {@code print} or {@code console}. Each run gets a fresh context on
 * one shared engine (so parsed code is reused while no state survives a run), a statement limit,
 * engine limits on what one allocation may take (strings, typed arrays, argument lists; no BigInt
 * or shared memory), {@link LengthGuards} on the builtins that loop over a length the script
 * chooses, and a {@link ScriptWatchdog} that cancels the context at the time limit or when the
 * run allocates past its memory budget. Not a CDI bean, so unit tests can drive it directly.
 */
public final class ScriptSandbox implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ScriptSandbox.class.getName());
  static final long MEMORY_BUDGET_BYTES = 32L << 20;
  public static final int MAX_SCRIPT_LENGTH = 16_384;
  private static final int SOURCE_CACHE_SIZE = 256;
  private static final int MAX_REAUTH_MINUTES = 525_600;

  /** Parses the JSON of {@link ScriptContext} and deep-freezes it before any script code runs. */
  private static final Source CONTEXT_FACTORY =
      Source.newBuilder(
              "js",
              "(function (json) {"
                  + " const freeze = (o) => { Object.freeze(o);"
                  + "   for (const k of Object.keys(o)) { const v = o[k];"
                  + "     if (typeof v === 'object' && v !== null) freeze(v); }"
                  + "   return o; };"
                  + " return freeze(JSON.parse(json)); })",
              "tollgate-ctx.js")
          .buildLiteral();

  private final Engine engine;
  private final ScriptWatchdog watchdog;
  private final Map<String, Source> sources =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Source> eldest) {
          return size() > SOURCE_CACHE_SIZE;
        }
      };

  public ScriptSandbox() {
    this.engine = SandboxContexts.engine();
    this.watchdog = new ScriptWatchdog();
    // The engine's first run loads classes and builds the JavaScript realm: tens of MiB that no
    // script should be charged with. Pay for it here, without a memory budget.
    ScriptRun first = run(WarmUpContext.SCRIPT, WarmUpContext.JSON, Duration.ofMinutes(1), Long.MAX_VALUE);
    if (first.failed()) {
      LOG.warning("The selector script engine's first run failed: " + first.error());
    }
  }

  /** Empty when the script parses; otherwise the parser's message (SPEC: 400 invalid_script). */
  public Optional<String> syntaxError(String script) {
    try (Context context = newContext()) {
      context.parse(source(script));
      return Optional.empty();
    } catch (PolyglotException e) {
      if (e.isSyntaxError()) {
        return Optional.of(e.getMessage());
      }
      throw e;
    }
  }

  /** Runs {@code evaluate(ctx)} and, when the script defines it, {@code reauthInterval(ctx)}. */
  public ScriptRun run(String script, String contextJson, Duration timeout) {
    return run(script, contextJson, timeout, MEMORY_BUDGET_BYTES);
  }

  private ScriptRun run(String script, String contextJson, Duration timeout, long memoryBudget) {
    long started = System.nanoTime();
    Context context = newContext();
    ScriptWatchdog.Watch watch = watchdog.watch(context, timeout, memoryBudget);
    String result = null;
    try {
      context.eval(LengthGuards.SOURCE).execute(LengthGuards.MAX_LENGTH);
      Value ctx = context.eval(CONTEXT_FACTORY).execute(contextJson);
      context.eval(source(script));
      Value bindings = context.getBindings("js");
      Value evaluate = bindings.getMember("evaluate");
      if (evaluate == null || !evaluate.canExecute()) {
        return ScriptRun.failed(
            null, ScriptRun.Failure.INVALID_SCRIPT, "The script does not define function evaluate(ctx)",
            since(started));
      }
      Value returned = evaluate.execute(ctx);
      if (!returned.isString()) {
        return ScriptRun.failed(
            null, ScriptRun.Failure.INVALID_RESULT,
            "evaluate(ctx) returned " + describe(returned) + " instead of a policy level",
            since(started));
      }
      result = returned.asString();
      Optional<PolicyLevel> level = PolicyLevel.parse(result);
      if (level.isEmpty()) {
        return ScriptRun.failed(
            result, ScriptRun.Failure.INVALID_RESULT,
            "evaluate(ctx) returned \"" + abbreviate(result) + "\", which is not a policy level",
            since(started));
      }
      return reauthInterval(bindings.getMember("reauthInterval"), ctx)
          .map(interval -> ScriptRun.selected(level.get().wire(), level.get(), interval.orElse(null), since(started)))
          .orElseGet(() -> ScriptRun.failed(
              level.get().wire(), ScriptRun.Failure.INVALID_RESULT,
              "reauthInterval(ctx) must return whole minutes from 0 to " + MAX_REAUTH_MINUTES,
              since(started)));
    } catch (PolyglotException | IllegalStateException e) {
      return failure(result, e, watch, timeout, started);
    } finally {
      watch.stop();
      closeQuietly(context);
    }
  }

  /**
   * Empty when the function returned no valid interval; an empty inner value when the script
   * defines no {@code reauthInterval}.
   */
  private static Optional<Optional<Integer>> reauthInterval(Value function, Value ctx) {
    if (function == null || !function.canExecute()) {
      return Optional.of(Optional.empty());
    }
    Value minutes = function.execute(ctx);
    if (!minutes.isNumber() || !minutes.fitsInInt()) {
      return Optional.empty();
    }
    int value = minutes.asInt();
    return value < 0 || value > MAX_REAUTH_MINUTES ? Optional.empty() : Optional.of(Optional.of(value));
  }

  private ScriptRun failure(
      String result, RuntimeException e, ScriptWatchdog.Watch watch, Duration timeout, long started) {
    Duration took = since(started);
    return switch (watch.verdict()) {
      case TIMED_OUT -> ScriptRun.failed(
          result, ScriptRun.Failure.TIMEOUT,
          "The script ran longer than " + timeout.toMillis() + " ms", took);
      case OVER_MEMORY -> ScriptRun.failed(
          result, ScriptRun.Failure.RESOURCE_LIMIT,
          "The script allocated more than " + (MEMORY_BUDGET_BYTES >> 20) + " MiB", took);
      case RUNNING -> classify(result, e, took);
    };
  }

  private static ScriptRun classify(String result, RuntimeException e, Duration took) {
    if (e instanceof PolyglotException p && p.isGuestException() && !p.isInternalError()) {
      ScriptRun.Failure kind =
          p.isResourceExhausted() || p.isCancelled()
              ? ScriptRun.Failure.RESOURCE_LIMIT
              : p.isSyntaxError() ? ScriptRun.Failure.INVALID_SCRIPT : ScriptRun.Failure.THREW;
      return ScriptRun.failed(result, kind, abbreviate(String.valueOf(p.getMessage())), took);
    }
    LOG.log(Level.WARNING, "Selector script engine failure", e);
    return ScriptRun.failed(result, ScriptRun.Failure.INTERNAL, "The script engine failed", took);
  }

  private Context newContext() {
    return SandboxContexts.context(engine);
  }

  /** One {@link Source} per script text, so the shared engine parses each script once. */
  private Source source(String script) {
    synchronized (sources) {
      return sources.computeIfAbsent(
          script, text -> Source.newBuilder("js", text, "selector.js").buildLiteral());
    }
  }

  private static void closeQuietly(Context context) {
    try {
      context.close(true);
    } catch (PolyglotException | IllegalStateException alreadyCancelled) {
      // the watchdog closed it first
    }
  }

  private static String describe(Value value) {
    if (value.isNull()) {
      return value.toString();
    }
    if (value.isNumber() || value.isBoolean()) {
      return "the " + (value.isNumber() ? "number " : "boolean ") + value;
    }
    return "a non-string value";
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  /** "Interpreted" unless the JVM offers Truffle the Graal compiler (e.g. on GraalVM). */
  public String runtimeName() {
    return engine.getImplementationName();
  }

  @Override
  public void close() {
    watchdog.close();
    engine.close(true);
  }
}
