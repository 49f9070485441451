package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC §6: setting up, confirming and removing an authenticator app. */
class TotpEnrollmentIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  private String signedIn(String prefix) {
    return api.login(totp.newUser(prefix), TotpFixtures.PASSWORD).token();
  }

  @Test
  void enrollmentGivesASecretAnOtpauthUriAndAQrCodeOfExactlyThatUri() throws Exception {
    String email = totp.newUser("enroll");
    String token = api.login(email, TotpFixtures.PASSWORD).token();

    JsonObject started = totp.enroll(token);

    String secret = started.getString("secret");
    assertThat(secret).matches("[A-Z2-7]{32}");
    String uri = started.getString("qr_code_uri");
    assertThat(uri)
        .isEqualTo(
            "otpauth://totp/Tollgate:" + email + "?secret=" + secret
                + "&issuer=Tollgate&algorithm=SHA1&digits=6&period=30");
    String png = started.getString("qr_code_png");
    assertThat(png).startsWith("data:image/png;base64,");
    assertThat(zbarimg(Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1))))
        .isEqualTo(uri);
  }

  @Test
  void aCodeFromOathtoolConfirmsTheApp() throws Exception {
    String token = signedIn("oathtool");
    String secret = totp.enroll(token).getString("secret");

    Api.Reply confirmed = totp.confirm(token, oathtool(secret));

    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().getBoolean("enrolled")).isTrue();
    JsonObject overview = api.get("/api/v1/mfa").bearer(token).send().json();
    assertThat(overview.getJsonObject("totp").getBoolean("enrolled")).isTrue();
    assertThat(overview.getJsonObject("totp").getString("created_at")).endsWith("Z");
  }

  @Test
  void theOverviewOfAUserWithoutFactors() {
    Api.Reply reply = api.get("/api/v1/mfa").bearer(signedIn("overview")).send();

    assertThat(reply.status()).isEqualTo(200);
    JsonObject overview = reply.json();
    assertThat(overview.getJsonArray("allowed_methods").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("totp", "passkey");
    assertThat(overview.getJsonObject("totp").getBoolean("enrolled")).isFalse();
    assertThat(overview.getJsonObject("totp").containsKey("created_at")).isFalse();
    assertThat(overview.getInt("passkeys")).isZero();
  }

  @Test
  void aWrongCodeDoesNotConfirm() {
    String token = signedIn("wrong");
    String secret = totp.enroll(token).getString("secret");

    Api.Reply refused = totp.confirm(token, TotpFixtures.wrongCode(secret));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("invalid_mfa_code");
    JsonObject overview = api.get("/api/v1/mfa").bearer(token).send().json();
    assertThat(overview.getJsonObject("totp").getBoolean("enrolled")).isFalse();
  }

  @Test
  void confirmingWithoutAnEnrollmentIs404() {
    Api.Reply reply = totp.confirm(signedIn("nopending"), "123456");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.code()).isEqualTo("no_pending_enrollment");
  }

  @Test
  void aNewEnrollmentReplacesThePendingSecret() {
    String token = signedIn("replace");
    String first = totp.enroll(token).getString("secret");
    String second;
    long step;
    do { // enroll again in the rare case (~1 in 300 000) the two secrets share a code now
      second = totp.enroll(token).getString("secret");
      step = TotpFixtures.currentStep();
    } while (sharesACode(first, second, step));

    assertThat(totp.confirm(token, TotpFixtures.code(first, step)).code()).isEqualTo("invalid_mfa_code");
    assertThat(totp.confirm(token, TotpFixtures.code(second, step)).status()).isEqualTo(200);
  }

  private static boolean sharesACode(String a, String b, long step) {
    String code = TotpFixtures.code(a, step);
    return List.of(step - 1, step, step + 1, step + 2).stream()
        .anyMatch(s -> TotpFixtures.code(b, s).equals(code));
  }

  @Test
  void aSecondAppIsRefusedWhileOneIsConfirmed() {
    TotpFixtures.TotpUser user = totp.enrolledUser("twice");
    String token = totp.verifiedSession(user).token();

    Api.Reply again = api.post("/api/v1/mfa/totp/enroll", null).bearer(token).send();
    Api.Reply reconfirm = totp.confirm(token, "123456");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("totp_already_enrolled");
    assertThat(reconfirm.status()).isEqualTo(409);
    assertThat(reconfirm.code()).isEqualTo("totp_already_enrolled");
  }

  @Test
  void appsAreRefusedWhenTotpIsNotAnAllowedMethod() {
    String token = signedIn("notallowed");
    totp.enroll(token);
    totp.setSettings("{\"mfa_allowed_methods\":\"passkey\"}");

    Api.Reply enroll = api.post("/api/v1/mfa/totp/enroll", null).bearer(token).send();
    Api.Reply confirm = totp.confirm(token, "123456");

    assertThat(enroll.status()).isEqualTo(403);
    assertThat(enroll.code()).isEqualTo("mfa_method_not_allowed");
    assertThat(confirm.status()).isEqualTo(403);
    assertThat(confirm.code()).isEqualTo("mfa_method_not_allowed");
    assertThat(api.get("/api/v1/mfa").bearer(token).send().json().getJsonArray("allowed_methods"))
        .hasSize(1);
  }

  @Test
  void removingTheAppWithARecentVerification() {
    TotpFixtures.TotpUser user = totp.enrolledUser("remove");
    String token = totp.verifiedSession(user).token();

    Api.Reply removed = api.delete("/api/v1/mfa/totp").bearer(token).send();

    assertThat(removed.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/mfa").bearer(token).send().json().getJsonObject("totp").getBoolean("enrolled"))
        .isFalse();
    assertThat(totp.login(user.email()).json().containsKey("token")).isTrue();
    assertThat(totp.auditCount(user.id(), "mfa_removed")).isEqualTo(1);
  }

  @Test
  void removingWhenNothingIsEnrolledIs404() {
    Api.Reply reply = api.delete("/api/v1/mfa/totp").bearer(signedIn("nothing")).send();

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.code()).isEqualTo("not_found");
  }

  @Test
  void aPendingEnrollmentCanBeRemoved() {
    String token = signedIn("pending");
    totp.enroll(token);

    assertThat(api.delete("/api/v1/mfa/totp").bearer(token).send().status()).isEqualTo(204);
    assertThat(totp.confirm(token, "123456").code()).isEqualTo("no_pending_enrollment");
  }

  @Test
  void everyEndpointNeedsASignedInUser() {
    assertThat(api.post("/api/v1/mfa/totp/enroll", null).send().status()).isEqualTo(401);
    assertThat(api.post("/api/v1/mfa/totp/confirm", "{\"code\":\"123456\"}").send().status())
        .isEqualTo(401);
    assertThat(api.delete("/api/v1/mfa/totp").send().status()).isEqualTo(401);
    assertThat(api.get("/api/v1/mfa").send().status()).isEqualTo(401);
  }

  @Test
  void theSecretIsStoredOnlyEncrypted() {
    String email = totp.newUser("sealed");
    String token = api.login(email, TotpFixtures.PASSWORD).token();
    String secret = totp.enroll(token).getString("secret");

    Object stored =
        api.server().database().queryValue(
            "SELECT secret_sealed FROM totp_credential WHERE user_id = ?",
            java.util.UUID.fromString(TotpFixtures.userId(token)));

    assertThat(stored).asString().startsWith("v1.").doesNotContain(secret);
  }

  @Test
  void badConfirmBodiesAreRejected() {
    String token = signedIn("badbody");
    totp.enroll(token);

    Api.Reply missing = api.post("/api/v1/mfa/totp/confirm", "{}").bearer(token).send();
    Api.Reply tooLong = totp.confirm(token, "12345678901234567");
    Api.Reply malformed = api.post("/api/v1/mfa/totp/confirm", "{\"code\":").bearer(token).send();
    Api.Reply notDigits = totp.confirm(token, "abcdef");

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("validation_failed");
    assertThat(tooLong.code()).isEqualTo("validation_failed");
    assertThat(malformed.code()).isEqualTo("invalid_json");
    assertThat(notDigits.status()).isEqualTo(400);
    assertThat(notDigits.code()).isEqualTo("invalid_mfa_code");
  }

  @Test
  void enrollmentStepsAreAudited() {
    TotpFixtures.TotpUser user = totp.enrolledUser("audit");

    assertThat(totp.auditCount(user.id(), "mfa_enrollment_started")).isEqualTo(1);
    assertThat(totp.auditCount(user.id(), "mfa_enrolled")).isEqualTo(1);
  }

  private static String oathtool(String secret) throws IOException, InterruptedException {
    return run(List.of("oathtool", "--totp", "-b", secret));
  }

  private static String zbarimg(byte[] png) throws IOException, InterruptedException {
    Path file = Files.createTempFile("totp-qr-", ".png");
    try {
      Files.write(file, png);
      return run(List.of("zbarimg", "--quiet", "--raw", file.toString()));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    // stdout only: zbarimg complains on stderr about a missing D-Bus, which does not matter
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(command.get(0) + ": " + output).isZero();
    return output.strip();
  }
}
