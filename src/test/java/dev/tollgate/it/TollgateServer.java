package dev.tollgate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real server under test: {@code target/tollgate.jar} started once per test JVM on a free
 * loopback port, on the database this failsafe execution names ({@code -Dtollgate.database=h2}
 * or {@code postgresql}), and stopped when the JVM exits. Its log is
 * {@code target/it-server-<database>.log}.
 */
public final class TollgateServer {
  public static final String ADMIN_EMAIL = "admin@tollgate.test";
  public static final String ADMIN_PASSWORD = "admin-password-1";
  /** A configured default for a runtime setting, to prove environment overrides work. */
  public static final int CONFIGURED_TRUSTED_DEVICE_DAYS = 30;

  private static TollgateServer instance;

  private final Process process;
  private final URI baseUri;
  private final TestDatabase database;
  private final Path dataDir;
  private final Path log;

  private TollgateServer(
      Process process, URI baseUri, TestDatabase database, Path dataDir, Path log) {
    this.process = process;
    this.baseUri = baseUri;
    this.database = database;
    this.dataDir = dataDir;
    this.log = log;
  }

  public static synchronized TollgateServer get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
    }
    return instance;
  }

  public URI uri(String path) {
    return baseUri.resolve(path);
  }

  public URI baseUri() {
    return baseUri;
  }

  public TestDatabase database() {
    return database;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The server's console output. */
  public Path log() {
    return log;
  }

  /** The JVM options every start of the server uses (server-config/jvm.options). */
  private static List<String> serverOptions() throws IOException {
    return Files.readAllLines(Path.of("server-config/jvm.options")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static TollgateServer start() {
    try {
      Path target = Path.of(System.getProperty("tollgate.jar", "target/tollgate.jar")).getParent();
      String kind = System.getProperty("tollgate.database", "h2");
      Path dataDir = Files.createTempDirectory(target, "it-data-" + kind + "-");
      int port = freePort();
      TestDatabase database = TestDatabase.create(kind, dataDir);
      List<String> command = new ArrayList<>();
      command.add(System.getProperty("tollgate.java", "java"));
      command.addAll(serverOptions());
      command.add("-Dh2.bindAddress=127.0.0.1");
      command.add("-jar");
      command.add(System.getProperty("tollgate.jar", "target/tollgate.jar"));
      command.add("--port");
      command.add(Integer.toString(port));
      ProcessBuilder builder = new ProcessBuilder(command);
      Map<String, String> env = builder.environment();
      env.put("OIDC_ISSUER", "http://localhost:" + port);
      env.put("DATA_DIR", dataDir.toString());
      env.put("DATABASE_URL", database.serverUrl());
      env.put("DATABASE_USER", database.user());
      env.put("DATABASE_PASSWORD", "");
      env.put("BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
      env.put("BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("TRUSTED_DEVICE_DURATION_DAYS", Integer.toString(CONFIGURED_TRUSTED_DEVICE_DAYS));
      env.remove("SECRET_KEY");
      env.put("MALLOC_ARENA_MAX", "2");
      Path log = target.resolve("it-server-" + kind + ".log");
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      Process process = builder.start();
      URI base = URI.create("http://localhost:" + port + "/");
      awaitReady(process, base, log);
      return new TollgateServer(process, base, database, dataDir, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitReady(Process process, URI base, Path log) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Tollgate exited during start-up; see " + log);
      }
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(base.resolve("/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200
            && client
                    .send(
                        HttpRequest.newBuilder(base.resolve("/.well-known/jwks.json")).build(),
                        HttpResponse.BodyHandlers.ofString())
                    .statusCode()
                == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Tollgate was not ready within 4 minutes; see " + log);
  }

  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
    }
    database.drop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
