package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onelogin.saml2.authn.AuthnRequest;
import dev.tollgate.testing.saml.TestServiceProvider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SAML applications for the tests: a registered app whose SP is OneLogin java-saml configured
 * from Tollgate's metadata, and helpers to send its AuthnRequests and read the auto-post form.
 */
final class SamlFixtures {
  private static final Pattern FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"([A-Za-z]+)\" value=\"([^\"]*)\">");
  private static final Pattern ACTION = Pattern.compile("<form id=\"saml-autopost\" method=\"post\" action=\"([^\"]*)\">");

  private final Api api;
  private final Api.Session admin;

  SamlFixtures(Api api, Api.Session admin) {
    this.api = api;
    this.admin = admin;
  }

  /** A SAML application and the java-saml SP that talks to it. */
  record SamlApp(String id, String clientId, TestServiceProvider sp) {
    String path(String endpoint) {
      return "/saml/" + id + "/" + endpoint;
    }
  }

  SamlApp app(String mfaPolicy, boolean requireSignedRequests) {
    JsonObject created = createApp("saml", mfaPolicy);
    String id = created.getString("id");
    String sp = "https://sp-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
    Api.Reply metadata = api.get("/saml/" + id + "/metadata").send();
    assertThat(metadata.status()).as(metadata.toString()).isEqualTo(200);
    TestServiceProvider provider = TestServiceProvider.of(sp + "/metadata", sp + "/acs", sp + "/slo", metadata.body());
    JsonObjectBuilder settings =
        Json.createObjectBuilder()
            .add("entity_id", provider.entityId())
            .add("acs_url", provider.acsUrl())
            .add("slo_url", sp + "/slo")
            .add("attribute_mappings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "mail").add("value", "${email}"))
                .add(Json.createObjectBuilder().add("name", "displayName").add("value", "${first_name} ${last_name}"))
                .add(Json.createObjectBuilder().add("name", "groups").add("value", "${groups}").add("format", "uri")));
    if (requireSignedRequests) {
      settings.add("sp_signing_cert", provider.certificatePem());
    }
    Api.Reply put = putSettings(id, settings.build().toString());
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    return new SamlApp(id, created.getString("client_id"), provider);
  }

  JsonObject createApp(String type, String mfaPolicy) {
    Api.Reply reply =
        api.post("/api/v1/applications",
                Json.createObjectBuilder().add("name", "SAML " + UUID.randomUUID()).add("type", type)
                    .add("mfa_policy", mfaPolicy).build().toString())
            .bearer(admin.token())
            .send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  Api.Reply putSettings(String appId, String json) {
    return api.put("/api/v1/applications/" + appId + "/saml", json).bearer(admin.token()).send();
  }

  /** {@code GET /saml/{id}/sso?<query>} with the browser's {@code idp_sid}, if any. */
  Api.Reply sso(SamlApp app, String query, String sessionCookie) {
    return withSession(api.get(app.path("sso") + "?" + query), sessionCookie).send();
  }

  Api.Reply follow(String location, String sessionCookie) {
    return withSession(api.get(location), sessionCookie).send();
  }

  static Api.Call withSession(Api.Call call, String sessionCookie) {
    call.replaceHeader("Accept", "text/html");
    return sessionCookie == null ? call : call.cookie("idp_sid", sessionCookie);
  }

  static String query(SamlApp app, AuthnRequest request, String relayState) {
    return app.sp().redirectQuery(request, relayState, false);
  }

  /** The auto-post form of an answer: its action and one hidden field. */
  static String field(Api.Reply reply, String name) {
    Matcher m = FIELD.matcher(reply.body());
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
            .replace("&gt;", ">").replace("&amp;", "&");
      }
    }
    throw new AssertionError("no field " + name + " in " + reply);
  }

  static Optional<String> action(Api.Reply reply) {
    Matcher m = ACTION.matcher(reply.body());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The local continuation path a redirect to the login page carries in {@code return}. */
  static String continuation(Api.Reply redirect) {
    String location = redirect.header("Location").orElseThrow();
    Matcher m = Pattern.compile("[?&]return=([^&]*)").matcher(location);
    assertThat(m.find()).as(location).isTrue();
    return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The error code an error page shows. */
  static String errorCode(Api.Reply reply) {
    Matcher m = Pattern.compile("<code id=\"error-code\">([a-z_]+)</code>").matcher(reply.body());
    return m.find() ? m.group(1) : "none: " + reply;
  }

  int auditCount(String type, String userId) {
    return api.get("/api/v1/audit?type=" + type + (userId == null ? "" : "&user_id=" + userId))
        .bearer(admin.token()).send().json().getInt("total");
  }
}
