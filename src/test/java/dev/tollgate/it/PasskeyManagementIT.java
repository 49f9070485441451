package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A user's own passkeys: list, rename, remove (SPEC §7), and nobody else's (SPEC §14). */
class PasskeyManagementIT {
  private final Api api = Api.forServer();
  private final PasskeyClient passkeys = new PasskeyClient(api);

  @Test
  void registerListRenameDelete() {
    String token = Accounts.newUserToken(api, "manage");
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    String id = passkeys.register(token, authenticator, null).json().getString("id");
    passkeys.stepUp(token, authenticator);

    JsonArray listed = passkeys.list(token).array();
    assertThat(listed).hasSize(1);
    assertThat(listed.getJsonObject(0).getString("id")).isEqualTo(id);
    assertThat(listed.getJsonObject(0).keySet()).containsExactlyInAnyOrder("id", "name", "created_at", "last_used_at");

    Api.Reply renamed = rename(token, id, "{\"name\": \" Work laptop \"}");
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().getString("name")).isEqualTo("Work laptop");
    assertThat(renamed.json().getString("id")).isEqualTo(id);
    assertThat(passkeys.list(token).array().getJsonObject(0).getString("name")).isEqualTo("Work laptop");

    Api.Reply removed = api.delete("/api/v1/mfa/passkeys/" + id).bearer(token).send();
    assertThat(removed.status()).isEqualTo(204);
    assertThat(passkeys.list(token).array()).isEmpty();
  }

  @Test
  void aUserMayHaveSeveralPasskeysListedOldestFirst() {
    String token = Accounts.newUserToken(api, "several");
    SoftwareAuthenticator first = SoftwareAuthenticator.create();
    passkeys.register(token, first, "First");
    passkeys.stepUp(token, first);
    passkeys.register(token, SoftwareAuthenticator.create(), "Second");
    passkeys.register(token, SoftwareAuthenticator.create(), "Third");

    assertThat(passkeys.list(token).array())
        .extracting(p -> p.asJsonObject().getString("name"))
        .containsExactly("First", "Second", "Third");
  }

  @Test
  void anotherUsersPasskeyIsNotFound() {
    String owner = Accounts.newUserToken(api, "owner");
    String id = passkeys.register(owner, SoftwareAuthenticator.create(), "Mine").json().getString("id");
    String intruder = Accounts.newUserToken(api, "intruder");

    Api.Reply renamed = rename(intruder, id, "{\"name\": \"Stolen\"}");
    Api.Reply removed = api.delete("/api/v1/mfa/passkeys/" + id).bearer(intruder).send();

    assertThat(renamed.status()).isEqualTo(404);
    assertThat(renamed.code()).isEqualTo("not_found");
    assertThat(removed.status()).isEqualTo(404);
    assertThat(passkeys.list(intruder).array()).isEmpty();
    assertThat(passkeys.list(owner).array().getJsonObject(0).getString("name")).isEqualTo("Mine");
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() {
    String token = Accounts.newUserToken(api, "ids");

    for (String id : new String[] {UUID.randomUUID().toString(), "not-a-uuid", "1"}) {
      assertThat(rename(token, id, "{\"name\": \"x\"}").status()).as(id).isEqualTo(404);
      assertThat(api.delete("/api/v1/mfa/passkeys/" + id).bearer(token).send().status()).as(id).isEqualTo(404);
    }
  }

  @Test
  void badNamesAreRefused() {
    String token = Accounts.newUserToken(api, "names");
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    String id = passkeys.register(token, authenticator, null).json().getString("id");
    passkeys.stepUp(token, authenticator);

    for (String body : new String[] {"{}", "{\"name\": \"\"}", "{\"name\": \"   \"}",
        "{\"name\": \"" + "x".repeat(101) + "\"}", "{\"name\": \"a\\u0000b\"}"}) {
      Api.Reply reply = rename(token, id, body);
      assertThat(reply.status()).as(body).isEqualTo(400);
      assertThat(reply.code()).as(body).isEqualTo("validation_failed");
    }
    assertThat(rename(token, id, "{\"name\": 5").code()).isEqualTo("invalid_json");
    assertThat(passkeys.list(token).array().getJsonObject(0).getString("name")).isEqualTo("Passkey 1");
  }

  @Test
  void renameAndRemovalAreAudited() {
    String token = Accounts.newUserToken(api, "audited");
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    String id = passkeys.register(token, authenticator, "Old").json().getString("id");
    passkeys.stepUp(token, authenticator);

    rename(token, id, "{\"name\": \"New\"}");
    api.delete("/api/v1/mfa/passkeys/" + id).bearer(token).send();

    JsonObject renamed = auditDetails(token, "passkey_renamed");
    assertThat(renamed.getString("from")).isEqualTo("Old");
    assertThat(renamed.getString("to")).isEqualTo("New");
    JsonObject removed = auditDetails(token, "mfa_removed");
    assertThat(removed.getString("passkey_id")).isEqualTo(id);
    assertThat(removed.getString("method")).isEqualTo("passkey");
  }

  @Test
  void renameAndRemoveNeedARecentVerification() {
    String token = Accounts.newUserToken(api, "recent");
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    String id = passkeys.register(token, authenticator, "Kept").json().getString("id");

    Api.Reply renamed = rename(token, id, "{\"name\": \"Changed\"}");
    Api.Reply removed = api.delete("/api/v1/mfa/passkeys/" + id).bearer(token).send();

    assertThat(renamed.status()).isEqualTo(403);
    assertThat(renamed.code()).isEqualTo("mfa_reauth_required");
    assertThat(removed.code()).isEqualTo("mfa_reauth_required");
    assertThat(passkeys.list(token).array().getJsonObject(0).getString("name")).isEqualTo("Kept");
  }

  @Test
  void theOverviewCountsPasskeys() {
    String token = Accounts.newUserToken(api, "count");
    SoftwareAuthenticator first = SoftwareAuthenticator.create();
    assertThat(api.get("/api/v1/mfa").bearer(token).send().json().getInt("passkeys")).isZero();
    passkeys.register(token, first, null);
    passkeys.stepUp(token, first);
    passkeys.register(token, SoftwareAuthenticator.create(), null);

    assertThat(api.get("/api/v1/mfa").bearer(token).send().json().getInt("passkeys")).isEqualTo(2);
  }

  @Test
  void managementNeedsASignedInUser() {
    assertThat(api.get("/api/v1/mfa/passkeys").send().status()).isEqualTo(401);
    assertThat(api.delete("/api/v1/mfa/passkeys/" + UUID.randomUUID()).send().status()).isEqualTo(401);
  }

  private Api.Reply rename(String token, String id, String body) {
    return api.patch("/api/v1/mfa/passkeys/" + id, body).bearer(token).send();
  }

  private JsonObject auditDetails(String token, String type) {
    String userId = api.get("/api/v1/me").bearer(token).send().json().getString("id");
    Api.Reply events =
        api.get("/api/v1/audit?user_id=" + userId + "&type=" + type).bearer(Accounts.admin(api).token()).send();
    return events.json().getJsonArray("data").getJsonObject(0).getJsonObject("details");
  }
}
