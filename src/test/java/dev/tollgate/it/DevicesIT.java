package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * /api/v1/me/devices (SPEC §8). Trust tokens are placed through the database side door here;
 * TrustedDeviceLoginIT obtains them from real logins with a verified second factor.
 */
class DevicesIT {
  private static final String PASSWORD = "correct-horse-1";
  private final Api api = Api.forServer();
  private final TrustedDeviceRows rows = new TrustedDeviceRows(api);

  @AfterEach
  void restoreSettings() {
    api.put("/api/v1/settings", "{\"trusted_device_duration_days\": " + TollgateServer.CONFIGURED_TRUSTED_DEVICE_DAYS + "}")
        .bearer(api.admin().token())
        .send();
  }

  private record Account(String id, String email, Api.Session session) {}

  private Account newAccount(String prefix) {
    String email = Api.uniqueEmail(prefix);
    String id = api.createUser(api.admin(), email, PASSWORD, false);
    return new Account(id, email, api.login(email, PASSWORD));
  }

  private Api.Reply trust(Account account, String token, String name) {
    var body = Json.createObjectBuilder().add("trust_device_token", token);
    if (name != null) {
      body.add("name", name);
    }
    return api.post("/api/v1/me/devices", body.build().toString()).bearer(account.session().token()).send();
  }

  private JsonArray list(Account account) {
    Api.Reply reply = api.get("/api/v1/me/devices").bearer(account.session().token()).send();
    assertThat(reply.status()).isEqualTo(200);
    return reply.array();
  }

  private JsonArray audit(Account account, String type) {
    return api.get("/api/v1/audit?type=" + type + "&user_id=" + account.id())
        .bearer(api.admin().token())
        .send()
        .json()
        .getJsonArray("data");
  }

  @Test
  void trustingAnswers201WithTheDeviceAndAStrictHttpOnlyCookie() {
    Account a = newAccount("trust");

    Api.Reply reply = trust(a, rows.insertTrustToken(a.id()), "Work laptop");

    assertThat(reply.status()).isEqualTo(201);
    JsonObject device = reply.json();
    assertThat(device.getString("name")).isEqualTo("Work laptop");
    Instant created = Instant.parse(device.getString("created_at"));
    assertThat(device.getString("last_seen_at")).isEqualTo(device.getString("created_at"));
    assertThat(Duration.between(created, Instant.parse(device.getString("expires_at"))))
        .isEqualTo(Duration.ofDays(TollgateServer.CONFIGURED_TRUSTED_DEVICE_DAYS));
    assertThat(device.getString("id")).isNotBlank();
    String header = reply.setCookie("idp_device").orElseThrow();
    String value = reply.cookie("idp_device").orElseThrow();
    assertThat(value).matches("[A-Za-z0-9_-]{43}");
    assertThat(DeviceCookies.attributes(header))
        .contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/",
            "Max-Age=" + TollgateServer.CONFIGURED_TRUSTED_DEVICE_DAYS * 86400)
        .noneMatch(attribute -> attribute.startsWith("Domain="));
    assertThat(list(a)).hasSize(1);
  }

  @Test
  void onlyAHashOfTheCookieIsStored() {
    Account a = newAccount("hashed");

    String value = trust(a, rows.insertTrustToken(a.id()), null).cookie("idp_device").orElseThrow();

    Object raw = api.server().database().queryValue(
        "SELECT COUNT(*) FROM trusted_device WHERE cookie_hash = ? OR name = ?", value, value);
    Object hashed = api.server().database().queryValue(
        "SELECT COUNT(*) FROM trusted_device WHERE cookie_hash = ?", rows.hash(value));
    assertThat(((Number) raw).intValue()).isZero();
    assertThat(((Number) hashed).intValue()).isEqualTo(1);
  }

  @Test
  void theTrustTokenIsSingleUse() {
    Account a = newAccount("once");
    String token = rows.insertTrustToken(a.id());
    assertThat(trust(a, token, null).status()).isEqualTo(201);

    Api.Reply again = trust(a, token, null);

    assertThat(again.status()).isEqualTo(400);
    assertThat(again.code()).isEqualTo("invalid_trust_device_token");
    assertThat(again.setCookie("idp_device")).isEmpty();
    assertThat(list(a)).hasSize(1);
  }

  @Test
  void anExpiredTrustTokenIsRefused() {
    Account a = newAccount("late");
    String token = rows.insertTrustToken(a.id());
    api.server().database().update(
        "UPDATE device_trust_token SET expires_at = ? WHERE token_hash = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), rows.hash(token));

    Api.Reply reply = trust(a, token, null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_trust_device_token");
    assertThat(list(a)).isEmpty();
    assertThat(audit(a, "device_trust_refused").getJsonObject(0).getJsonObject("details").getString("reason"))
        .isEqualTo("expired");
  }

  @Test
  void anotherUsersTrustTokenIsRefusedAndStaysUsableByItsOwner() {
    Account owner = newAccount("owner");
    Account thief = newAccount("thief");
    String token = rows.insertTrustToken(owner.id());

    Api.Reply stolen = trust(thief, token, null);

    assertThat(stolen.status()).isEqualTo(400);
    assertThat(stolen.code()).isEqualTo("invalid_trust_device_token");
    assertThat(stolen.setCookie("idp_device")).isEmpty();
    assertThat(list(thief)).isEmpty();
    assertThat(audit(thief, "device_trust_refused").getJsonObject(0).getJsonObject("details").getString("reason"))
        .isEqualTo("other_user");
    assertThat(trust(owner, token, null).status()).isEqualTo(201);
  }

  @Test
  void unknownMissingAndOversizedInputIsRefused() {
    Account a = newAccount("bad");

    Api.Reply unknown = trust(a, "no-such-token", null);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("invalid_trust_device_token");
    Api.Reply missing = api.post("/api/v1/me/devices", "{\"name\":\"x\"}").bearer(a.session().token()).send();
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("validation_failed");
    Api.Reply longName = trust(a, rows.insertTrustToken(a.id()), "n".repeat(101));
    assertThat(longName.status()).isEqualTo(400);
    assertThat(longName.code()).isEqualTo("validation_failed");
    Api.Reply huge = trust(a, "t".repeat(600), null);
    assertThat(huge.code()).isEqualTo("invalid_trust_device_token");
    assertThat(api.post("/api/v1/me/devices", "{\"trust_device_token\":").bearer(a.session().token()).send().code())
        .isEqualTo("invalid_json");
    assertThat(list(a)).isEmpty();
  }

  @Test
  void withTrustedDevicesOffNoDeviceIsTrusted() {
    Account a = newAccount("off");
    String token = rows.insertTrustToken(a.id());
    api.put("/api/v1/settings", "{\"trusted_device_duration_days\": 0}").bearer(api.admin().token()).send();

    Api.Reply reply = trust(a, token, null);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("trusted_devices_disabled");
    assertThat(list(a)).isEmpty();
  }

  @Test
  void withoutANameTheBrowserNamesTheDevice() {
    Account a = newAccount("ua");

    Api.Reply reply =
        api.post("/api/v1/me/devices", "{\"trust_device_token\":\"" + rows.insertTrustToken(a.id()) + "\"}")
            .bearer(a.session().token())
            .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0")
            .send();

    assertThat(reply.json().getString("name")).isEqualTo("Firefox on Linux");
  }

  @Test
  void trustingIsAudited() {
    Account a = newAccount("audit");

    String id = trust(a, rows.insertTrustToken(a.id()), "Desk").json().getString("id");

    JsonObject details = audit(a, "device_trusted").getJsonObject(0).getJsonObject("details");
    assertThat(details.getString("device_id")).isEqualTo(id);
    assertThat(details.getString("name")).isEqualTo("Desk");
  }

  @Test
  void theListIsABareArrayOfTrustedDevicesNewestFirst() {
    Account a = newAccount("list");
    String old = rows.insertDevice(a.id(), "old", 5, 30);
    String recent = rows.insertDevice(a.id(), "recent", 1, 30);
    rows.insertDevice(a.id(), "expired", 40, 30);
    String revoked = rows.insertDevice(a.id(), "revoked", 2, 30);
    api.server().database().update(
        "UPDATE trusted_device SET revoked_at = ?, revoked_reason = 'user' WHERE id = ?",
        OffsetDateTime.now(ZoneOffset.UTC), UUID.fromString(revoked));

    JsonArray devices = list(a);

    assertThat(devices).hasSize(2);
    assertThat(devices.getJsonObject(0).getString("id")).isEqualTo(recent);
    assertThat(devices.getJsonObject(1).getString("id")).isEqualTo(old);
    assertThat(devices.getJsonObject(0).keySet())
        .containsExactlyInAnyOrder("id", "name", "created_at", "last_seen_at", "expires_at");
  }

  @Test
  void theOwnerRevokesADeviceWithoutAnyRecentVerification() {
    Account a = newAccount("revoke");
    String id = rows.insertDevice(a.id(), "lost phone", 1, 30);

    Api.Reply reply = api.delete("/api/v1/me/devices/" + id).bearer(a.session().token()).send();

    assertThat(reply.status()).isEqualTo(204);
    assertThat(list(a)).isEmpty();
    assertThat(rows.revokedReason(id)).isEqualTo("user");
    JsonObject details = audit(a, "trusted_device_revoked").getJsonObject(0).getJsonObject("details");
    assertThat(details.getString("device_id")).isEqualTo(id);
    assertThat(details.getString("reason")).isEqualTo("user");
    assertThat(api.delete("/api/v1/me/devices/" + id).bearer(a.session().token()).send().status()).isEqualTo(404);
  }

  @Test
  void anotherUsersDeviceIsNotFound() {
    Account owner = newAccount("mine");
    Account other = newAccount("yours");
    String id = rows.insertDevice(owner.id(), "desk", 1, 30);

    Api.Reply reply = api.delete("/api/v1/me/devices/" + id).bearer(other.session().token()).send();

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.code()).isEqualTo("not_found");
    assertThat(list(owner)).hasSize(1);
    assertThat(rows.revokedReason(id)).isNull();
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() {
    Account a = newAccount("ids");

    assertThat(api.delete("/api/v1/me/devices/" + UUID.randomUUID()).bearer(a.session().token()).send().status())
        .isEqualTo(404);
    assertThat(api.delete("/api/v1/me/devices/not-a-uuid").bearer(a.session().token()).send().status())
        .isEqualTo(404);
  }

  @Test
  void anonymousCallersAreRefused() {
    assertThat(api.get("/api/v1/me/devices").send().status()).isEqualTo(401);
    assertThat(api.post("/api/v1/me/devices", "{\"trust_device_token\":\"x\"}").send().status()).isEqualTo(401);
    assertThat(api.delete("/api/v1/me/devices/" + UUID.randomUUID()).send().status()).isEqualTo(401);
  }

  @Test
  void aPasswordChangeRevokesEveryDeviceAndOutstandingTrustToken() {
    Account a = newAccount("pwchange");
    String first = rows.insertDevice(a.id(), "one", 2, 30);
    String second = rows.insertDevice(a.id(), "two", 1, 30);
    String token = rows.insertTrustToken(a.id());

    Api.Reply changed =
        api.put("/api/v1/me/password", "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"new-horse-22\"}")
            .bearer(a.session().token())
            .send();

    assertThat(changed.status()).isEqualTo(204);
    assertThat(list(a)).isEmpty();
    assertThat(rows.revokedReason(first)).isEqualTo("password_changed");
    assertThat(rows.revokedReason(second)).isEqualTo("password_changed");
    assertThat(audit(a, "trusted_device_revoked")).hasSize(2);
    assertThat(trust(a, token, null).code()).isEqualTo("invalid_trust_device_token");
  }

  @Test
  void deactivationRevokesEveryDevice() {
    Account a = newAccount("deact");
    String id = rows.insertDevice(a.id(), "one", 1, 30);

    api.put("/api/v1/users/" + a.id(), "{\"is_active\": false}").bearer(api.admin().token()).send();

    assertThat(rows.revokedReason(id)).isEqualTo("deactivated");
  }
}
