package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Recovery codes through the API: generating (shown once, only keyed hashes stored, a new set
 * replaces the old), the overview in GET /mfa, deleting, and every refusal, which changes
 * nothing.
 */
class RecoveryCodesIT {
  private static final String SHOWN = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);
  private final RecoveryFixtures recovery = new RecoveryFixtures(api, totp);
  private final AuditTrail audit = new AuditTrail(api.server().database());

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  @Test
  void aUserWithAFactorGetsTenCodesShownOnceAndOnlyTheirHashesAreKept() {
    TotpFixtures.TotpUser user = totp.enrolledUser("codes");
    Api.Session session = totp.verifiedSession(user);
    assertThat(recovery.overview(session.token()).get("recovery_codes")).isEqualTo(JsonValue.NULL);

    Api.Reply reply = recovery.post(session.token());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    List<String> codes = RecoveryFixtures.strings(reply.json(), "codes");
    assertThat(codes).hasSize(10).doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).matches(SHOWN));
    Instant createdAt = Instant.parse(reply.json().getString("created_at"));
    JsonObject overview = recovery.overview(session.token()).getJsonObject("recovery_codes");
    assertThat(overview.getInt("remaining")).isEqualTo(10);
    assertThat(Instant.parse(overview.getString("created_at"))).isEqualTo(createdAt);
    List<Object> stored = api.server().database().queryColumn(
        "SELECT code_hash FROM recovery_code WHERE user_id = ?", UUID.fromString(user.id()));
    assertThat(stored).hasSize(10).allSatisfy(hash -> assertThat((String) hash).matches("[0-9a-f]{64}"));
    for (String code : codes) {
      assertThat(stored.toString()).doesNotContain(code).doesNotContain(code.replace("-", ""));
    }
    assertThat(audit.count(user.id(), "recovery_codes_generated")).isEqualTo(1);
  }

  @Test
  void aNewSetReplacesTheOldOne() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("codes-again");

    List<String> second = recovery.generate(user.session().token());

    assertThat(second).doesNotContainAnyElementsOf(user.codes());
    assertThat(recovery.storedCodes(user.id())).isEqualTo(10);
    Api.Reply old = recovery.answer(totp.mfaToken(user.email()), user.codes().getFirst());
    assertThat(old.status()).isEqualTo(401);
    assertThat(old.code()).isEqualTo("invalid_mfa_code");
    Api.Reply fresh = recovery.answer(totp.mfaToken(user.email()), second.getFirst());
    assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
  }

  @Test
  void deletingTheSetLeavesNoneAndASecondDeleteIsNotFound() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("codes-delete");

    Api.Reply deleted = api.delete("/api/v1/mfa/recovery-codes").bearer(user.session().token()).send();

    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    assertThat(recovery.overview(user.session().token()).get("recovery_codes")).isEqualTo(JsonValue.NULL);
    assertThat(recovery.storedCodes(user.id())).isZero();
    assertThat(audit.reasons(user.id(), "recovery_codes_deleted")).containsExactly("user");
    Api.Reply again = api.delete("/api/v1/mfa/recovery-codes").bearer(user.session().token()).send();
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.code()).isEqualTo("not_found");
    assertThat(totp.login(user.email()).json().getJsonArray("methods").toString())
        .doesNotContain(RecoveryFixtures.METHOD);
  }

  @Test
  void aUserWithoutAFactorHasNothingToRecoverAndGetsNoCodes() {
    String token = api.login(totp.newUser("codes-none"), TotpFixtures.PASSWORD).token();

    Api.Reply reply = recovery.post(token);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("mfa_not_enrolled");
    assertThat(reply.json().getString("message")).isNotBlank();
    assertThat(recovery.overview(token).get("recovery_codes")).isEqualTo(JsonValue.NULL);
    assertThat(recovery.storedCodes(TotpFixtures.userId(token))).isZero();
  }

  @Test
  void generatingAndDeletingNeedARecentVerification() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("codes-recent");
    totp.setSettings("{\"mfa_policy\":\"disabled\"}");
    String passwordOnly = api.login(user.email(), TotpFixtures.PASSWORD).token();

    Api.Reply generate = recovery.post(passwordOnly);
    Api.Reply delete = api.delete("/api/v1/mfa/recovery-codes").bearer(passwordOnly).send();

    assertThat(generate.status()).isEqualTo(403);
    assertThat(generate.code()).isEqualTo("mfa_reauth_required");
    assertThat(delete.status()).isEqualTo(403);
    assertThat(delete.code()).isEqualTo("mfa_reauth_required");
    assertThat(recovery.storedCodes(user.id())).isEqualTo(10);
    assertThat(audit.count(user.id(), "recovery_codes_generated")).isEqualTo(1);
  }

  @Test
  void theEndpointsNeedASignedInUser() {
    assertThat(api.post("/api/v1/mfa/recovery-codes", null).send().status()).isEqualTo(401);
    assertThat(api.delete("/api/v1/mfa/recovery-codes").send().status()).isEqualTo(401);
    Api.Reply bad = api.post("/api/v1/mfa/recovery-codes", null).bearer("not-a-token").send();
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.code()).isEqualTo("unauthorized");
  }

  @Test
  void anEnrollmentTokenOpensNoRecoveryCodeEndpoint() {
    String email = totp.newUser("codes-enrollment");
    totp.setSettings("{\"mfa_policy\":\"any\"}");
    String enrollmentToken = totp.login(email).json().getString("enrollment_token");

    Api.Reply reply = recovery.post(enrollmentToken);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(recovery.storedCodes(
            String.valueOf(api.server().database().queryValue("SELECT id FROM users WHERE email = ?", email))))
        .isZero();
  }

  @Test
  void whenEveryCodeIsUsedTheSetShowsNoneRemainingAndTheStepNoLongerOffersCodes() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("codes-used-up");
    api.server().database().update(
        "UPDATE recovery_code SET used_at = created_at WHERE user_id = ?", UUID.fromString(user.id()));

    JsonObject set = recovery.overview(user.session().token()).getJsonObject("recovery_codes");

    assertThat(set.getInt("remaining")).isZero();
    assertThat(set.getString("created_at")).isNotBlank();
    assertThat(RecoveryFixtures.strings(totp.login(user.email()).json(), "methods")).containsExactly("totp");
  }

  @Test
  void recoveryCodesAreNoAllowableMethod() {
    Api.Reply reply =
        api.put("/api/v1/settings", "{\"mfa_allowed_methods\":\"totp,recovery_code\"}")
            .bearer(totp.admin().token())
            .send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_setting");
  }

  @Test
  void anAdministratorsMfaResetDeletesTheCodes() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("codes-reset");

    Api.Reply reset =
        api.post("/api/v1/users/" + user.id() + "/mfa/reset", null).bearer(totp.admin().token()).send();

    assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
    assertThat(recovery.storedCodes(user.id())).isZero();
    assertThat(audit.reasons(user.id(), "recovery_codes_deleted")).containsExactly("reset");
  }
}
