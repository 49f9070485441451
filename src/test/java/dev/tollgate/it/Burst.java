package dev.tollgate.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Many requests released at the same instant, the way an attacker races a guard: every request
 * is prepared on its own thread, then all wait on one latch and go together.
 */
final class Burst {
  private Burst() {}

  /** Sends {@code count} requests, the i-th made by {@code request.apply(i)}; returns every reply. */
  static List<Api.Reply> of(int count, IntFunction<Api.Call> request) {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        replies.add(
            pool.submit(
                () -> {
                  Api.Call call = request.apply(index);
                  ready.countDown();
                  go.await();
                  return call.send();
                }));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      List<Api.Reply> all = new ArrayList<>();
      for (Future<Api.Reply> reply : replies) {
        all.add(reply.get(120, TimeUnit.SECONDS));
      }
      return all;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many replies had each status, e.g. {@code {401=2, 429=10}}. */
  static java.util.Map<Integer, Long> statuses(List<Api.Reply> replies) {
    return replies.stream()
        .collect(Collectors.groupingBy(Api.Reply::status, java.util.TreeMap::new, Collectors.counting()));
  }

  static long count(List<Api.Reply> replies, int status) {
    return replies.stream().filter(r -> r.status() == status).count();
  }
}
