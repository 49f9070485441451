package dev.tollgate.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Measures POST /api/v1/auth/mfa/totp (second step of a sign-in, JWT and session included)
 * against a running server: completions per second with a fixed number of requests in flight,
 * then latency percentiles at half that rate (open loop, timed from each request's scheduled
 * start). Each user can pass the step once per 30-second time step, so every round signs in
 * every user once with the password (untimed) and answers with a code for a step that user has
 * not used. Run by bench/totp-second-step.sh, never by the test suite.
 */
public final class TotpSecondStepBench {
  private static final String PASSWORD = "bench-password-1";
  private static final String STEP_PATH = "/api/v1/auth/mfa/totp";

  private final BenchClient client;
  private final ServerCpu serverCpu;
  private final int setupThreads;
  private final String admin;

  private TotpSecondStepBench(
      BenchClient client, ServerCpu serverCpu, int setupThreads, String adminEmail, String adminPassword) {
    this.client = client;
    this.serverCpu = serverCpu;
    this.setupThreads = setupThreads;
    this.admin =
        client.expect(200, "POST", "/api/v1/auth/login", null,
                BenchClient.object("email", adminEmail, "password", adminPassword))
            .getString("token");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int users = Integer.parseInt(options.getOrDefault("users", "2000"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "600"));
    int inFlight = Integer.parseInt(options.getOrDefault("concurrency", "16"));
    var bench =
        new TotpSecondStepBench(
            new BenchClient(URI.create(options.getOrDefault("base", "http://localhost:8080"))),
            new ServerCpu(options.get("server-pid")),
            Integer.parseInt(options.getOrDefault("setup-threads", "4")),
            options.getOrDefault("admin-email", "admin@tollgate.bench"),
            options.getOrDefault("admin-password", "admin-password-1"));
    bench.run(users, Math.min(warmup, users), inFlight, options.get("users-file"));
  }

  private void run(int userCount, int warmup, int inFlight, String usersFile) throws Exception {
    settings("{\"mfa_policy\":\"optional\"}");
    long started = System.nanoTime();
    List<BenchUser> known = new ArrayList<>(usersFile == null ? List.of() : UsersFile.load(usersFile));
    try {
      if (known.size() < userCount) {
        known.addAll(createUsers(userCount - known.size()));
      }
      List<BenchUser> users = known.subList(0, userCount);
      System.out.printf("setup: %d users with an app in %.1f s%n", userCount, seconds(started));
      closedLoop("warm-up", users.subList(0, warmup), inFlight);
      double rate = closedLoop("throughput", users, inFlight);
      openLoop(users, rate / 2);
    } finally {
      if (usersFile != null) {
        UsersFile.save(usersFile, known);
      }
      settings("{\"mfa_policy\":\"disabled\"}");
    }
  }

  private List<BenchUser> createUsers(int count) throws InterruptedException {
    BenchUser[] users = new BenchUser[count];
    String run = Long.toString(System.currentTimeMillis(), 36);
    parallel(count, i -> {
      String email = "bench-" + run + "-" + i + "@tollgate.bench";
      client.expect(201, "POST", "/api/v1/users", admin,
          BenchClient.object("email", email, "password", PASSWORD, "first_name", "Bench", "last_name", "User"));
      String token = login(email).getString("token");
      String secret = client.expect(200, "POST", "/api/v1/mfa/totp/enroll", token, null).getString("secret");
      BenchUser user = new BenchUser(email, secret, Long.MIN_VALUE);
      client.expect(200, "POST", "/api/v1/mfa/totp/confirm", token, BenchClient.object("code", user.nextCode()));
      users[i] = user;
    });
    return Arrays.asList(users);
  }

  /** One request body per user: a fresh mfa_token (password sign-in, untimed) and a code. */
  private List<String> answers(List<BenchUser> users) throws InterruptedException {
    String[] bodies = new String[users.size()];
    parallel(users.size(), i -> bodies[i] = login(users.get(i).email).getString("mfa_token"));
    // a code may be one step ahead of the server's clock, never two
    long latestUsed = users.stream().mapToLong(u -> u.lastStep).max().orElse(Long.MIN_VALUE);
    while (BenchUser.currentStep() < latestUsed) {
      Thread.sleep(200);
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      result.add(BenchClient.object("mfa_token", bodies[i], "code", users.get(i).nextCode()));
    }
    return result;
  }

  /** {@code inFlight} requests at all times; returns completions per second. */
  private double closedLoop(String name, List<BenchUser> users, int inFlight) throws InterruptedException {
    List<String> bodies = answers(users);
    Latencies latencies = new Latencies(bodies.size());
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(inFlight);
    double cpu = serverCpu.seconds();
    long started = System.nanoTime();
    for (int t = 0; t < inFlight; t++) {
      pool.execute(() -> {
        for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
          long sent = System.nanoTime();
          latencies.record(client.send("POST", STEP_PATH, null, bodies.get(i)).status(), sent);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    double rate = bodies.size() / seconds(started);
    System.out.printf("%s: %d completions, %d in flight: %.0f/s; %s%s%n",
        name, bodies.size(), inFlight, rate, latencies, serverCpu.perCompletion(cpu, bodies.size()));
    return rate;
  }

  /** Requests started on a fixed schedule, whatever the server's pace; latency from the schedule. */
  private void openLoop(List<BenchUser> users, double rate) throws InterruptedException {
    List<String> bodies = answers(users);
    Latencies latencies = new Latencies(bodies.size());
    CountDownLatch done = new CountDownLatch(bodies.size());
    long interval = (long) (1e9 / rate);
    double cpu = serverCpu.seconds();
    long started = System.nanoTime();
    for (int i = 0; i < bodies.size(); i++) {
      long scheduled = started + i * interval;
      LockSupport.parkNanos(scheduled - System.nanoTime());
      client.sendAsync(STEP_PATH, bodies.get(i))
          .whenComplete((status, error) -> {
            latencies.record(error == null ? status : -1, scheduled);
            done.countDown();
          });
    }
    done.await(10, TimeUnit.MINUTES);
    System.out.printf("latency at %.0f/s (half the throughput): %d completions in %.1f s; %s%s%n",
        rate, bodies.size(), seconds(started), latencies, serverCpu.perCompletion(cpu, bodies.size()));
  }

  private jakarta.json.JsonObject login(String email) {
    return client.expect(200, "POST", "/api/v1/auth/login", null, BenchClient.object("email", email, "password", PASSWORD));
  }

  private void settings(String json) {
    client.expect(200, "PUT", "/api/v1/settings", admin, json);
  }

  private void parallel(int count, IntConsumer task) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(setupThreads);
    Map<Integer, RuntimeException> failures = new ConcurrentHashMap<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      pool.execute(() -> {
        try {
          task.accept(index);
        } catch (RuntimeException e) {
          failures.put(index, e);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    if (!failures.isEmpty()) {
      throw failures.values().iterator().next();
    }
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new java.util.HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("options look like --users=2000, not " + arg);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return options;
  }
}
