package dev.tollgate.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies of one run and how many answers were not 200. */
final class Latencies {
  private final long[] nanos;
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();

  Latencies(int capacity) {
    nanos = new long[capacity];
  }

  void record(int status, long startedNanos) {
    nanos[count.getAndIncrement()] = System.nanoTime() - startedNanos;
    if (status != 200) {
      failures.incrementAndGet();
    }
  }

  @Override
  public String toString() {
    long[] sorted = Arrays.copyOf(nanos, count.get());
    Arrays.sort(sorted);
    return String.format(
        "p50 %.1f ms, p99 %.1f ms, max %.1f ms, not 200: %d",
        percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0), failures.get());
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }
}
