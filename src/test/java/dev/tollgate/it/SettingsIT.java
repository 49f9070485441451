package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runtime settings (SPEC §2, §10): configured defaults, overrides, validation. */
class SettingsIT {
  /** SPEC §2's defaults, with trusted_device_duration_days from the server's environment. */
  private static final JsonObject DEFAULTS =
      Json.createObjectBuilder()
          .add("mfa_policy", "disabled")
          .add("mfa_allowed_methods", "totp,passkey")
          .add("mfa_enforce_enrollment", false)
          .add("mfa_reauth_interval_minutes", 0)
          .add("trusted_device_duration_days", TollgateServer.CONFIGURED_TRUSTED_DEVICE_DAYS)
          .add("session_duration_days", 7)
          .add("token_duration_hours", 24)
          .add("mfa_max_attempts", 5)
          .add("mfa_lockout_minutes", 15)
          .add("login_max_attempts", 10)
          .add("password_min_length", 8)
          .build();

  private final Api api = Api.forServer();
  private Api.Session admin;
  private JsonObject original;

  @BeforeEach
  void remember() {
    admin = api.admin();
    original = get().json();
  }

  @AfterEach
  void restore() {
    assertThat(put(original.toString()).status()).isEqualTo(200);
  }

  private Api.Reply get() {
    return api.get("/api/v1/settings").bearer(admin.token()).send();
  }

  private Api.Reply put(String json) {
    return api.put("/api/v1/settings", json).bearer(admin.token()).send();
  }

  @Test
  void everySettingHasItsDefaultAndTheEnvironmentChangesOne() {
    // no overrides at all: what remains are the built-in and configured defaults
    api.server().database().update("DELETE FROM setting");
    Api.Reply refreshed = put("{}"); // a change on this node drops its cached values

    assertThat(refreshed.status()).isEqualTo(200);
    assertThat(refreshed.json()).isEqualTo(DEFAULTS);
    assertThat(get().json()).isEqualTo(DEFAULTS);
  }

  @Test
  void aSubsetChangesAtOnceAndTheFullMapComesBack() {
    Api.Reply reply = put("{\"password_min_length\": 12, \"mfa_policy\": \"optional\"}");

    assertThat(reply.status()).isEqualTo(200);
    JsonObject expected =
        Json.createObjectBuilder(original).add("password_min_length", 12).add("mfa_policy", "optional").build();
    assertThat(reply.json()).isEqualTo(expected);
    assertThat(get().json()).isEqualTo(expected);
    assertThat(api.get("/api/v1/me/password-policy").bearer(admin.token()).send().json().getInt("min_length"))
        .isEqualTo(12);
    Api.Reply elevenCharacters =
        api.post("/api/v1/users",
                "{\"email\":\"" + Api.uniqueEmail("policy") + "\",\"password\":\"eleven-char\"}")
            .bearer(admin.token()).send();
    assertThat(elevenCharacters.code()).isEqualTo("weak_password");
  }

  @Test
  void anOverrideWinsOverTheConfiguredDefault() {
    JsonObject reply = put("{\"trusted_device_duration_days\": 7}").json();

    assertThat(reply.getInt("trusted_device_duration_days")).isEqualTo(7);
    assertThat(get().json().getInt("trusted_device_duration_days")).isEqualTo(7);
  }

  @Test
  void bothBoundsAreAccepted() {
    assertThat(put("{\"mfa_reauth_interval_minutes\": 525600, \"session_duration_days\": 1}").status())
        .isEqualTo(200);
    assertThat(put("{\"mfa_reauth_interval_minutes\": 0, \"session_duration_days\": 365}").status())
        .isEqualTo(200);
    assertThat(get().json().getInt("session_duration_days")).isEqualTo(365);
  }

  @Test
  void allowedMethodsAreACommaListOrAnArray() {
    assertThat(put("{\"mfa_allowed_methods\": [\"passkey\"]}").json().getString("mfa_allowed_methods"))
        .isEqualTo("passkey");
    assertThat(put("{\"mfa_allowed_methods\": \"passkey,totp\"}").json().getString("mfa_allowed_methods"))
        .isEqualTo("totp,passkey");
    assertThat(put("{\"mfa_enforce_enrollment\": true}").json().getBoolean("mfa_enforce_enrollment")).isTrue();
  }

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of("{\"password_min_length\": 7}", "password_min_length"),
        Arguments.of("{\"password_min_length\": 129}", "password_min_length"),
        Arguments.of("{\"password_min_length\": \"12\"}", "password_min_length"),
        Arguments.of("{\"password_min_length\": 12.5}", "password_min_length"),
        Arguments.of("{\"password_min_length\": null}", "password_min_length"),
        Arguments.of("{\"password_min_length\": 18446744073709551626}", "password_min_length"),
        Arguments.of("{\"session_duration_days\": 0}", "session_duration_days"),
        Arguments.of("{\"token_duration_hours\": 721}", "token_duration_hours"),
        Arguments.of("{\"trusted_device_duration_days\": -1}", "trusted_device_duration_days"),
        Arguments.of("{\"mfa_max_attempts\": true}", "mfa_max_attempts"),
        Arguments.of("{\"mfa_enforce_enrollment\": \"true\"}", "mfa_enforce_enrollment"),
        Arguments.of("{\"mfa_policy\": \"sometimes\"}", "mfa_policy"),
        Arguments.of("{\"mfa_policy\": 1}", "mfa_policy"),
        Arguments.of("{\"mfa_allowed_methods\": \"\"}", "mfa_allowed_methods"),
        Arguments.of("{\"mfa_allowed_methods\": []}", "mfa_allowed_methods"),
        Arguments.of("{\"mfa_allowed_methods\": [\"sms\"]}", "mfa_allowed_methods"),
        Arguments.of("{\"no_such_setting\": 1}", "no_such_setting"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidValues")
  void anInvalidValueIsRefusedNamingItsKey(String body, String key) {
    Api.Reply reply = put(body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_setting");
    assertThat(reply.json().getJsonObject("details").getString("key")).isEqualTo(key);
    assertThat(reply.json().getString("message")).contains(key);
    assertThat(get().json()).isEqualTo(original);
  }

  @Test
  void oneBadKeyRejectsTheWholeRequest() {
    Api.Reply goodFirst = put("{\"password_min_length\": 20, \"mfa_max_attempts\": 0}");
    Api.Reply badFirst = put("{\"mfa_policy\": \"never\", \"login_max_attempts\": 3}");

    assertThat(goodFirst.code()).isEqualTo("invalid_setting");
    assertThat(goodFirst.json().getJsonObject("details").getString("key")).isEqualTo("mfa_max_attempts");
    assertThat(badFirst.json().getJsonObject("details").getString("key")).isEqualTo("mfa_policy");
    assertThat(get().json()).isEqualTo(original);
  }

  @Test
  void aBodyThatIsNotAnObjectIsInvalidJson() {
    for (String body : new String[] {"[]", "null", "12", "{\"password_min_length\":"}) {
      Api.Reply reply = put(body);
      assertThat(reply.status()).as(body).isEqualTo(400);
      assertThat(reply.header("Content-Type")).as(body).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(reply.code()).as(body).isEqualTo("invalid_json");
    }
    assertThat(get().json()).isEqualTo(original);
  }

  @Test
  void aUserWhoIsNotAnAdministratorCanNeitherReadNorChangeSettings() {
    String email = Api.uniqueEmail("settings-user");
    api.createUser(admin, email, "correct-horse-1", false);
    Api.Session user = api.login(email, "correct-horse-1");

    Api.Reply read = api.get("/api/v1/settings").bearer(user.token()).send();
    Api.Reply write = api.put("/api/v1/settings", "{\"password_min_length\": 30}").bearer(user.token()).send();

    assertThat(read.status()).isEqualTo(403);
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.code()).isEqualTo("forbidden");
    assertThat(get().json()).isEqualTo(original);
  }
}
