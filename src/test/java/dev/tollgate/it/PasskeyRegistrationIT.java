package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import dev.tollgate.testing.webauthn.Tamper;
import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Passkey registration against the real server (SPEC §7), each refusal on its own. */
class PasskeyRegistrationIT {
  private final Api api = Api.forServer();
  private final PasskeyClient passkeys = new PasskeyClient(api);

  private Api.Session admin() {
    return Accounts.admin(api);
  }

  @AfterEach
  void restoreSettings() {
    api.put("/api/v1/settings", "{\"mfa_allowed_methods\": \"totp,passkey\"}").bearer(admin().token()).send();
  }

  private String newUserToken() {
    return Accounts.newUserToken(api, "passkey");
  }

  @Test
  void beginHandsOutCreationOptionsForThisServer() {
    String token = newUserToken();

    Api.Reply reply = passkeys.begin(token, null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("session")).hasSizeGreaterThan(40);
    JsonObject options = reply.json().getJsonObject("publicKey");
    assertThat(options.getJsonObject("rp").getString("id")).isEqualTo("localhost");
    assertThat(options.getJsonObject("user").getString("name")).endsWith("@tollgate.test");
    assertThat(options.getString("challenge")).matches("[A-Za-z0-9_-]{43}");
    assertThat(options.getString("attestation")).isEqualTo("none");
    assertThat(options.getJsonArray("pubKeyCredParams")).hasSize(2);
  }

  @Test
  void theUserHandleIsStableOpaqueAndNotTheUserId() {
    String token = newUserToken();
    String userId = api.get("/api/v1/me").bearer(token).send().json().getString("id");

    String first = passkeys.begin(token, null).json().getJsonObject("publicKey").getJsonObject("user").getString("id");
    String second = passkeys.begin(token, null).json().getJsonObject("publicKey").getJsonObject("user").getString("id");

    assertThat(first).isEqualTo(second).hasSize(43);
    assertThat(new String(java.util.Base64.getUrlDecoder().decode(first), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(userId);
  }

  @Test
  void finishStoresThePasskeyAndAnswers201WithNullLastUse() {
    String token = newUserToken();

    Api.Reply reply = passkeys.register(token, SoftwareAuthenticator.create(), null);

    assertThat(reply.status()).isEqualTo(201);
    JsonObject body = reply.json();
    assertThat(body.getString("id")).matches("[0-9a-f-]{36}");
    assertThat(body.getString("name")).isEqualTo("Passkey 1");
    assertThat(Instant.parse(body.getString("created_at"))).isBefore(Instant.now().plusSeconds(5));
    assertThat(body.containsKey("last_used_at")).isTrue();
    assertThat(body.isNull("last_used_at")).isTrue();
  }

  @Test
  void namesComeFromFinishThenBeginThenACounter() {
    String token = newUserToken();
    SoftwareAuthenticator first = SoftwareAuthenticator.create();
    assertThat(passkeys.register(token, first, null).json().getString("name")).isEqualTo("Passkey 1");
    passkeys.stepUp(token, first);
    assertThat(passkeys.register(token, SoftwareAuthenticator.create(), "Phone").json().getString("name")).isEqualTo("Phone");

    Api.Reply begun = passkeys.begin(token, "Laptop");
    JsonObject credential = SoftwareAuthenticator.create().register(begun.json().getJsonObject("publicKey"), passkeys.origin());
    Api.Reply finished = passkeys.finish(token, begun.json().getString("session"), credential, null);

    assertThat(finished.json().getString("name")).isEqualTo("Laptop");
    assertThat(passkeys.register(token, SoftwareAuthenticator.create(), null).json().getString("name")).isEqualTo("Passkey 4");
  }

  @Test
  void packedSelfAttestationIsAccepted() {
    String token = newUserToken();

    Api.Reply reply = passkeys.register(token, SoftwareAuthenticator.create(), Tamper.none(passkeys.origin()).packed(), null);

    assertThat(reply.status()).isEqualTo(201);
  }

  @Test
  void excludeCredentialsListsThePasskeysAlreadyRegistered() {
    String token = newUserToken();
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    passkeys.register(token, authenticator, null);
    passkeys.stepUp(token, authenticator);

    JsonObject options = passkeys.begin(token, null).json().getJsonObject("publicKey");

    assertThat(authenticator.isExcludedBy(options)).isTrue();
    assertThat(SoftwareAuthenticator.create().isExcludedBy(options)).isFalse();
  }

  @Test
  void theSameCredentialCannotBeRegisteredTwice() {
    String token = newUserToken();
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    passkeys.register(token, authenticator, null);
    passkeys.stepUp(token, authenticator);

    Api.Reply again = passkeys.register(token, authenticator, null);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("passkey_already_registered");
    assertThat(passkeys.list(token).array()).hasSize(1);
  }

  @Test
  void anotherUserCannotRegisterAKnownCredentialId() {
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    passkeys.register(newUserToken(), authenticator, null);

    Api.Reply reply = passkeys.register(newUserToken(), authenticator.withForeignKeySameId(), null);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.code()).isEqualTo("passkey_already_registered");
  }

  @Test
  void wrongOriginIsRefusedAndAudited() {
    String token = newUserToken();

    Api.Reply reply = passkeys.register(token, SoftwareAuthenticator.create(), Tamper.none("http://evil.localhost:1"), null);

    assertRefused(reply, "origin");
    assertThat(passkeys.list(token).array()).isEmpty();
    assertAudited(token, "mfa_enrollment_failed", "origin");
  }

  @Test
  void wrongRpIdIsRefused() {
    assertRefused(register(Tamper.none(passkeys.origin()).rpId("example.com")), "rp_id");
  }

  @Test
  void wrongChallengeIsRefused() {
    assertRefused(register(Tamper.none(passkeys.origin()).challenge("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")), "challenge");
  }

  @Test
  void aBadAttestationSignatureIsRefused() {
    assertRefused(register(Tamper.none(passkeys.origin()).packed().badSignature()), "signature");
  }

  @Test
  void aSessionIsSingleUseEvenAfterAFailure() {
    String token = newUserToken();
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    Api.Reply begun = passkeys.begin(token, null);
    JsonObject options = begun.json().getJsonObject("publicKey");
    String session = begun.json().getString("session");
    passkeys.finish(token, session, authenticator.register(options, Tamper.none("http://evil.localhost:1")), null);

    Api.Reply retry = passkeys.finish(token, session, authenticator.register(options, passkeys.origin()), null);

    assertThat(retry.status()).isEqualTo(400);
    assertThat(retry.code()).isEqualTo("invalid_passkey_session");
  }

  @Test
  void aUsedSessionCannotRegisterASecondPasskey() {
    String token = newUserToken();
    Api.Reply begun = passkeys.begin(token, null);
    JsonObject options = begun.json().getJsonObject("publicKey");
    String session = begun.json().getString("session");
    SoftwareAuthenticator first = SoftwareAuthenticator.create();
    assertThat(passkeys.finish(token, session, first.register(options, passkeys.origin()), null).status()).isEqualTo(201);
    passkeys.stepUp(token, first);

    Api.Reply replay = passkeys.finish(token, session, SoftwareAuthenticator.create().register(options, passkeys.origin()), null);

    assertThat(replay.code()).isEqualTo("invalid_passkey_session");
  }

  @Test
  void anExpiredSessionIsRefused() {
    String token = newUserToken();
    Api.Reply begun = passkeys.begin(token, null);
    api.server().database().update(
        "UPDATE webauthn_challenge SET expires_at = ? WHERE challenge = ?",
        Timestamp.from(Instant.now().minusSeconds(1)), begun.json().getJsonObject("publicKey").getString("challenge"));

    Api.Reply reply = passkeys.finish(
        token, begun.json().getString("session"),
        SoftwareAuthenticator.create().register(begun.json().getJsonObject("publicKey"), passkeys.origin()), null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_passkey_session");
  }

  @Test
  void anotherUsersSessionIsRefused() {
    String alice = newUserToken();
    Api.Reply begun = passkeys.begin(alice, null);
    JsonObject credential = SoftwareAuthenticator.create().register(begun.json().getJsonObject("publicKey"), passkeys.origin());

    Api.Reply reply = passkeys.finish(newUserToken(), begun.json().getString("session"), credential, null);

    assertThat(reply.code()).isEqualTo("invalid_passkey_session");
    assertThat(passkeys.finish(alice, begun.json().getString("session"), credential, null).status()).isEqualTo(201);
  }

  @Test
  void aMissingOrUnknownSessionIsRefused() {
    String token = newUserToken();
    JsonObject credential = SoftwareAuthenticator.create().register(passkeys.begin(token, null).json().getJsonObject("publicKey"), passkeys.origin());

    assertThat(api.post("/api/v1/mfa/passkey/register/finish", "{\"credential\":" + credential + "}").bearer(token).send().code())
        .isEqualTo("invalid_passkey_session");
    assertThat(passkeys.finish(token, "not-a-session", credential, null).code()).isEqualTo("invalid_passkey_session");
  }

  @Test
  void malformedBodiesAreRefused() {
    String token = newUserToken();
    String session = passkeys.begin(token, null).json().getString("session");
    String path = "/api/v1/mfa/passkey/register/finish?session=" + session;

    assertThat(api.post(path, "{}").bearer(token).send().code()).isEqualTo("validation_failed");
    assertThat(api.post(path, "{\"credential\": \"text\"}").bearer(token).send().code()).isEqualTo("invalid_json");
    Api.Reply garbage = api.post(path, "{\"credential\": {\"id\": \"x\"}}").bearer(token).send();
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.code()).isEqualTo("invalid_passkey_response");
    assertThat(garbage.json().getJsonObject("details").getString("reason")).isEqualTo("malformed");
    assertThat(passkeys.begin(token, "x".repeat(101)).code()).isEqualTo("validation_failed");
    assertThat(passkeys.begin(token, "  ").code()).isEqualTo("validation_failed");
  }

  @Test
  void registrationNeedsPasskeysToBeAllowed() {
    String token = newUserToken();
    Api.Reply begun = passkeys.begin(token, null);
    api.put("/api/v1/settings", "{\"mfa_allowed_methods\": \"totp\"}").bearer(admin().token()).send();

    Api.Reply refusedBegin = passkeys.begin(token, null);
    Api.Reply refusedFinish = passkeys.finish(
        token, begun.json().getString("session"),
        SoftwareAuthenticator.create().register(begun.json().getJsonObject("publicKey"), passkeys.origin()), null);

    assertThat(refusedBegin.status()).isEqualTo(403);
    assertThat(refusedBegin.code()).isEqualTo("mfa_method_not_allowed");
    assertThat(refusedFinish.status()).isEqualTo(403);
    assertThat(refusedFinish.code()).isEqualTo("mfa_method_not_allowed");
  }

  @Test
  void registrationNeedsASignedInUser() {
    assertThat(api.post("/api/v1/mfa/passkey/register/begin", "{}").send().status()).isEqualTo(401);
    assertThat(api.post("/api/v1/mfa/passkey/register/finish?session=x", "{\"credential\":{}}").send().status()).isEqualTo(401);
  }

  @Test
  void aSuccessfulRegistrationIsAudited() {
    String token = newUserToken();

    passkeys.register(token, SoftwareAuthenticator.create(), "Desk key");

    JsonObject event = auditEvent(token, "mfa_enrolled");
    assertThat(event.getJsonObject("details").getString("method")).isEqualTo("passkey");
    assertThat(event.getJsonObject("details").getString("name")).isEqualTo("Desk key");
    assertThat(event.getJsonObject("details").getString("attestation_format")).isEqualTo("none");
  }

  @Test
  void aUserWithAFactorMustHaveVerifiedItRecentlyToRegisterAnother() {
    String token = newUserToken();
    SoftwareAuthenticator first = SoftwareAuthenticator.create();
    Api.Reply begun = passkeys.begin(token, null);
    JsonObject options = begun.json().getJsonObject("publicKey");
    passkeys.register(token, first, null);

    Api.Reply refusedBegin = passkeys.begin(token, null);
    Api.Reply refusedFinish =
        passkeys.finish(token, begun.json().getString("session"), SoftwareAuthenticator.create().register(options, passkeys.origin()), null);

    assertThat(refusedBegin.status()).isEqualTo(403);
    assertThat(refusedBegin.code()).isEqualTo("mfa_reauth_required");
    assertThat(refusedFinish.code()).isEqualTo("mfa_reauth_required");
    passkeys.stepUp(token, first);
    assertThat(passkeys.register(token, SoftwareAuthenticator.create(), null).status()).isEqualTo(201);
  }

  private Api.Reply register(Tamper tamper) {
    return passkeys.register(newUserToken(), SoftwareAuthenticator.create(), tamper, null);
  }

  private static void assertRefused(Api.Reply reply, String reason) {
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_passkey_response");
    assertThat(reply.json().getJsonObject("details").getString("reason")).isEqualTo(reason);
  }

  private void assertAudited(String token, String type, String reason) {
    assertThat(auditEvent(token, type).getJsonObject("details").getString("reason")).isEqualTo(reason);
  }

  JsonObject auditEvent(String token, String type) {
    String userId = api.get("/api/v1/me").bearer(token).send().json().getString("id");
    Api.Reply events = api.get("/api/v1/audit?user_id=" + userId + "&type=" + type).bearer(admin().token()).send();
    assertThat(events.json().getJsonArray("data")).as(type + " events").isNotEmpty();
    return events.json().getJsonArray("data").getJsonObject(0);
  }
}
