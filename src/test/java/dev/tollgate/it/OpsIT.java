package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Health, OpenAPI, metrics, and the framework's own refusals in the API's error shape. */
class OpsIT {
  private final Api api = Api.forServer();

  private static void assertProblem(Api.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject body = reply.json();
    assertThat(body.getString("code")).isEqualTo(code);
    assertThat(body.getInt("status")).isEqualTo(status);
    assertThat(body.getString("message")).isNotBlank();
    assertThat(body.getString("type")).isEqualTo("urn:tollgate:error:" + code);
  }

  @Test
  void readinessIsUpWithTheDatabaseCheck() {
    Api.Reply reply = api.get("/health/ready").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("status")).isEqualTo("UP");
    assertThat(reply.json().getJsonArray("checks").getValuesAs(JsonObject.class))
        .anySatisfy(check -> {
          assertThat(check.getString("name")).isEqualTo("database");
          assertThat(check.getString("status")).isEqualTo("UP");
        });
  }

  /**
   * SPEC §1: a default start joins no cluster. Payara Micro starts a Hazelcast member unless
   * told not to (and still does when {@code --nocluster} accompanies {@code --nohazelcast});
   * the member's UUID is in the ready banner when one runs.
   */
  @Test
  void aDefaultStartRunsNoHazelcastMember() throws Exception {
    assertReadyWithoutHazelcastMember(TollgateServer.get());
  }

  private static void assertReadyWithoutHazelcastMember(TollgateServer server) throws Exception {
    String log = Files.readString(server.log());

    assertThat(log).contains("ready in").contains("\"Instance Group\": \"no-cluster\"");
    assertThat(log).doesNotContain("Hazelcast Member UUID").doesNotContain("Members {size");
  }

  /**
   * The suite's server is the packaged directory's start script (bin/run, the container image);
   * the uber jar must serve on its own as well, with the same Payara settings.
   */
  @Test
  void theUberJarServesOnItsOwn() throws Exception {
    assumeTrue(TollgateServer.get().database().kind().equals("h2"), "once per suite: on the H2 run");
    TollgateServer uberJar = TollgateServer.startUberJar();
    try {
      Api api = new Api(uberJar);
      Api.Reply ready = api.get("/health/ready").send();
      Api.Session admin = api.login(TollgateServer.ADMIN_EMAIL, TollgateServer.ADMIN_PASSWORD);

      assertThat(ready.status()).isEqualTo(200);
      assertThat(admin.token()).isNotBlank();
      assertReadyWithoutHazelcastMember(uberJar);
      // no start script, so no umask of its own: the start tightens what the JVM created
      assertThat(DataDirectoryIT.assertOwnerOnly(uberJar.dataDir()))
          .contains("secret.key", "tollgate.mv.db");
    } finally {
      uberJar.stop();
    }
  }

  /**
   * The suite's server runs the way {@code bin/run} and the image start it: with the AOT cache
   * the build recorded (TOLLGATE_AOT=on: it would not have started without it), and with
   * Payara's start-up services on one thread, where a start with the cache cannot deadlock in
   * HK2's run-level threads (docs/decisions.md, "Start-up").
   */
  @Test
  void theServerStartsWithItsAotCacheOnOneStartUpThread() {
    List<String> jvm = TollgateServer.get().jvmArguments();

    assertThat(jvm).contains("-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS");
    assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
    assertThat(TollgateServer.packagedDir().resolve("tollgate.aot")).isNotEmptyFile();
    assertThat(jvm)
        .contains("-XX:AOTCache=" + TollgateServer.packagedDir().toAbsolutePath().resolve("tollgate.aot"));
  }

  @Test
  void livenessIsUp() {
    Api.Reply reply = api.get("/health/live").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void openApiDocumentsTheRestApi() {
    Api.Reply reply = openApiDocument();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("/api/v1/auth/login").contains("/api/v1/users").contains("/api/v1/settings");
    assertThat(reply.body()).contains("Tollgate API");
  }

  @Test
  void metricsAreServed() {
    Api.Reply reply = api.get("/metrics").replaceHeader("Accept", "text/plain").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isNotBlank();
  }

  @Test
  void signInOutcomesAreCountedAndTimed() {
    api.admin();
    api.post("/api/v1/auth/login", "{\"email\":\"nobody-metrics@tollgate.test\",\"password\":\"wrong-pass-1\"}").send();

    String metrics = api.get("/metrics").replaceHeader("Accept", "text/plain").send().body();

    assertThat(metrics).contains("tollgate_audit_events_total").contains("type=\"login_succeeded\"")
        .contains("type=\"login_failed\"").contains("tollgate_login_password_step");
  }

  @Test
  void anUnknownApiPathIsANotFoundProblem() {
    assertProblem(api.get("/api/v1/no-such-thing").send(), 404, "not_found");
    assertProblem(api.get("/api/v2/users").send(), 404, "not_found");
  }

  @Test
  void aWrongMethodIsAMethodNotAllowedProblem() {
    Api.Reply reply = api.get("/api/v1/auth/login").send();

    assertProblem(reply, 405, "method_not_allowed");
    assertThat(reply.header("Allow")).hasValueSatisfying(a -> assertThat(a).contains("POST"));
    assertProblem(api.patch("/api/v1/me", "{}").send(), 405, "method_not_allowed");
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
    Api.Reply reply =
        api.post("/api/v1/auth/login", "email=a@b.c&password=x")
            .replaceHeader("Content-Type", "application/x-www-form-urlencoded")
            .send();
    Api.Reply text =
        api.post("/api/v1/auth/login", "{\"email\":\"a@b.c\",\"password\":\"x\"}")
            .replaceHeader("Content-Type", "text/plain")
            .send();

    assertProblem(reply, 415, "unsupported_media_type");
    assertProblem(text, 415, "unsupported_media_type");
  }

  /**
   * A body on a request whose method defines none is read and ignored (docs/decisions.md,
   * "Errors"): the request gets the answer it gets without one, never a bare 400. Over HTTP/1.1
   * (where Grizzly refused it) and over HTTP/2 after the client's upgrade.
   */
  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void aBodyOnGetIsIgnored(HttpClient.Version version) {
    Api.Session admin = api.admin();
    String body = "{\"email\":\"someone-else@tollgate.test\",\"is_admin\":true}";

    Api.Reply anonymous = api.withBody("GET", "/api/v1/me", body).version(version).send();
    Api.Reply signedIn = api.withBody("GET", "/api/v1/me", body).version(version).bearer(admin.token()).send();

    assertProblem(anonymous, 401, "unauthorized");
    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
    assertThat(signedIn.json().getString("email")).isEqualTo(TollgateServer.ADMIN_EMAIL);
  }

  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void aDeleteWithABodyDeletesWhatItsPathNames(HttpClient.Version version) {
    Api.Session admin = api.admin();
    String app = api.post("/api/v1/applications", ApplicationsIT.app("Body on delete", "oidc").build().toString())
        .bearer(admin.token()).send().json().getString("id");
    String path = "/api/v1/applications/" + app;

    Api.Reply anonymous = api.withBody("DELETE", path, "{\"force\":true}").version(version).send();
    Api.Reply deleted = api.withBody("DELETE", path, "{}").version(version).bearer(admin.token()).send();
    Api.Reply again = api.withBody("DELETE", path, "{}").version(version).bearer(admin.token()).send();

    assertProblem(anonymous, 401, "unauthorized");
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    assertProblem(again, 404, "not_found");
  }

  /** The same byte for byte, as curl sends it, with a Content-Length and with a chunked body. */
  @Test
  void aBodyOnGetOverHttp11IsIgnored() throws Exception {
    for (String framing : List.of("Content-Length: 2\r\n\r\n{}", "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")) {
      String answer = RawHttp.exchange(api.server().baseUri(),
          "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
              + "Content-Type: application/json\r\n" + framing);

      assertThat(answer).as(framing).startsWith("HTTP/1.1 401 ").contains("\"code\":\"unauthorized\"");
      assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/problem+json");
    }
  }

  @Test
  void aMissingTokenIsAnUnauthorizedProblemWithAChallenge() {
    Api.Reply reply = api.get("/api/v1/me").send();

    assertProblem(reply, 401, "unauthorized");
    assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
  }

  @Test
  void apiAnswersAreNeverCachedNorSniffed() {
    String email = Api.uniqueEmail("ops");
    api.createUser(api.admin(), email, "correct-horse-1", false);
    String token = api.login(email, "correct-horse-1").token();

    List<Api.Reply> replies =
        List.of(
            api.get("/api/v1/me").bearer(token).send(),
            api.get("/api/v1/me").send(),
            api.get("/api/v1/me").bearer("not.a.token").send(),
            api.get("/api/v1/no-such-thing").send(),
            api.get("/api/v1/auth/login").send(),
            api.post("/api/v1/auth/login", "x").replaceHeader("Content-Type", "text/plain").send(),
            api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"wrong-one-1\"}").send(),
            api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct-horse-1\"}").send());

    SoftAssertions soft = new SoftAssertions();
    for (Api.Reply reply : replies) {
      soft.assertThat(reply.header("Cache-Control")).as(reply.toString()).contains("no-store");
      soft.assertThat(reply.header("X-Content-Type-Options")).as(reply.toString()).contains("nosniff");
    }
    soft.assertAll();
  }

  /**
   * Payara builds the document on the first request; on a loaded machine that can outlast the
   * server's 30-second keep-alive and drop the connection, so a dropped first try is retried.
   */
  private Api.Reply openApiDocument() {
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return api.get("/openapi").replaceHeader("Accept", "*/*")
            .timeout(java.time.Duration.ofMinutes(2)).send();
      } catch (IllegalStateException dropped) {
        last = dropped;
      }
    }
    throw last;
  }
}
