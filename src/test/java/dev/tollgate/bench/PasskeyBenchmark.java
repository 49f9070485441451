package dev.tollgate.bench;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Passkey second step (SPEC §16: at least 300 finishes per second). Untimed preparation: users
 * with a software passkey get an mfa_token, ask for a challenge and sign it, so the client does
 * no crypto while the clock runs. In mode {@code login} the token comes from a password sign-in
 * (the finish then creates a session); password sign-ins cost a full Argon2id each, so
 * preparing thousands takes minutes, and tokens live five. In mode {@code step-up} it comes from
 * {@code POST /auth/step-up} of a signed-in user (the finish then renews that session): the same
 * endpoint and verification, prepared in seconds. First {@value #WARM_UP} step-up second
 * steps warm the server's JIT up (untimed). Timed: {@code POST /api/v1/auth/mfa/passkey/finish}
 * only, first from wrk (bench/passkey-finish.lua) with {@code clients} connections (throughput,
 * p50, p99; a load from Java's HttpClient took a tenth of the machine's CPU from the server),
 * then in an open loop at half that rate (p50, p99 from each request's scheduled start). The passkeys keep no signature counter (like synced passkeys), so answers
 * may arrive in any order. Run by {@code bench/passkey-second-step.sh}.
 * Arguments: base URL, admin email, admin password, second steps, clients, login|step-up[,
 * server pid].
 */
public final class PasskeyBenchmark {
  private static final String PASSWORD = "benchmark-password-1";
  private static final int USERS = 32;
  /** Step-up second steps run before the measured ones, to let the JIT compile their path. */
  private static final int WARM_UP = 6000;
  /** The fastest rate the prepared bodies are meant to feed; wrk's run is sized by it. */
  private static final int MAX_RATE = 600;

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    String origin = args[0].replaceAll("/+$", "");
    int signIns = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[4]);
    boolean stepUp = args[5].equals("step-up");
    Optional<ProcessHandle> server = args.length > 6 ? ProcessHandle.of(Long.parseLong(args[6])) : Optional.empty();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String admin = BenchHttp.login(http, base, args[1], args[2]);
    List<Enrolled> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      users.add(enrolledUser(http, base, origin, admin));
    }
    settings(http, base, admin, "{\"mfa_policy\":\"passkey\"}");
    try {
      // The JIT compiles a request path after thousands of runs; step-up second steps run the
      // same verification and are cheap to prepare, so they warm the server up first.
      ConcurrentLinkedQueue<String> warmUp = prepare(http, base, origin, users, WARM_UP, clients, true);
      double warmRate = closedLoop(http, base, warmUp, clients, warmUp.size(), null);
      System.out.printf("warm-up: %d step-up finishes at %.0f/s%n", WARM_UP, warmRate);

      long start = System.nanoTime();
      ConcurrentLinkedQueue<String> bodies = prepare(http, base, origin, users, signIns, clients, stepUp);
      System.out.printf("prepared %d %s second steps in %.0f s (tokens live 5 minutes)%n",
          bodies.size(), args[5], (System.nanoTime() - start) / 1e9);
      List<String> forWrk = new ArrayList<>();
      for (int i = 0; i < signIns * 3 / 4; i++) {
        forWrk.add(bodies.poll());
      }
      Duration cpuBefore = cpu(server);
      Wrk wrk = finishesFromWrk(base, forWrk, clients, Math.max(1, forWrk.size() / MAX_RATE));
      System.out.printf("passkey finish, %d clients (wrk): %d in %.1f s = %.0f/s; p50 %s, p99 %s%n",
          clients, wrk.requests(), wrk.seconds(), wrk.rate(), wrk.p50(), wrk.p99());
      server.ifPresent(s -> System.out.printf("  server CPU per finish: %.2f ms%n",
          cpu(server).minus(cpuBefore).toNanos() / 1e6 / wrk.requests()));
      openLoop(http, base, bodies, wrk.rate() / 2);
    } finally {
      settings(http, base, admin, "{\"mfa_policy\":\"disabled\"}");
    }
  }

  /**
   * The prepared finishes posted by wrk (bench/passkey-finish.lua), each once; a run that
   * outlasts them fails (more than {@link #MAX_RATE} per second).
   */
  static Wrk finishesFromWrk(URI base, List<String> bodies, int clients, int seconds) throws Exception {
    Path file = Files.createTempFile("bench-passkey", ".txt");
    try {
      Files.write(file, bodies);
      return Wrk.run("bench/passkey-finish.lua", base, clients, seconds, Map.of("BENCH_BODIES", file.toString()));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  record Enrolled(String email, String token, SoftwareAuthenticator authenticator) {}

  static Enrolled enrolledUser(HttpClient http, URI base, String origin, String admin) throws Exception {
    String email = BenchHttp.createUser(http, base, admin, "bench-passkey", PASSWORD);
    String token = BenchHttp.login(http, base, email, PASSWORD);
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create().withoutCounter();
    JsonObject begun = ok(BenchHttp.post(http, base, "/api/v1/mfa/passkey/register/begin", token, "{}"), 200);
    String finish = "/api/v1/mfa/passkey/register/finish?session=" + begun.getString("session");
    JsonObject credential = authenticator.register(begun.getJsonObject("publicKey"), origin);
    ok(BenchHttp.post(http, base, finish, token, Json.createObjectBuilder().add("credential", credential).build().toString()), 201);
    return new Enrolled(email, token, authenticator);
  }

  /** Password, begin and the signed answer for each sign-in: the finish bodies, ready to post. */
  static ConcurrentLinkedQueue<String> prepare(
      HttpClient http, URI base, String origin, List<Enrolled> users, int signIns, int threads, boolean stepUp)
      throws Exception {
    ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      work.add(pool.submit(() -> {
        for (long i = next.getAndIncrement(); i < signIns; i = next.getAndIncrement()) {
          Enrolled user = users.get((int) (i % users.size()));
          String mfaToken = (stepUp
              ? ok(BenchHttp.post(http, base, "/api/v1/auth/step-up", user.token(), "{}"), 200)
              : ok(BenchHttp.post(http, base, "/api/v1/auth/login", null,
                  "{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}"), 200))
              .getString("mfa_token");
          JsonObject options = ok(BenchHttp.post(http, base, "/api/v1/auth/mfa/passkey/begin", null,
              "{\"mfa_token\":\"" + mfaToken + "\"}"), 200).getJsonObject("publicKey");
          bodies.add(Json.createObjectBuilder().add("mfa_token", mfaToken)
              .add("credential", user.authenticator().authenticate(options, origin)).build().toString());
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    return bodies;
  }

  /** {@code count} finishes with {@code clients} in flight; reports and returns the rate. */
  static double closedLoop(HttpClient http, URI base, ConcurrentLinkedQueue<String> bodies, int clients, int count, String label)
      throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong failed = new AtomicLong();
    AtomicLong left = new AtomicLong(count);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      running.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          long t0 = System.nanoTime();
          if (finish(http, base, bodies.poll()) != 200) {
            failed.incrementAndGet();
          }
          latencies.add(System.nanoTime() - t0);
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    double rate = count / elapsed;
    if (label != null) {
      System.out.printf("passkey finish, %s: %d in %.1f s = %.0f/s; p50 %.1f ms, p99 %.1f ms%s%n",
          label, count, elapsed, rate, percentile(latencies, 50), percentile(latencies, 99), failures(failed));
    }
    return rate;
  }

  /** The rest of the bodies, sent at {@code rate} per second whatever the answers' speed. */
  static void openLoop(HttpClient http, URI base, ConcurrentLinkedQueue<String> bodies, double rate) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(64);
    List<Future<?>> sent = new ArrayList<>();
    int count = bodies.size();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long scheduled = start + (long) (i * 1e9 / rate);
      while (System.nanoTime() < scheduled) {
        Thread.onSpinWait();
      }
      String body = bodies.poll();
      sent.add(pool.submit(() -> {
        if (finish(http, base, body) != 200) {
          failed.incrementAndGet();
        }
        latencies.add(System.nanoTime() - scheduled);
        return null;
      }));
    }
    for (Future<?> f : sent) {
      f.get();
    }
    pool.shutdown();
    System.out.printf("passkey finish, open loop at %.0f/s: %d sent; p50 %.1f ms, p99 %.1f ms%s%n",
        rate, count, percentile(latencies, 50), percentile(latencies, 99), failures(failed));
  }

  static int finish(HttpClient http, URI base, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/auth/mfa/passkey/finish"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static double percentile(List<Long> latencies, int p) {
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }

  static Duration cpu(Optional<ProcessHandle> server) {
    return server.flatMap(s -> s.info().totalCpuDuration()).orElse(Duration.ZERO);
  }

  static String failures(AtomicLong failed) {
    return failed.get() > 0 ? " (" + failed.get() + " failed)" : "";
  }

  static void settings(HttpClient http, URI base, String admin, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/settings"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + admin)
        .PUT(HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("settings change failed: " + response.body());
    }
  }

  static JsonObject ok(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
