package dev.tollgate.ops;

import dev.tollgate.shared.config.DeploymentConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link Housekeeping} on every node, first one interval after start-up and then one
 * interval after each pass ({@code HOUSEKEEPING_INTERVAL_SECONDS}). A failed pass is logged
 * and the next one tries again; the deletes are idempotent, so nodes need not take turns.
 */
@ApplicationScoped
public class HousekeepingSchedule {
  private static final Logger LOG = Logger.getLogger(HousekeepingSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Housekeeping housekeeping;
  @Inject DeploymentConfig config;

  private ScheduledFuture<?> passes;

  void start(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
    long seconds = config.housekeepingInterval().toSeconds();
    passes = scheduler.scheduleWithFixedDelay(this::pass, seconds, seconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (passes != null) {
      passes.cancel(false);
    }
  }

  private void pass() {
    try {
      Map<String, Integer> deleted = housekeeping.purge();
      int total = deleted.values().stream().mapToInt(Integer::intValue).sum();
      if (total > 0) {
        LOG.log(Level.INFO, "Housekeeping deleted {0} rows that can no longer be used: {1}",
            new Object[] {total, deleted});
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Housekeeping failed; the next pass tries again", e);
    }
  }
}
