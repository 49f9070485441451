package dev.tollgate.mfa.policy.script;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's one {@link ScriptSandbox}. It is built when the application starts and warmed up in
 * the background: the first runs of a cold GraalJS engine take far longer than later ones, and a
 * login should not pay for that (or time out on it).
 */
@ApplicationScoped
public class SelectorScripts {
  private static final Logger LOG = Logger.getLogger(SelectorScripts.class.getName());
  private static final int WARM_UP_RUNS = 50;

  @Resource ManagedExecutorService executor;

  private volatile ScriptSandbox sandbox;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    executor.execute(this::warmUp);
  }

  public Optional<String> syntaxError(String script) {
    return sandbox().syntaxError(script);
  }

  public ScriptRun run(String script, ScriptContext ctx, Duration timeout) {
    return sandbox().run(script, ctx.toJson(), timeout);
  }

  private ScriptSandbox sandbox() {
    ScriptSandbox current = sandbox;
    if (current == null) {
      synchronized (this) {
        if (sandbox == null) {
          sandbox = new ScriptSandbox();
        }
        current = sandbox;
      }
    }
    return current;
  }

  private void warmUp() {
    try {
      long started = System.nanoTime();
      String ctx = WarmUpContext.JSON;
      for (int i = 0; i < WARM_UP_RUNS; i++) {
        sandbox().run(WarmUpContext.SCRIPT, ctx, Duration.ofSeconds(30));
      }
      LOG.info(() -> "Selector script engine (" + sandbox().runtimeName() + ") warmed up in "
          + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "Selector script engine could not be warmed up", e);
    }
  }

  @PreDestroy
  void stop() {
    ScriptSandbox current = sandbox;
    if (current != null) {
      current.close();
    }
  }
}
