package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC §9: changes to factors need a recent verification, which step-up provides. */
class StepUpIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  @Test
  void stepUpReverifiesTheCurrentSessionAndUnlocksFactorChanges() {
    TotpFixtures.TotpUser user = totp.enrolledUser("stepup");
    String passwordOnly = api.login(user.email(), TotpFixtures.PASSWORD).token();

    Api.Reply refused = api.delete("/api/v1/mfa/totp").bearer(passwordOnly).send();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("mfa_reauth_required");

    Api.Reply started = api.post("/api/v1/auth/step-up", null).bearer(passwordOnly).send();
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    JsonObject challenge = started.json();
    assertThat(challenge.getJsonArray("methods").getValuesAs(JsonString::getString)).containsExactly("totp");
    assertThat(challenge.getInt("expires_in")).isEqualTo(300);
    assertThat(challenge.containsKey("mfa_required")).isFalse();

    Api.Reply done = totp.answer(challenge.getString("mfa_token"), user.nextCode());

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    String fresh = done.json().getString("token");
    assertThat(done.json().getJsonArray("amr").getValuesAs(JsonString::getString))
        .containsExactly("pwd", "otp", "mfa");
    assertThat(done.setCookie("idp_token")).isPresent();
    assertThat(done.setCookie("idp_sid")).isEmpty();
    String sid = TotpFixtures.claims(passwordOnly).getString("sid");
    assertThat(TotpFixtures.claims(fresh).getString("sid")).isEqualTo(sid);
    assertThat(sessionsOf(user)).isEqualTo(2); // the enrollment's and this one: none added
    assertThat(api.server().database().queryValue(
            "SELECT mfa_verified_at FROM sso_session WHERE id = ?", UUID.fromString(sid)))
        .isNotNull();
    assertThat(totp.auditCount(user.id(), "mfa_step_up_started")).isEqualTo(1);
    assertThat(api.delete("/api/v1/mfa/totp").bearer(fresh).send().status()).isEqualTo(204);
  }

  @Test
  void enrollingAndConfirmingAlsoNeedARecentVerification() {
    TotpFixtures.TotpUser user = totp.enrolledUser("needs");
    String passwordOnly = api.login(user.email(), TotpFixtures.PASSWORD).token();

    Api.Reply enroll = api.post("/api/v1/mfa/totp/enroll", null).bearer(passwordOnly).send();
    Api.Reply confirm = totp.confirm(passwordOnly, "123456");

    assertThat(enroll.code()).isEqualTo("mfa_reauth_required");
    assertThat(confirm.code()).isEqualTo("mfa_reauth_required");
  }

  @Test
  void aVerificationOlderThanTenMinutesIsNotRecent() {
    TotpFixtures.TotpUser user = totp.enrolledUser("old");
    Api.Session session = totp.verifiedSession(user);
    String sid = TotpFixtures.claims(session.token()).getString("sid");

    setVerifiedAt(sid, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(11));
    Api.Reply stale = api.delete("/api/v1/mfa/totp").bearer(session.token()).send();
    setVerifiedAt(sid, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(9));
    Api.Reply recent = api.delete("/api/v1/mfa/totp").bearer(session.token()).send();

    assertThat(stale.status()).isEqualTo(403);
    assertThat(stale.code()).isEqualTo("mfa_reauth_required");
    assertThat(recent.status()).isEqualTo(204);
  }

  @Test
  void aUserWithoutFactorsHasNothingToStepUpWith() {
    String token = api.login(totp.newUser("nothing"), TotpFixtures.PASSWORD).token();

    Api.Reply reply = api.post("/api/v1/auth/step-up", null).bearer(token).send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("mfa_not_enrolled");
  }

  @Test
  void stepUpNeedsASignedInUser() {
    assertThat(api.post("/api/v1/auth/step-up", null).send().status()).isEqualTo(401);
  }

  @Test
  void aStepUpForASessionThatEndedCannotComplete() {
    TotpFixtures.TotpUser user = totp.enrolledUser("ended");
    Api.Session session = api.login(user.email(), TotpFixtures.PASSWORD);
    String token =
        api.post("/api/v1/auth/step-up", null).bearer(session.token()).send().json().getString("mfa_token");
    api.post("/api/v1/auth/logout", null).cookie("idp_sid", session.sessionCookie()).send();

    Api.Reply reply = totp.answer(token, user.nextCode());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("invalid_mfa_token");
  }

  @Test
  void stepUpIsRefusedWhileTheSecondStepIsLocked() {
    TotpFixtures.TotpUser user = totp.enrolledUser("lockedup");
    String token = api.login(user.email(), TotpFixtures.PASSWORD).token();
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":1}");
    totp.answer(totp.mfaToken(user.email()), TotpFixtures.wrongCode(user.secret()));

    Api.Reply reply = api.post("/api/v1/auth/step-up", null).bearer(token).send();

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.code()).isEqualTo("too_many_attempts");
  }

  private int sessionsOf(TotpFixtures.TotpUser user) {
    return ((Number)
            api.server().database().queryValue(
                "SELECT COUNT(*) FROM sso_session WHERE user_id = ?", UUID.fromString(user.id())))
        .intValue();
  }

  private void setVerifiedAt(String sid, OffsetDateTime at) {
    api.server().database().update(
        "UPDATE sso_session SET mfa_verified_at = ? WHERE id = ?", at, UUID.fromString(sid));
  }
}
