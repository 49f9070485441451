package dev.tollgate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A small JSON client for the API under test; no cookie jar unless a test adds cookies. */
public final class Api {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final TollgateServer server;

  public Api(TollgateServer server) {
    this.server = server;
  }

  public static Api forServer() {
    return new Api(TollgateServer.get());
  }

  public TollgateServer server() {
    return server;
  }

  public Call get(String path) {
    return new Call(server.uri(path), "GET", null);
  }

  public Call post(String path, String json) {
    return new Call(server.uri(path), "POST", json);
  }

  public Call put(String path, String json) {
    return new Call(server.uri(path), "PUT", json);
  }

  public Call patch(String path, String json) {
    return new Call(server.uri(path), "PATCH", json);
  }

  public Call delete(String path) {
    return new Call(server.uri(path), "DELETE", null);
  }

  /** Any method with a JSON body, also one whose requests usually carry none (GET, DELETE). */
  public Call withBody(String method, String path, String json) {
    return new Call(server.uri(path), method, json);
  }

  /** Signs in with a password; fails the test unless the answer is Complete. */
  public Session login(String email, String password) {
    Reply reply =
        post("/api/v1/auth/login", Json.createObjectBuilder().add("email", email).add("password", password).build().toString())
            .send();
    if (reply.status() != 200 || !reply.json().containsKey("token")) {
      throw new AssertionError("login of " + email + " failed: " + reply);
    }
    return new Session(reply.json().getString("token"), reply.cookie("idp_sid").orElse(null));
  }

  public Session admin() {
    return login(TollgateServer.ADMIN_EMAIL, TollgateServer.ADMIN_PASSWORD);
  }

  /** Creates a user through the admin API and returns its id. */
  public String createUser(Session admin, String email, String password, boolean isAdmin) {
    Reply reply =
        post(
                "/api/v1/users",
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("password", password)
                    .add("first_name", "Test")
                    .add("last_name", "User")
                    .add("is_admin", isAdmin)
                    .build()
                    .toString())
            .bearer(admin.token())
            .send();
    if (reply.status() != 201) {
      throw new AssertionError("user creation failed: " + reply);
    }
    return reply.json().getString("id");
  }

  /** The caller's own profile. */
  public JsonObject me(Session session) {
    Reply reply = get("/api/v1/me").bearer(session.token()).send();
    if (reply.status() != 200) {
      throw new AssertionError("GET /api/v1/me failed: " + reply);
    }
    return reply.json();
  }

  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@tollgate.test";
  }

  public static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  public record Session(String token, String sessionCookie) {}

  public final class Call {
    private final HttpRequest.Builder builder;
    private final String method;
    private final String body;
    private String cookies = "";

    Call(URI uri, String method, String body) {
      this.builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
      this.method = method;
      this.body = body;
      if (body != null) {
        builder.header("Content-Type", "application/json");
      }
      builder.header("Accept", "application/json");
    }

    /** For the rare endpoint whose first answer is slow (the OpenAPI document is built lazily). */
    public Call timeout(Duration timeout) {
      builder.timeout(timeout);
      return this;
    }

    public Call bearer(String token) {
      builder.header("Authorization", "Bearer " + token);
      return this;
    }

    public Call header(String name, String value) {
      builder.header(name, value);
      return this;
    }

    /** The HTTP version: HTTP_1_1 keeps the client from upgrading the connection to HTTP/2. */
    public Call version(HttpClient.Version version) {
      builder.version(version);
      return this;
    }

    /** Replaces a header set by default (Content-Type, Accept). */
    public Call replaceHeader(String name, String value) {
      builder.setHeader(name, value);
      return this;
    }

    public Call cookie(String name, String value) {
      cookies = cookies.isEmpty() ? name + "=" + value : cookies + "; " + name + "=" + value;
      return this;
    }

    public Reply send() {
      if (!cookies.isEmpty()) {
        builder.header("Cookie", cookies);
      }
      HttpRequest.BodyPublisher publisher =
          body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
      try {
        HttpResponse<String> response =
            CLIENT.send(builder.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().map(), response.body());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public record Reply(int status, Map<String, List<String>> headers, String body) {
    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    public JsonValue value() {
      return Json.createReader(new StringReader(body)).readValue();
    }

    public String code() {
      return json().getString("code");
    }

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    public List<String> setCookies() {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
          .flatMap(e -> e.getValue().stream())
          .toList();
    }

    /** The raw Set-Cookie header for a cookie name. */
    public Optional<String> setCookie(String name) {
      return setCookies().stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    /** The value a Set-Cookie header gives a cookie. */
    public Optional<String> cookie(String name) {
      return setCookie(name).map(c -> c.substring(name.length() + 1).split(";", 2)[0]);
    }

    @Override
    public String toString() {
      return "HTTP " + status + " " + body;
    }
  }
}
