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
 * The real server under test, started once per test JVM on a free loopback port, on the database
 * this failsafe execution names ({@code -Dtollgate.database=h2} or {@code postgresql}), and
 * stopped when the JVM exits. It is started the way {@code bin/run} and the container image start
 * it: {@code target/server/start} (bin/package-server), with the AOT cache required when the
 * build recorded one. {@link #startUberJar()} starts the other
 * form, {@code java -jar target/tollgate.jar}. The console output is
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
      instance = startPackaged();
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

  /** The server JVM's process id ({@code start} execs java, so it is this process). */
  public long pid() {
    return process.pid();
  }

  /** The arguments the server's JVM runs with ({@code start} execs java, so it is this process). */
  public List<String> jvmArguments() {
    return List.of(process.info().arguments().orElseThrow());
  }

  private static Path target() {
    return Path.of(System.getProperty("tollgate.target", "target"));
  }

  /** The packaged server directory, {@code target/server/}. */
  static Path packagedDir() {
    return target().resolve("server");
  }

  /** The JVM options every start of the server uses (server-config/jvm.options). */
  private static List<String> serverOptions() throws IOException {
    return Files.readAllLines(Path.of("server-config/jvm.options")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static String javaCommand() {
    return System.getProperty("tollgate.java", "java");
  }

  /** {@code target/server/start}: the uber jar with the AOT cache of the build. */
  private static TollgateServer startPackaged() {
    return startPackaged("it-server-" + System.getProperty("tollgate.database", "h2"), Map.of());
  }

  /**
   * A second packaged server beside {@link #get()}, on its own database of the same kind, with
   * extra environment (settings the suite's server must not run with); the caller stops it.
   */
  static TollgateServer startPackaged(String name, Map<String, String> extraEnv) {
    String kind = System.getProperty("tollgate.database", "h2");
    Path dir = packagedDir();
    List<String> command = List.of("bash", dir.resolve("start").toString());
    Map<String, String> env = new java.util.HashMap<>();
    env.put("JAVA_HOME", Path.of(javaCommand()).getParent().getParent().toString());
    env.put("TOLLGATE_JAVA_OPTS", "-Dh2.bindAddress=127.0.0.1");
    if (Files.exists(dir.resolve("tollgate.aot"))) {
      env.put("TOLLGATE_AOT", "on"); // no start without the cache the build recorded
    }
    env.putAll(extraEnv);
    try {
      return start(kind, name, command, env);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code java -jar target/tollgate.jar}, on H2 in its own data directory: a second server
   * beside {@link #get()}; the caller stops it.
   */
  static TollgateServer startUberJar() {
    try {
      List<String> command = new ArrayList<>();
      command.add(javaCommand());
      command.addAll(serverOptions());
      command.add("-Dh2.bindAddress=127.0.0.1");
      command.add("-jar");
      command.add(target().resolve("tollgate.jar").toString());
      return start("h2", "it-server-h2-uber-jar", command, Map.of("MALLOC_ARENA_MAX", "2"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts {@code serverCommand} on a free port; its output goes to {@code target/<name>.log}. */
  private static TollgateServer start(
      String kind, String name, List<String> serverCommand, Map<String, String> extraEnv)
      throws IOException {
    // not there yet: the server creates it, as on a first start
    Path dataDir = Files.createTempDirectory(target(), "it-data-" + kind + "-").resolve("data");
    int port = freePort();
    TestDatabase database = TestDatabase.create(kind, dataDir);
    List<String> command = new ArrayList<>(serverCommand);
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
    env.putAll(extraEnv);
    Path log = target().resolve(name + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    URI base = URI.create("http://localhost:" + port + "/");
    awaitReady(process, base, log);
    return new TollgateServer(process, base, database, dataDir, log);
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

  /** Stops the server and drops its database. */
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
