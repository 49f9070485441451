package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code PUT/GET /api/v1/applications/{id}/saml}: defaults, validation, who may, and the view. */
class SamlSettingsIT {
  private final Api api = Api.forServer();
  private final Api.Session admin = Accounts.admin(api);
  private final SamlFixtures saml = new SamlFixtures(api, admin);

  private static String minimal(String entityId) {
    return Json.createObjectBuilder().add("entity_id", entityId).add("acs_url", "https://sp.test/acs")
        .build().toString();
  }

  @Test
  void absentKeysTakeTheDefaultsAndTheApplicationViewShowsThem() {
    String id = saml.createApp("saml", "inherit").getString("id");

    Api.Reply put = saml.putSettings(id, minimal("https://sp.test/metadata"));

    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    JsonObject settings = put.json();
    assertThat(settings.getString("name_id_format")).isEqualTo("emailAddress");
    assertThat(settings.getString("name_id_attribute")).isEqualTo("email");
    assertThat(settings.getInt("assertion_lifetime_secs")).isEqualTo(300);
    assertThat(settings.getBoolean("sign_assertions")).isTrue();
    assertThat(settings.getBoolean("sign_response")).isFalse();
    assertThat(settings.getJsonArray("attribute_mappings")).isEmpty();
    assertThat(settings.getString("idp_entity_id")).endsWith("/saml/" + id + "/metadata");
    assertThat(settings.getString("idp_sso_url")).endsWith("/saml/" + id + "/sso");
    JsonObject view = api.get("/api/v1/applications/" + id).bearer(admin.token()).send().json();
    assertThat(view.getJsonObject("saml").getString("entity_id")).isEqualTo("https://sp.test/metadata");
    assertThat(api.get("/api/v1/applications/" + id + "/saml").bearer(admin.token()).send().json())
        .isEqualTo(settings);
  }

  @Test
  void everyKeyCanBeSetAndIsReturned() {
    String id = saml.createApp("saml", "inherit").getString("id");
    String body =
        Json.createObjectBuilder()
            .add("entity_id", "urn:sp:full").add("acs_url", "https://sp.test/acs")
            .add("slo_url", "https://sp.test/slo").add("name_id_format", "persistent")
            .add("name_id_attribute", "id").add("assertion_lifetime_secs", 120)
            .add("sign_assertions", false).add("sign_response", true)
            .add("attribute_mappings", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("name", "cn").add("value", "${first_name} ${last_name}").add("format", "unspecified")))
            .build().toString();

    JsonObject saved = saml.putSettings(id, body).json();

    assertThat(saved.getString("name_id_format")).isEqualTo("persistent");
    assertThat(saved.getString("name_id_attribute")).isEqualTo("id");
    assertThat(saved.getInt("assertion_lifetime_secs")).isEqualTo(120);
    assertThat(saved.getBoolean("sign_response")).isTrue();
    assertThat(saved.getString("slo_url")).isEqualTo("https://sp.test/slo");
    assertThat(saved.getJsonArray("attribute_mappings").getJsonObject(0).getString("format")).isEqualTo("unspecified");
  }

  @Test
  void badInputIsA400NamingTheFieldAndChangesNothing() {
    String id = saml.createApp("saml", "inherit").getString("id");
    assertThat(saml.putSettings(id, minimal("urn:sp:kept")).status()).isEqualTo(200);
    String[] bad = {
      "{\"acs_url\":\"https://sp.test/acs\"}",
      "{\"entity_id\":\"urn:x\",\"acs_url\":\"javascript:alert(1)\"}",
      "{\"entity_id\":\"urn:x\",\"acs_url\":\"https://sp.test/acs\",\"name_id_format\":\"transient\"}",
      "{\"entity_id\":\"urn:x\",\"acs_url\":\"https://sp.test/acs\",\"name_id_attribute\":\"password\"}",
      "{\"entity_id\":\"urn:x\",\"acs_url\":\"https://sp.test/acs\",\"assertion_lifetime_secs\":5}",
      "{\"entity_id\":\"urn:x\",\"acs_url\":\"https://sp.test/acs\",\"sign_assertions\":false,\"sign_response\":false}",
      "{\"entity_id\":\"urn:x\",\"acs_url\":\"https://sp.test/acs\",\"sp_signing_cert\":\"not a certificate\"}",
      "{\"entity_id\":\"urn:x\",\"acs_url\":\"https://sp.test/acs\",\"attribute_mappings\":[{\"name\":\"a\",\"value\":\"${password_hash}\"}]}",
      "{\"entity_id\":\"urn:x\",\"acs_url\":\"https://sp.test/acs\",\"attribute_mappings\":[{\"name\":\"a\",\"value\":\"x\",\"format\":\"weird\"}]}",
      "{\"entity_id\":\"urn:x\",\"acs_url\":\"https://sp.test/acs\",\"assertion_lifetime_secs\":\"long\"}",
    };
    for (String body : bad) {
      Api.Reply reply = saml.putSettings(id, body);
      assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(400);
      assertThat(reply.json().getString("code")).isIn("validation_failed", "invalid_json");
      assertThat(reply.json().getString("message")).isNotBlank();
    }
    assertThat(api.get("/api/v1/applications/" + id + "/saml").bearer(admin.token()).send().json()
            .getString("entity_id"))
        .isEqualTo("urn:sp:kept");
  }

  @Test
  void onlySamlApplicationsHaveSamlSettings() {
    String oidc = saml.createApp("oidc", "inherit").getString("id");

    Api.Reply reply = saml.putSettings(oidc, minimal("urn:sp:oidc"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonObject("details").getJsonObject("fields").containsKey("type")).isTrue();
  }

  @Test
  void anUnknownApplicationIs404() {
    assertThat(saml.putSettings(UUID.randomUUID().toString(), minimal("urn:x")).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/applications/" + UUID.randomUUID() + "/saml").bearer(admin.token()).send().status())
        .isEqualTo(404);
    String unconfigured = saml.createApp("saml", "inherit").getString("id");
    assertThat(api.get("/api/v1/applications/" + unconfigured + "/saml").bearer(admin.token()).send().code())
        .isEqualTo("not_found");
  }

  @Test
  void onlyAdministratorsMaySeeOrChangeThem() {
    String id = saml.createApp("saml", "inherit").getString("id");
    String user = Accounts.newUserToken(api, "saml-settings");

    assertThat(api.put("/api/v1/applications/" + id + "/saml", minimal("urn:x")).bearer(user).send().status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/applications/" + id + "/saml").bearer(user).send().status()).isEqualTo(403);
    assertThat(api.put("/api/v1/applications/" + id + "/saml", minimal("urn:x")).send().status()).isEqualTo(401);
  }

  @Test
  void aChangeIsAudited() {
    String id = saml.createApp("saml", "inherit").getString("id");
    int before = saml.auditCount("application_updated", null);

    saml.putSettings(id, minimal("urn:sp:audited"));

    assertThat(saml.auditCount("application_updated", null)).isEqualTo(before + 1);
  }
}
