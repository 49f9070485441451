package dev.tollgate.mfa.policy.script;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.graalvm.polyglot.Context;

/**
 * Cancels a running script's context from the outside: when its wall-clock time is up, or when
 * the thread running it has allocated more than the budget since the run began. Allocation is
 * read from HotSpot's per-thread counter, which is what stands in for the heap limit the GraalJS
 * community edition lacks; it counts garbage too, which only makes the budget stricter.
 */
final class ScriptWatchdog implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ScriptWatchdog.class.getName());
  private static final long POLL_MILLIS = 2;

  enum Verdict { RUNNING, TIMED_OUT, OVER_MEMORY }

  private final com.sun.management.ThreadMXBean threads;
  private final ScheduledExecutorService timer =
      Executors.newScheduledThreadPool(
          2,
          runnable -> {
            Thread thread = new Thread(runnable, "tollgate-script-watchdog");
            thread.setDaemon(true);
            return thread;
          });

  ScriptWatchdog() {
    this.threads = allocationCounter();
  }

  /** Starts watching {@code context}, which the calling thread is about to run. */
  Watch watch(Context context, Duration timeout, long memoryBudget) {
    return new Watch(context, Thread.currentThread().threadId(), timeout, memoryBudget);
  }

  final class Watch implements Runnable {
    private final Context context;
    private final long threadId;
    private final long allocatedAtStart;
    private final long deadline;
    private final long memoryBudget;
    private final ScheduledFuture<?> polling;
    private volatile Verdict verdict = Verdict.RUNNING;

    private Watch(Context context, long threadId, Duration timeout, long memoryBudget) {
      this.context = context;
      this.memoryBudget = memoryBudget;
      this.threadId = threadId;
      this.allocatedAtStart = allocated();
      this.deadline = System.nanoTime() + timeout.toNanos();
      this.polling = timer.scheduleAtFixedRate(this, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
      if (verdict != Verdict.RUNNING) {
        return;
      }
      if (threads != null && allocated() - allocatedAtStart > memoryBudget) {
        cancel(Verdict.OVER_MEMORY);
      } else if (System.nanoTime() - deadline > 0) {
        cancel(Verdict.TIMED_OUT);
      }
    }

    private void cancel(Verdict why) {
      verdict = why;
      polling.cancel(false);
      try {
        context.close(true);
      } catch (RuntimeException alreadyClosed) {
        // the run ended on its own meanwhile
      }
    }

    private long allocated() {
      return threads == null ? 0 : threads.getThreadAllocatedBytes(threadId);
    }

    Verdict verdict() {
      return verdict;
    }

    void stop() {
      polling.cancel(false);
    }
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
        && bean.isThreadAllocatedMemorySupported()) {
      if (!bean.isThreadAllocatedMemoryEnabled()) {
        bean.setThreadAllocatedMemoryEnabled(true);
      }
      return bean;
    }
    LOG.warning("This JVM cannot count per-thread allocation: selector scripts run without a memory budget");
    return null;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
