package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import dev.tollgate.testing.webauthn.Tamper;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signing in with a passkey as the second step (SPEC §4), and each refusal on its own. */
class PasskeyLoginIT {
  private static final String RESTORE =
      "{\"mfa_policy\":\"disabled\",\"mfa_allowed_methods\":\"totp,passkey\","
          + "\"mfa_max_attempts\":5,\"mfa_lockout_minutes\":15}";

  private final Api api = Api.forServer();
  private final PasskeyClient passkeys = new PasskeyClient(api);

  @AfterEach
  void restoreSettings() {
    settings(RESTORE);
  }

  /** A user with one registered passkey, and the global policy set to {@code policy}. */
  private record PasskeyUser(String email, String token, SoftwareAuthenticator authenticator) {}

  private PasskeyUser userWithPasskey(SoftwareAuthenticator authenticator, String policy) {
    String email = Accounts.newUser(api, "pklogin");
    String token = api.login(email, Accounts.PASSWORD).token();
    Api.Reply registered = passkeys.register(token, authenticator, null);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    settings("{\"mfa_policy\":\"" + policy + "\"}");
    return new PasskeyUser(email, token, authenticator);
  }

  @Test
  void signInWithAPasskeyEndToEnd() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");
    Api.Reply login = api.post("/api/v1/auth/login", loginBody(user.email())).send();
    assertThat(login.json().getBoolean("mfa_required")).isTrue();
    assertThat(login.json().getJsonArray("methods").getValuesAs(JsonString::getString)).containsExactly("passkey");
    String mfaToken = login.json().getString("mfa_token");

    Api.Reply begun = passkeys.beginStep(mfaToken);
    JsonObject options = begun.json().getJsonObject("publicKey");
    assertThat(options.getString("rpId")).isEqualTo("localhost");
    assertThat(options.getString("userVerification")).isEqualTo("preferred");
    assertThat(options.getString("challenge")).matches("[A-Za-z0-9_-]{43}");
    assertThat(options.getJsonArray("allowCredentials"))
        .extracting(d -> d.asJsonObject().getString("id"))
        .containsExactly(user.authenticator().credentialId());
    Api.Reply done = passkeys.finishStep(mfaToken, user.authenticator().authenticate(options, passkeys.origin()));

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getString("token_type")).isEqualTo("Bearer");
    assertThat(amr(done)).containsExactly("pwd", "hwk", "user", "mfa");
    assertThat(done.setCookie("idp_sid")).isPresent();
    JsonObject listed = passkeys.list(done.json().getString("token")).array().getJsonObject(0);
    assertThat(listed.isNull("last_used_at")).isFalse();
    assertThat(auditCount(user.token(), "mfa_verified")).isEqualTo(1);
  }

  @Test
  void aSyncedPasskeyWithoutUserVerificationGivesSwkAndNoUser() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create().synced().userVerifying(false), "passkey");

    Api.Reply done = passkeys.answer(passkeys.mfaToken(user.email()), user.authenticator());

    assertThat(amr(done)).containsExactly("pwd", "swk", "mfa");
  }

  @Test
  void theOptionalPolicyOffersPasskeysToUsersWhoHaveOne() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "optional");

    Api.Reply done = passkeys.answer(passkeys.mfaToken(user.email()), user.authenticator());

    assertThat(done.status()).isEqualTo(200);
  }

  @Test
  void thePasskeyPolicyRefusesSignInWhenPasskeysAreNotAllowed() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");
    settings("{\"mfa_allowed_methods\":\"totp\"}");

    Api.Reply login = api.post("/api/v1/auth/login", loginBody(user.email())).send();

    assertThat(login.status()).isEqualTo(403);
    assertThat(login.code()).isEqualTo("mfa_method_not_allowed");
  }

  @Test
  void wrongOriginIsRefused() {
    assertRefused(Tamper.none("http://evil.localhost:1"), "origin");
  }

  @Test
  void wrongRpIdIsRefused() {
    assertRefused(Tamper.none(passkeys.origin()).rpId("example.com"), "rp_id");
  }

  @Test
  void wrongChallengeIsRefused() {
    assertRefused(Tamper.none(passkeys.origin()).challenge("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), "challenge");
  }

  @Test
  void aBadSignatureIsRefused() {
    assertRefused(Tamper.none(passkeys.origin()).badSignature(), "signature");
  }

  @Test
  void anUnknownCredentialIsRefused() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");

    Api.Reply reply = passkeys.answer(passkeys.mfaToken(user.email()), SoftwareAuthenticator.create());

    assertWrongAnswer(reply, user, "unknown_credential");
  }

  @Test
  void anotherUsersPasskeyIsRefused() {
    PasskeyUser other = userWithPasskey(SoftwareAuthenticator.create(), "disabled");
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");

    Api.Reply reply = passkeys.answer(passkeys.mfaToken(user.email()), other.authenticator());

    assertWrongAnswer(reply, user, "unknown_credential");
  }

  @Test
  void aCounterThatGoesBackwardsIsRefusedAndAudited() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");
    assertThat(passkeys.answer(passkeys.mfaToken(user.email()), user.authenticator()).status()).isEqualTo(200);
    user.authenticator().counter(0);

    Api.Reply reply = passkeys.answer(passkeys.mfaToken(user.email()), user.authenticator());

    assertWrongAnswer(reply, user, "counter_regression");
    JsonObject regression = latestAudit(user.token(), "passkey_counter_regression");
    assertThat(regression.getInt("stored_count")).isEqualTo(2);
    assertThat(regression.getInt("presented_count")).isEqualTo(1);
  }

  @Test
  void aChallengeIsSingleUseEvenAfterAWrongAnswer() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");
    String mfaToken = passkeys.mfaToken(user.email());
    JsonObject options = passkeys.beginStep(mfaToken).json().getJsonObject("publicKey");
    passkeys.finishStep(mfaToken, user.authenticator().authenticate(options, Tamper.none("http://evil.localhost:1")));

    Api.Reply replay = passkeys.finishStep(mfaToken, user.authenticator().authenticate(options, passkeys.origin()));

    assertWrongAnswer(replay, user, "challenge", 3);
    assertThat(passkeys.answer(mfaToken, user.authenticator()).status()).isEqualTo(200);
  }

  @Test
  void finishWithoutBeginIsRefused() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");
    String mfaToken = passkeys.mfaToken(user.email());
    JsonObject options = passkeys.beginStep(passkeys.mfaToken(user.email())).json().getJsonObject("publicKey");

    Api.Reply reply = passkeys.finishStep(mfaToken, user.authenticator().authenticate(options, passkeys.origin()));

    assertWrongAnswer(reply, user, "challenge");
  }

  @Test
  void aCompletedSignInCannotBeCompletedAgain() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");
    String mfaToken = passkeys.mfaToken(user.email());
    assertThat(passkeys.answer(mfaToken, user.authenticator()).status()).isEqualTo(200);

    Api.Reply again = passkeys.beginStep(mfaToken);

    assertThat(again.status()).isEqualTo(401);
    assertThat(again.code()).isEqualTo("invalid_mfa_token");
  }

  @Test
  void wrongAnswersLockTheSecondStep() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");
    settings("{\"mfa_max_attempts\":2}");
    String mfaToken = passkeys.mfaToken(user.email());
    Tamper wrong = Tamper.none(passkeys.origin()).badSignature();

    Api.Reply first = passkeys.answer(mfaToken, user.authenticator(), wrong);
    Api.Reply second = passkeys.answer(passkeys.mfaToken(user.email()), user.authenticator(), wrong);

    assertThat(first.json().getJsonObject("details").getInt("attempts_left")).isEqualTo(1);
    assertThat(second.status()).isEqualTo(429);
    assertThat(second.code()).isEqualTo("too_many_attempts");
    assertThat(passkeys.beginStep(mfaToken).code()).isEqualTo("invalid_mfa_token");
    assertThat(api.post("/api/v1/auth/login", loginBody(user.email())).send().status()).isEqualTo(429);
  }

  @Test
  void badRequestsAreRefused() {
    assertThat(passkeys.beginStep("no-such-token").code()).isEqualTo("invalid_mfa_token");
    assertThat(api.post("/api/v1/auth/mfa/passkey/begin", "{}").send().code()).isEqualTo("validation_failed");
    assertThat(api.post("/api/v1/auth/mfa/passkey/finish", "{\"mfa_token\":\"x\"}").send().code()).isEqualTo("validation_failed");
    assertThat(api.post("/api/v1/auth/mfa/passkey/finish", "{\"mfa_token\":\"x\",\"credential\":1}").send().code())
        .isEqualTo("invalid_json");
  }

  @Test
  void stepUpWithAPasskeyReverifiesTheSession() {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "disabled");
    Api.Reply started = api.post("/api/v1/auth/step-up", null).bearer(user.token()).send();
    assertThat(started.json().getJsonArray("methods").getValuesAs(JsonString::getString)).containsExactly("passkey");

    Api.Reply done = passkeys.answer(started.json().getString("mfa_token"), user.authenticator());

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(amr(done)).contains("hwk", "mfa");
    assertThat(done.setCookie("idp_sid")).isEmpty();
    assertThat(sid(done.json().getString("token"))).isEqualTo(sid(user.token()));
  }

  private void assertRefused(Tamper tamper, String reason) {
    PasskeyUser user = userWithPasskey(SoftwareAuthenticator.create(), "passkey");
    assertWrongAnswer(passkeys.answer(passkeys.mfaToken(user.email()), user.authenticator(), tamper), user, reason);
  }

  private void assertWrongAnswer(Api.Reply reply, PasskeyUser user, String reason) {
    assertWrongAnswer(reply, user, reason, 4);
  }

  private void assertWrongAnswer(Api.Reply reply, PasskeyUser user, String reason, int attemptsLeft) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("invalid_mfa_code");
    assertThat(reply.json().getJsonObject("details").getInt("attempts_left")).isEqualTo(attemptsLeft);
    JsonObject failed = latestAudit(user.token(), "mfa_failed");
    assertThat(failed.getString("method")).isEqualTo("passkey");
    assertThat(failed.getString("reason")).isEqualTo(reason);
  }

  private static java.util.List<String> amr(Api.Reply reply) {
    return reply.json().getJsonArray("amr").getValuesAs(JsonString::getString);
  }

  private static String sid(String jwt) {
    String payload = jwt.split("\\.")[1];
    return Api.json(new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8))
        .getString("sid");
  }

  private static String loginBody(String email) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
  }

  private void settings(String json) {
    Api.Reply reply = api.put("/api/v1/settings", json).bearer(Accounts.admin(api).token()).send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private JsonObject latestAudit(String token, String type) {
    return audit(token, type).getJsonArray("data").getJsonObject(0).getJsonObject("details");
  }

  private int auditCount(String token, String type) {
    return audit(token, type).getInt("total");
  }

  private JsonObject audit(String token, String type) {
    String userId = api.get("/api/v1/me").bearer(token).send().json().getString("id");
    return api.get("/api/v1/audit?user_id=" + userId + "&type=" + type).bearer(Accounts.admin(api).token()).send().json();
  }
}
