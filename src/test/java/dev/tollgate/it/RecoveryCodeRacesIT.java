package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Recovery codes under racing requests (docs/security.md): one code released at once on many
 * sign-ins completes exactly one of them; a burst of wrong codes checks no more than the
 * attempts that remain; sets generated at once leave one set, whose codes are the only ones
 * that work.
 */
class RecoveryCodeRacesIT {
  private static final int BURST = 8;

  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);
  private final RecoveryFixtures recovery = new RecoveryFixtures(api, totp);
  private final AuditTrail audit = new AuditTrail(api.server().database());

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  @Test
  void oneCodeOnManySignInsAtOnceCompletesExactlyOne() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-race");
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":20}");
    List<String> tokens = IntStream.range(0, BURST).mapToObj(i -> totp.mfaToken(user.email())).toList();
    String code = user.codes().get(7);

    List<Api.Reply> replies = Burst.of(BURST, i -> recovery.answerCall(tokens.get(i), code));

    assertThat(Burst.statuses(replies)).as(replies.toString()).isEqualTo(Map.of(200, 1L, 401, (long) BURST - 1));
    assertThat(replies.stream().filter(r -> r.status() == 401).map(Api.Reply::code)).containsOnly("invalid_mfa_code");
    assertThat(replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow()
        .json().getInt("recovery_codes_remaining")).isEqualTo(9);
    assertThat(recovery.unusedCodes(user.id())).isEqualTo(9);
    assertThat(audit.count(user.id(), "recovery_code_used")).isEqualTo(1);
    assertThat(audit.reasons(user.id(), "recovery_code_failed")).hasSize(BURST - 1).containsOnly("used_code");
    assertThat(audit.count(user.id(), "mfa_verified")).isEqualTo(2); // the verified session's TOTP, and this
  }

  @Test
  void oneCodeTwiceOnOneSignInCompletesItOnce() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-race-token");
    String mfaToken = totp.mfaToken(user.email());
    String code = user.codes().getFirst();

    List<Api.Reply> replies = Burst.of(2, i -> recovery.answerCall(mfaToken, code));

    assertThat(Burst.count(replies, 200)).as(replies.toString()).isEqualTo(1);
    assertThat(Burst.count(replies, 401)).isEqualTo(1);
    assertThat(recovery.unusedCodes(user.id())).isEqualTo(9);
  }

  @Test
  void aBurstOfWrongCodesChecksOnlyTheRemainingAttemptsAndLocksOnce() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-race-wrong");
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":3}");
    String mfaToken = totp.mfaToken(user.email());

    List<Api.Reply> replies = Burst.of(BURST, i -> recovery.answerCall(mfaToken, "AAAA-BBBB-CCC" + i));

    assertThat(Burst.statuses(replies).keySet()).as(replies.toString()).containsOnly(401, 429);
    assertThat(audit.reasons(user.id(), "recovery_code_failed")).hasSize(3);
    assertThat(audit.count(user.id(), "mfa_locked_out")).isEqualTo(1);
    Api.Reply right = recovery.answer(mfaToken, user.codes().getFirst());
    assertThat(right.status()).isIn(401, 429);
    assertThat(recovery.unusedCodes(user.id())).isEqualTo(10);
  }

  @Test
  void setsGeneratedAtOnceLeaveOneSetAndOnlyItsCodesWork() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-race-generate");
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":20}");

    List<Api.Reply> replies = Burst.of(5, i -> api.post("/api/v1/mfa/recovery-codes", null).bearer(user.session().token()));

    assertThat(Burst.statuses(replies)).as(replies.toString()).isEqualTo(Map.of(201, 5L));
    assertThat(recovery.storedCodes(user.id())).isEqualTo(10);
    long working =
        replies.stream()
            .map(r -> RecoveryFixtures.strings(r.json(), "codes").getFirst())
            .filter(code -> recovery.answer(totp.mfaToken(user.email()), code).status() == 200)
            .count();
    assertThat(working).isEqualTo(1);
  }
}
