package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/** The applications API (SPEC §10): credentials, validation, paging, roles and audit. */
class ApplicationsIT {
  private final Api api = Api.forServer();

  private Api.Reply create(JsonObjectBuilder body) {
    return api.post("/api/v1/applications", body.build().toString()).bearer(api.admin().token()).send();
  }

  static JsonObjectBuilder app(String name, String type) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("type", type)
        .add("redirect_uris", Json.createArrayBuilder().add("https://app.example.test/callback"));
  }

  @Test
  void anOidcClientGetsItsSecretOnceAndOnlyItsHashIsStored() {
    Api.Reply created = create(app("Payroll", "oidc"));

    assertThat(created.status()).isEqualTo(201);
    JsonObject body = created.json();
    String id = body.getString("id");
    String secret = body.getString("client_secret");
    assertThat(secret).matches("[A-Za-z0-9_-]{43}");
    assertThat(body.getString("client_id")).matches("[0-9a-f]{32}");
    assertThat(body.getString("mfa_policy")).isEqualTo("inherit");
    assertThat(body.getBoolean("mfa_script_fail_open")).isFalse();
    assertThat(body.getInt("mfa_script_timeout_ms")).isEqualTo(1000);
    assertThat(body.isNull("mfa_selector_script")).isTrue();
    assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/applications/" + id));
    assertThat(created.header("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));

    Api.Reply fetched = api.get("/api/v1/applications/" + id).bearer(api.admin().token()).send();
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.json().containsKey("client_secret")).isFalse();
    assertThat(fetched.body()).doesNotContain(secret);
    Object stored = api.server().database().queryValue(
        "SELECT client_secret_hash FROM application WHERE id = ?", java.util.UUID.fromString(id));
    assertThat(stored).asString().hasSize(64).isNotEqualTo(secret).doesNotContain(secret);
  }

  @Test
  void publicClientsHaveNoSecret() {
    for (String type : new String[] {"spa", "saml"}) {
      Api.Reply created = create(app("Public " + type, type));

      assertThat(created.status()).isEqualTo(201);
      assertThat(created.json().containsKey("client_secret")).isFalse();
      assertThat(created.json().getString("type")).isEqualTo(type);
      Object stored = api.server().database().queryValue(
          "SELECT client_secret_hash FROM application WHERE id = ?",
          java.util.UUID.fromString(created.json().getString("id")));
      assertThat(stored).isNull();
    }
  }

  @Test
  void policyFieldsAreStoredAndShown() {
    Api.Reply created =
        create(app("Scripted", "oidc")
            .add("mfa_policy", "otp")
            .add("mfa_selector_script", "function evaluate(ctx) { return 'passkey'; }")
            .add("mfa_script_fail_open", true)
            .add("mfa_script_timeout_ms", 2500));

    assertThat(created.status()).isEqualTo(201);
    JsonObject body = created.json();
    assertThat(body.getString("mfa_policy")).isEqualTo("otp");
    assertThat(body.getString("mfa_selector_script")).contains("passkey");
    assertThat(body.getBoolean("mfa_script_fail_open")).isTrue();
    assertThat(body.getInt("mfa_script_timeout_ms")).isEqualTo(2500);
    assertThat(body.getJsonArray("redirect_uris").getString(0)).isEqualTo("https://app.example.test/callback");
  }

  @Test
  void listIsPaginatedAndSearchable() {
    String marker = "Listed-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      assertThat(create(app(marker + "-" + i, "spa")).status()).isEqualTo(201);
    }

    Api.Reply page = api.get("/api/v1/applications?search=" + marker.toLowerCase() + "&limit=2&page=2")
        .bearer(api.admin().token()).send();

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().getInt("total")).isEqualTo(3);
    assertThat(page.json().getInt("page")).isEqualTo(2);
    assertThat(page.json().getInt("limit")).isEqualTo(2);
    assertThat(page.json().getJsonArray("data")).hasSize(1);
    assertThat(page.json().getJsonArray("data").getJsonObject(0).containsKey("client_secret")).isFalse();
    assertThat(api.get("/api/v1/applications?limit=101").bearer(api.admin().token()).send().code())
        .isEqualTo("invalid_parameter");
  }

  @Test
  void updateChangesOnlyTheFieldsGivenAndIsAudited() {
    String id = create(app("Before", "oidc")).json().getString("id");

    Api.Reply updated = api.put("/api/v1/applications/" + id,
            "{\"name\":\"After\",\"mfa_policy\":\"passkey\",\"mfa_selector_script\":\"function evaluate(c){return 'otp';}\"}")
        .bearer(api.admin().token()).send();

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().getString("name")).isEqualTo("After");
    assertThat(updated.json().getString("mfa_policy")).isEqualTo("passkey");
    assertThat(updated.json().getJsonArray("redirect_uris")).hasSize(1);
    Api.Reply removed = api.put("/api/v1/applications/" + id, "{\"mfa_selector_script\":\"\"}")
        .bearer(api.admin().token()).send();
    assertThat(removed.json().isNull("mfa_selector_script")).isTrue();
    assertThat(removed.json().getString("mfa_policy")).isEqualTo("passkey");

    Api.Reply audit = api.get("/api/v1/audit?type=application_updated&limit=100").bearer(api.admin().token()).send();
    assertThat(audit.body()).contains(id).contains("\"mfa_policy\"").contains("passkey");
  }

  @Test
  void theTypeCannotChange() {
    String id = create(app("Fixed", "oidc")).json().getString("id");

    Api.Reply reply = api.put("/api/v1/applications/" + id, "{\"type\":\"spa\"}").bearer(api.admin().token()).send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonObject("details").getJsonObject("fields").containsKey("type")).isTrue();
    assertThat(api.put("/api/v1/applications/" + id, "{\"type\":\"oidc\"}").bearer(api.admin().token()).send().status())
        .isEqualTo(200);
  }

  @Test
  void deleteRemovesTheApplicationAndIsAudited() {
    String id = create(app("Doomed", "spa")).json().getString("id");

    assertThat(api.delete("/api/v1/applications/" + id).bearer(api.admin().token()).send().status()).isEqualTo(204);

    assertThat(api.get("/api/v1/applications/" + id).bearer(api.admin().token()).send().status()).isEqualTo(404);
    assertThat(api.delete("/api/v1/applications/" + id).bearer(api.admin().token()).send().status()).isEqualTo(404);
    assertThat(api.get("/api/v1/audit?type=application_deleted&limit=100").bearer(api.admin().token()).send().body())
        .contains(id);
    assertThat(api.get("/api/v1/audit?type=application_created&limit=100").bearer(api.admin().token()).send().body())
        .contains(id);
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() {
    String admin = api.admin().token();
    assertThat(api.get("/api/v1/applications/" + java.util.UUID.randomUUID()).bearer(admin).send().code()).isEqualTo("not_found");
    assertThat(api.get("/api/v1/applications/not-a-uuid").bearer(admin).send().status()).isEqualTo(404);
    assertThat(api.put("/api/v1/applications/" + java.util.UUID.randomUUID(), "{\"name\":\"x\"}").bearer(admin).send().status())
        .isEqualTo(404);
  }

  @Test
  void badFieldsAreRejectedOneByOne() {
    assertInvalid(Json.createObjectBuilder().add("type", "oidc"), "validation_failed", "name");
    assertInvalid(Json.createObjectBuilder().add("name", "x"), "validation_failed", "type");
    assertInvalid(app("x", "desktop"), "validation_failed", "type");
    assertInvalid(app("x", "oidc").add("mfa_policy", "strict"), "validation_failed", "mfa_policy");
    assertInvalid(app("x", "oidc").add("mfa_script_timeout_ms", 10001), "validation_failed", "mfa_script_timeout_ms");
    assertInvalid(app("x", "oidc").add("mfa_script_timeout_ms", 5), "validation_failed", "mfa_script_timeout_ms");
    assertInvalid(app("x", "oidc").add("redirect_uris", Json.createArrayBuilder().add("javascript:alert(1)")),
        "validation_failed", "redirect_uris");
    assertInvalid(app("x", "oidc").add("redirect_uris", Json.createArrayBuilder().add("https://a.test/cb#frag")),
        "validation_failed", "redirect_uris");
    assertInvalid(app("x", "oidc").add("redirect_uris", Json.createArrayBuilder().add("/relative")),
        "validation_failed", "redirect_uris");
    assertInvalid(app("x", "oidc").add("mfa_selector_script", "x".repeat(16_385)), "validation_failed", "mfa_selector_script");
    assertThat(api.post("/api/v1/applications", "{\"name\":").bearer(api.admin().token()).send().code())
        .isEqualTo("invalid_json");
  }

  @Test
  void aScriptThatDoesNotCompileIsRejectedWithTheParserMessage() {
    Api.Reply reply = create(app("Broken", "oidc").add("mfa_selector_script", "function evaluate(ctx) { return 'otp';"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_script");
    assertThat(reply.json().getString("message")).contains("Expected }");
    String id = create(app("Fine", "oidc")).json().getString("id");
    Api.Reply update = api.put("/api/v1/applications/" + id, "{\"mfa_selector_script\":\"function (\"}")
        .bearer(api.admin().token()).send();
    assertThat(update.code()).isEqualTo("invalid_script");
    assertThat(api.get("/api/v1/applications/" + id).bearer(api.admin().token()).send().json()
        .isNull("mfa_selector_script")).isTrue();
  }

  @Test
  void onlyAdministratorsManageApplications() {
    String email = Api.uniqueEmail("plain");
    api.createUser(api.admin(), email, "correct-horse-1", false);
    String user = api.login(email, "correct-horse-1").token();

    assertThat(api.get("/api/v1/applications").bearer(user).send().status()).isEqualTo(403);
    assertThat(api.post("/api/v1/applications", app("x", "spa").build().toString()).bearer(user).send().status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/applications").send().status()).isEqualTo(401);
  }

  @Test
  void loginWithAnUnknownClientIdIsInvalidClient() {
    String email = Api.uniqueEmail("client");
    api.createUser(api.admin(), email, "correct-horse-1", false);

    Api.Reply reply = api.post("/api/v1/auth/login",
        Json.createObjectBuilder().add("email", email).add("password", "correct-horse-1")
            .add("client_id", "no-such-client").build().toString()).send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_client");
    String clientId = create(app("Known", "spa")).json().getString("client_id");
    Api.Reply known = api.post("/api/v1/auth/login",
        Json.createObjectBuilder().add("email", email).add("password", "correct-horse-1")
            .add("client_id", clientId).build().toString()).send();
    assertThat(known.status()).isEqualTo(200);
  }

  private void assertInvalid(JsonObjectBuilder body, String code, String field) {
    Api.Reply reply = create(body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(code);
    assertThat(reply.json().getJsonObject("details").getJsonObject("fields").containsKey(field))
        .as(reply.toString()).isTrue();
  }
}
