package dev.tollgate.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The few JSON calls the benchmark makes; failures end the run with the server's answer. */
final class BenchClient {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;

  BenchClient(URI base) {
    this.base = base;
  }

  record Reply(int status, String body) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  Reply send(String method, String path, String bearer, String json) {
    try {
      HttpResponse<String> response = http.send(request(method, path, bearer, json), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  CompletableFuture<Integer> sendAsync(String path, String json) {
    return http.sendAsync(request("POST", path, null, json), HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }

  /** The same call, failing unless the answer has the expected status. */
  JsonObject expect(int status, String method, String path, String bearer, String json) {
    Reply reply = send(method, path, bearer, json);
    if (reply.status() != status) {
      throw new IllegalStateException(method + " " + path + " -> HTTP " + reply.status() + " " + reply.body());
    }
    return reply.body().isEmpty() ? JsonObject.EMPTY_JSON_OBJECT : reply.json();
  }

  private HttpRequest request(String method, String path, String bearer, String json) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    return builder.build();
  }

  static String object(String... keysAndValues) {
    var builder = Json.createObjectBuilder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      builder.add(keysAndValues[i], keysAndValues[i + 1]);
    }
    return builder.build().toString();
  }
}
