package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The MFA policy at sign-in (SPEC §4, §5): the application's policy through {@code client_id},
 * selector scripts (fail-secure and fail-open), and enforced enrollment finished with the
 * enrollment token.
 */
class PolicyLoginIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);
  private final PasskeyClient passkeys = new PasskeyClient(api);

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  private String clientId(JsonObjectBuilder policy) {
    JsonObjectBuilder body = ApplicationsIT.app("Policy " + UUID.randomUUID(), "oidc").addAll(policy);
    Api.Reply reply = api.post("/api/v1/applications", body.build().toString()).bearer(totp.admin().token()).send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("client_id");
  }

  private Api.Reply login(String email, String clientId) {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("email", email).add("password", TotpFixtures.PASSWORD);
    if (clientId != null) {
      body.add("client_id", clientId);
    }
    return api.post("/api/v1/auth/login", body.build().toString()).send();
  }

  private static java.util.List<String> strings(JsonObject json, String key) {
    return json.getJsonArray(key).getValuesAs(JsonString::getString);
  }

  private String userIdOf(String email) {
    return api.get("/api/v1/users?search=" + email).bearer(totp.admin().token()).send()
        .json().getJsonArray("data").getJsonObject(0).getString("id");
  }

  @Test
  void theApplicationsPolicyAppliesWhenItsClientIdIsGiven() {
    TotpFixtures.TotpUser user = totp.enrolledUser("app-otp");
    String clientId = clientId(Json.createObjectBuilder().add("mfa_policy", "otp"));

    Api.Reply portal = login(user.email(), null);
    Api.Reply app = login(user.email(), clientId);

    assertThat(strings(portal.json(), "amr")).containsExactly("pwd");
    assertThat(app.json().getBoolean("mfa_required")).isTrue();
    assertThat(strings(app.json(), "methods")).containsExactly("totp");
    Api.Reply done = totp.answer(app.json().getString("mfa_token"), user.nextCode());
    assertThat(strings(done.json(), "amr")).containsExactly("pwd", "otp", "mfa");
  }

  @Test
  void inheritFollowsTheGlobalPolicy() {
    TotpFixtures.TotpUser user = totp.enrolledUser("app-inherit");
    String clientId = clientId(Json.createObjectBuilder());
    totp.setSettings("{\"mfa_policy\":\"optional\"}");

    assertThat(login(user.email(), clientId).json().getBoolean("mfa_required")).isTrue();
    totp.setSettings("{\"mfa_policy\":\"disabled\"}");
    assertThat(strings(login(user.email(), clientId).json(), "amr")).containsExactly("pwd");
  }

  @Test
  void enrollmentWithTheTokenCompletesTheSignIn() {
    String email = totp.newUser("enroll");
    String clientId = clientId(Json.createObjectBuilder().add("mfa_policy", "otp"));

    Api.Reply required = login(email, clientId);

    assertThat(required.status()).isEqualTo(200);
    JsonObject body = required.json();
    assertThat(body.getBoolean("mfa_enrollment_required")).isTrue();
    assertThat(strings(body, "allowed_methods")).containsExactly("totp");
    assertThat(body.getInt("expires_in")).isEqualTo(900);
    assertThat(body.containsKey("token")).isFalse();
    assertThat(required.setCookie("idp_sid")).isEmpty();
    assertThat(totp.auditCount(userIdOf(email), "mfa_enrollment_required")).isEqualTo(1);
    String enrollmentToken = body.getString("enrollment_token");

    String secret = totp.enroll(enrollmentToken).getString("secret");
    Api.Reply complete = totp.confirm(enrollmentToken, TotpFixtures.code(secret, TotpFixtures.currentStep()));

    assertThat(complete.status()).as(complete.toString()).isEqualTo(200);
    assertThat(strings(complete.json(), "amr")).containsExactly("pwd", "otp", "mfa");
    assertThat(complete.setCookie("idp_sid")).isPresent();
    String jwt = complete.json().getString("token");
    assertThat(api.get("/api/v1/me").bearer(jwt).send().json().getString("email")).isEqualTo(email);
    assertThat(api.get("/api/v1/mfa").bearer(jwt).send().json().getJsonObject("totp").getBoolean("enrolled")).isTrue();
    // single use
    Api.Reply again = totp.confirm(enrollmentToken, TotpFixtures.code(secret, TotpFixtures.currentStep() + 1));
    assertThat(again.status()).isEqualTo(401);
    // the next sign-in for the application asks for the new factor
    assertThat(strings(login(email, clientId).json(), "methods")).containsExactly("totp");
  }

  @Test
  void theEnrollmentTokenIsAcceptedByTheEnrollmentEndpointsOnly() {
    String email = totp.newUser("enroll-only");
    totp.setSettings("{\"mfa_policy\":\"any\"}");
    String token = login(email, null).json().getString("enrollment_token");

    assertThat(api.get("/api/v1/me").bearer(token).send().status()).isEqualTo(401);
    assertThat(api.get("/api/v1/mfa").bearer(token).send().status()).isEqualTo(401);
    assertThat(api.delete("/api/v1/mfa/totp").bearer(token).send().status()).isEqualTo(401);
    assertThat(api.post("/api/v1/auth/step-up", null).bearer(token).send().status()).isEqualTo(401);
    assertThat(api.get("/api/v1/users").bearer(token).send().status()).isEqualTo(401);
    assertThat(totp.answer(token, "123456").code()).isEqualTo("invalid_mfa_token");
    // and it still works where it belongs
    assertThat(api.post("/api/v1/mfa/totp/enroll", null).bearer(token).send().status()).isEqualTo(200);
  }

  @Test
  void aWrongCodeDoesNotUseTheTokenUp() {
    String email = totp.newUser("enroll-wrong");
    totp.setSettings("{\"mfa_policy\":\"any\"}");
    String token = login(email, null).json().getString("enrollment_token");
    String secret = totp.enroll(token).getString("secret");

    Api.Reply wrong = totp.confirm(token, TotpFixtures.wrongCode(secret));

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.code()).isEqualTo("invalid_mfa_code");
    Api.Reply right = totp.confirm(token, TotpFixtures.code(secret, TotpFixtures.currentStep()));
    assertThat(right.status()).isEqualTo(200);
    assertThat(right.json().containsKey("token")).isTrue();
  }

  @Test
  void anEnrollmentTokenEnrollsOnlyTheMethodsItNames() {
    String email = totp.newUser("enroll-passkey");
    totp.setSettings("{\"mfa_policy\":\"passkey\"}");
    Api.Reply required = login(email, null);
    assertThat(strings(required.json(), "allowed_methods")).containsExactly("passkey");

    Api.Reply reply = api.post("/api/v1/mfa/totp/enroll", null)
        .bearer(required.json().getString("enrollment_token")).send();

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("mfa_method_not_allowed");
  }

  @Test
  void anExpiredEnrollmentTokenIsRefused() {
    String email = totp.newUser("enroll-expired");
    totp.setSettings("{\"mfa_policy\":\"any\"}");
    String token = login(email, null).json().getString("enrollment_token");
    api.server().database().update(
        "UPDATE enrollment_token SET expires_at = ? WHERE user_id = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), UUID.fromString(userIdOf(email)));

    assertThat(api.post("/api/v1/mfa/totp/enroll", null).bearer(token).send().status()).isEqualTo(401);
  }

  @Test
  void enforcedEnrollmentAppliesWhateverThePolicy() {
    String newcomer = totp.newUser("enforced");
    TotpFixtures.TotpUser enrolled = totp.enrolledUser("enforced-has");
    totp.setSettings("{\"mfa_policy\":\"disabled\",\"mfa_enforce_enrollment\":true}");

    Api.Reply required = login(newcomer, null);
    Api.Reply done = login(enrolled.email(), null);

    assertThat(required.json().getBoolean("mfa_enrollment_required")).isTrue();
    assertThat(strings(required.json(), "allowed_methods")).containsExactly("totp", "passkey");
    assertThat(strings(done.json(), "amr")).containsExactly("pwd");
  }

  @Test
  void aRequiredMethodThatIsNotAllowedIsRefusedAndAudited() {
    String email = totp.newUser("not-allowed");
    String clientId = clientId(Json.createObjectBuilder().add("mfa_policy", "passkey"));
    totp.setSettings("{\"mfa_allowed_methods\":\"totp\"}");

    Api.Reply reply = login(email, clientId);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("mfa_method_not_allowed");
    assertThat(totp.auditCount(userIdOf(email), "mfa_method_not_allowed")).isEqualTo(1);
  }

  @Test
  void aFailingScriptRefusesTheSignInByDefaultAndIsAudited() {
    TotpFixtures.TotpUser user = totp.enrolledUser("script-secure");
    String clientId = clientId(Json.createObjectBuilder().add("mfa_policy", "optional")
        .add("mfa_selector_script", "function evaluate(ctx) { throw new Error('no rule for ' + ctx.user.email); }"));

    Api.Reply reply = login(user.email(), clientId);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("mfa_policy_script_failed");
    assertThat(reply.body()).doesNotContain("no rule for");
    Api.Reply audit = api.get("/api/v1/audit?user_id=" + user.id() + "&type=mfa_policy_script_failed")
        .bearer(totp.admin().token()).send();
    JsonObject details = audit.json().getJsonArray("data").getJsonObject(0).getJsonObject("details");
    assertThat(details.getString("failure")).isEqualTo("threw");
    assertThat(details.getString("error")).contains("no rule for");
    assertThat(details.getBoolean("fail_open")).isFalse();
    assertThat(details.getString("client_id")).isEqualTo(clientId);
  }

  @Test
  void aScriptThatRunsTooLongRefusesTheSignIn() {
    String email = totp.newUser("script-slow");
    String clientId = clientId(Json.createObjectBuilder().add("mfa_script_timeout_ms", 300)
        .add("mfa_selector_script", "function evaluate(ctx) { return /^(a+)+\\1$/.test('a'.repeat(30) + 'b') ? 'otp' : 'any'; }"));

    Api.Reply reply = login(email, clientId);

    assertThat(reply.code()).isEqualTo("mfa_policy_script_failed");
    assertThat(totp.auditCount(userIdOf(email), "mfa_policy_script_failed")).isEqualTo(1);
  }

  @Test
  void aFailingScriptOfAFailOpenApplicationLeavesTheStaticPolicyAndIsAudited() {
    TotpFixtures.TotpUser user = totp.enrolledUser("script-open");
    String clientId = clientId(Json.createObjectBuilder().add("mfa_policy", "optional")
        .add("mfa_script_fail_open", true)
        .add("mfa_selector_script", "function evaluate(ctx) { return 42; }"));

    Api.Reply reply = login(user.email(), clientId);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getBoolean("mfa_required")).isTrue();
    assertThat(totp.auditCount(user.id(), "mfa_policy_script_failed")).isEqualTo(1);
  }

  @Test
  void theScriptTightensThePolicyForTheUsersItSelects() {
    String strict = totp.newUser("strict");
    String relaxed = totp.newUser("relaxed");
    String clientId = clientId(Json.createObjectBuilder().add("mfa_policy", "disabled")
        .add("mfa_selector_script",
            "function evaluate(ctx) { return ctx.user.email.startsWith('strict') && ctx.app.type === 'oidc'"
                + " && ctx.mfa.enrolled.length === 0 ? 'otp' : 'disabled'; }"));

    Api.Reply strictReply = login(strict, clientId);
    Api.Reply relaxedReply = login(relaxed, clientId);

    assertThat(strings(strictReply.json(), "allowed_methods")).containsExactly("totp");
    assertThat(strings(relaxedReply.json(), "amr")).containsExactly("pwd");
  }

  @Test
  void theScriptCannotLoosenTheStaticPolicy() {
    TotpFixtures.TotpUser user = totp.enrolledUser("loosen");
    String clientId = clientId(Json.createObjectBuilder().add("mfa_policy", "otp")
        .add("mfa_selector_script", "function evaluate(ctx) { return 'disabled'; }"));

    assertThat(strings(login(user.email(), clientId).json(), "methods")).containsExactly("totp");
  }

  @Test
  void registeringAPasskeyWithTheEnrollmentTokenCompletesTheSignIn() {
    String email = totp.newUser("enroll-pk");
    String clientId = clientId(Json.createObjectBuilder().add("mfa_policy", "passkey"));
    Api.Reply required = login(email, clientId);
    assertThat(strings(required.json(), "allowed_methods")).containsExactly("passkey");
    String token = required.json().getString("enrollment_token");
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();

    Api.Reply complete = passkeys.register(token, authenticator, "Laptop");

    assertThat(complete.status()).as(complete.toString()).isEqualTo(200);
    assertThat(strings(complete.json(), "amr")).containsExactly("pwd", "hwk", "user", "mfa");
    assertThat(complete.setCookie("idp_sid")).isPresent();
    String jwt = complete.json().getString("token");
    assertThat(passkeys.list(jwt).array()).hasSize(1);
    assertThat(passkeys.begin(token, null).status()).isEqualTo(401);
    Api.Reply next = login(email, clientId);
    assertThat(strings(next.json(), "methods")).containsExactly("passkey");
    assertThat(passkeys.answer(next.json().getString("mfa_token"), authenticator).status()).isEqualTo(200);
  }

  @Test
  void aTokenForTotpCannotRegisterAPasskey() {
    String email = totp.newUser("enroll-totp-only");
    totp.setSettings("{\"mfa_policy\":\"otp\"}");
    String token = login(email, null).json().getString("enrollment_token");

    Api.Reply reply = passkeys.begin(token, null);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("mfa_method_not_allowed");
  }

  @Test
  void theScriptSeesTheTrustedDeviceAndTheApplicationsIntervalDecidesWhetherItStandsIn() {
    TotpFixtures.TotpUser user = totp.enrolledUser("trusted-ctx");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
    Api.Reply verified = totp.answer(totp.mfaToken(user.email()), user.nextCode());
    Api.Reply trusted = api.post("/api/v1/me/devices",
            TotpFixtures.body("trust_device_token", verified.json().getString("trust_device_token")))
        .bearer(verified.json().getString("token")).send();
    assertThat(trusted.status()).as(trusted.toString()).isEqualTo(201);
    String device = trusted.cookie("idp_device").orElseThrow();
    String relaxedForTrusted = clientId(Json.createObjectBuilder().add("mfa_policy", "optional")
        .add("mfa_selector_script", "function evaluate(ctx) { return ctx.mfa.trusted_device ? 'optional' : 'passkey'; }"));
    String withInterval = clientId(Json.createObjectBuilder().add("mfa_policy", "optional")
        .add("mfa_selector_script",
            "function evaluate(ctx) { return 'optional'; } function reauthInterval(ctx) { return 30; }"));

    Api.Reply fromTrustedBrowser = loginWithDevice(user.email(), relaxedForTrusted, device);
    Api.Reply fromElsewhere = login(user.email(), relaxedForTrusted);
    Api.Reply underInterval = loginWithDevice(user.email(), withInterval, device);

    assertThat(strings(fromTrustedBrowser.json(), "amr")).containsExactly("pwd");
    assertThat(strings(fromElsewhere.json(), "methods"))
        .as("the app is proved before the passkey the script requires is enrolled")
        .containsExactly("totp");
    assertThat(underInterval.json().getBoolean("mfa_required")).isTrue();
  }

  private Api.Reply loginWithDevice(String email, String clientId, String deviceCookie) {
    return api.post("/api/v1/auth/login",
            Json.createObjectBuilder().add("email", email).add("password", TotpFixtures.PASSWORD)
                .add("client_id", clientId).build().toString())
        .cookie("idp_device", deviceCookie)
        .send();
  }
}
