package dev.tollgate.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** The few API calls every benchmark driver needs to set itself up. */
final class BenchHttp {
  private BenchHttp() {}

  static String login(HttpClient client, URI base, String email, String password) throws Exception {
    HttpResponse<String> response = post(client, base, "/api/v1/auth/login", null,
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    if (response.statusCode() != 200) {
      throw new IllegalStateException("login failed: " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject().getString("token");
  }

  static String createUser(HttpClient client, URI base, String adminToken, String prefix, String password)
      throws Exception {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.test";
    HttpResponse<String> response = post(client, base, "/api/v1/users", adminToken,
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    if (response.statusCode() != 201) {
      throw new IllegalStateException("user creation failed: " + response.body());
    }
    return email;
  }

  static HttpResponse<String> post(HttpClient client, URI base, String path, String bearer, String json)
      throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }
}
