package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lockouts under racing requests (docs/security.md, "Counting failures"): a burst of wrong
 * answers evaluates at most the attempts that remain, sets one lock that nothing clears before
 * it expires, never answers 5xx, and each refused answer is audited exactly once.
 */
class GuardRacesIT {
  private static final int BURST = 12;
  private static final int LIMIT = 3;

  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);
  private final AuditTrail audit = new AuditTrail(api.server().database());

  @AfterEach
  void restoreSettings() {
    totp.setSettings("{\"login_max_attempts\":10}");
    totp.restoreSettings();
  }

  @Test
  void aBurstOfWrongCodesEvaluatesOnlyTheRemainingAttemptsAndLocksOnce() {
    TotpFixtures.TotpUser user = totp.enrolledUser("burst-totp");
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":" + LIMIT + "}");
    String mfaToken = totp.mfaToken(user.email());
    String wrong = TotpFixtures.wrongCode(user.secret());

    List<Api.Reply> replies = Burst.of(BURST, i -> answer(mfaToken, wrong));

    assertThat(Burst.statuses(replies).keySet()).as(replies.toString()).containsOnly(401, 429);
    // a wrong code before the lock, or a token the lock burnt; the answer that locked is a 429
    assertThat(replies.stream().filter(r -> r.status() == 401).map(Api.Reply::code))
        .isSubsetOf("invalid_mfa_code", "invalid_mfa_token")
        .filteredOn("invalid_mfa_code"::equals)
        .hasSize(LIMIT - 1);
    assertThat(replies).allSatisfy(r -> assertThat(r.header("Content-Type")).contains("application/problem+json"));
    assertThat(audit.reasons(user.id(), "mfa_failed"))
        .hasSize(BURST)
        .isSubsetOf("wrong_code", "locked", "used_token")
        .filteredOn("wrong_code"::equals)
        .hasSize(LIMIT);
    assertThat(audit.count(user.id(), "mfa_locked_out")).isEqualTo(1);

    // the lock holds: a new sign-in is refused, the burnt token takes no answer, right or wrong
    assertThat(totp.login(user.email()).status()).isEqualTo(429);
    List<Api.Reply> afterLock =
        Burst.of(6, i -> answer(mfaToken, i == 0 ? user.nextCode() : wrong));
    assertThat(afterLock).allSatisfy(r -> assertThat(r.status()).isIn(401, 429));
    assertThat(totp.login(user.email()).status()).isEqualTo(429);
    assertThat(audit.reasons(user.id(), "mfa_failed")).filteredOn("wrong_code"::equals).hasSize(LIMIT);
    assertThat(audit.count(user.id(), "mfa_locked_out")).isEqualTo(1);
    assertThat(audit.count(user.id(), "mfa_verified")).isZero();
  }

  @Test
  void concurrentRightAnswersCompleteOneSignInAndEveryOtherIsARefusal() {
    TotpFixtures.TotpUser user = totp.enrolledUser("burst-right");
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":20}");
    List<String> tokens = java.util.stream.IntStream.range(0, 6).mapToObj(i -> totp.mfaToken(user.email())).toList();
    String code = user.nextCode();

    List<Api.Reply> replies = Burst.of(tokens.size(), i -> answer(tokens.get(i), code));

    assertThat(Burst.statuses(replies)).as(replies.toString()).isEqualTo(Map.of(200, 1L, 401, 5L));
    assertThat(replies.stream().filter(r -> r.status() == 401).map(Api.Reply::code))
        .containsOnly("invalid_mfa_code");
    assertThat(audit.count(user.id(), "mfa_verified")).isEqualTo(1);
    assertThat(audit.reasons(user.id(), "mfa_failed")).hasSize(5).containsOnly("replayed_code");
  }

  @Test
  void aBurstOfWrongPasswordsLocksTheAccountAndTheRightPasswordWaits() {
    String email = totp.newUser("burst-password");
    String userId = userIdOf(email);
    totp.setSettings("{\"login_max_attempts\":" + LIMIT + "}");

    List<Api.Reply> replies =
        Burst.of(7, i -> api.post("/api/v1/auth/login", credentials(email, "wrong-password-" + i)));

    assertThat(Burst.statuses(replies).keySet()).as(replies.toString()).containsOnly(401, 429);
    assertThat(Burst.count(replies, 401)).isEqualTo(LIMIT);
    assertThat(audit.reasons(userId, "login_failed"))
        .hasSize(7)
        .filteredOn("wrong_password"::equals)
        .hasSize(LIMIT);
    assertThat(audit.count(userId, "login_locked_out")).isEqualTo(1);
    Api.Reply right = totp.login(email);
    assertThat(right.status()).as(right.toString()).isEqualTo(429);
    assertThat(right.header("Retry-After")).isPresent();
  }

  @Test
  void aBurstOfWrongCurrentPasswordsLocksThePasswordChange() {
    String email = totp.newUser("burst-change");
    Api.Session session = api.login(email, TotpFixtures.PASSWORD);
    String userId = TotpFixtures.userId(session.token());
    totp.setSettings("{\"login_max_attempts\":" + LIMIT + "}");

    List<Api.Reply> replies =
        Burst.of(7, i -> api.put("/api/v1/me/password", change("wrong-password-" + i)).bearer(session.token()));

    assertThat(Burst.statuses(replies).keySet()).as(replies.toString()).containsOnly(401, 429);
    assertThat(audit.reasons(userId, "password_change_failed"))
        .hasSize(7)
        .filteredOn("wrong_password"::equals)
        .hasSize(LIMIT);
    Api.Reply right =
        api.put("/api/v1/me/password", change(TotpFixtures.PASSWORD)).bearer(session.token()).send();
    assertThat(right.status()).as(right.toString()).isEqualTo(429);
    assertThat(api.login(email, TotpFixtures.PASSWORD).token()).isNotBlank();
  }

  private Api.Call answer(String mfaToken, String code) {
    return api.post(
        "/api/v1/auth/mfa/totp",
        Json.createObjectBuilder().add("mfa_token", mfaToken).add("code", code).build().toString());
  }

  private String userIdOf(String email) {
    return String.valueOf(
        api.server().database().queryValue("SELECT id FROM users WHERE email = ?", email));
  }

  private static String credentials(String email, String password) {
    return Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
  }

  private static String change(String current) {
    return Json.createObjectBuilder()
        .add("current_password", current)
        .add("new_password", "a-new-password-9")
        .build()
        .toString();
  }
}
