package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Recovery codes on the pages: generated on the profile (shown once, to copy or download as a
 * text file), used at the second step behind "Use a recovery code", the remaining count and
 * the warning on the profile, and the offer after the enrollment wizard set up a first factor.
 */
class RecoveryCodesBrowserIT extends PageBrowserTest {
  private final Api api = Api.forServer();
  private final TotpFixtures fixtures = new TotpFixtures(api);

  @AfterEach
  void restore() {
    fixtures.restoreSettings();
  }

  @Test
  void generateOnTheProfileSignOutSignInWithACodeAndSeeTheRemainingCount() {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("page-codes");
    fixtures.setSettings("{\"mfa_policy\":\"optional\"}");
    signInWithTotp(user);
    assertThat(pages.text("recovery-status")).isEqualTo("No recovery codes.");
    assertThat(pages.has("recovery-offer")).isTrue();

    pages.click("codesgenerate:go");
    pages.waitForText("They are shown only now.");
    List<String> codes =
        pages.all(By.cssSelector("#recovery-codes li")).stream().map(WebElement::getText).toList();
    assertThat(codes).hasSize(10).allSatisfy(code -> assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
    WebElement download = pages.waitFor(By.id("recovery-download"));
    assertThat(download.getAttribute("download")).isEqualTo("tollgate-recovery-codes.txt");
    String file = URLDecoder.decode(
        download.getAttribute("href").substring("data:text/plain;charset=utf-8,".length()), StandardCharsets.UTF_8);
    assertThat(file).contains(user.email()).contains(String.join("\n", codes));
    pages.screenshot("recovery-codes");
    pages.click("recovery-copy");
    pages.until(() -> pages.text("recovery-copy-status").isEmpty() ? null : true, "the copy button to answer");
    pages.click("codesdone:done");
    assertThat(pages.text("recovery-status")).startsWith("10 of 10 codes left");
    assertThat(pages.body()).doesNotContain(codes.getFirst());

    pages.signOut();
    pages.submitPassword(user.email(), TotpFixtures.PASSWORD);
    pages.waitFor(By.id("code:otp"));
    assertThat(pages.has("recovery:code")).as("codes only on request").isFalse();
    pages.click("recoverychoose:go");
    pages.fill("recovery:code", "AAAA-BBBB-CCCC");
    pages.click("recovery:verify");
    pages.waitForText("That code is not right. 4 attempts left.");
    pages.screenshot("second-step-recovery");
    pages.fill("recovery:code", codes.get(2).replace("-", "").toLowerCase());
    pages.click("recovery:verify");
    declineTrust();

    pages.waitForPath("/profile");
    assertThat(pages.text("recovery-status")).startsWith("9 of 10 codes left");
    assertThat(pages.has("recovery-warning")).isFalse();
    List<Object> unused = api.server().database().queryColumn(
        "SELECT id FROM recovery_code WHERE user_id = ? AND used_at IS NULL", UUID.fromString(user.id()));
    for (Object id : unused.subList(2, unused.size())) {
      api.server().database().update("UPDATE recovery_code SET used_at = created_at WHERE id = ?", id);
    }
    pages.open("/profile");
    assertThat(pages.text("recovery-status")).startsWith("2 of 10 codes left");
    assertThat(pages.text("recovery-warning")).contains("Only a few recovery codes are left");
  }

  @Test
  void theEnrollmentWizardOffersCodesOnceTheFirstFactorIsSetUp() {
    String email = fixtures.newUser("page-codes-wizard");
    fixtures.setSettings("{\"mfa_policy\":\"any\"}");
    pages.signIn(email, TotpFixtures.PASSWORD);
    assertThat(pages.heading()).isEqualTo("Set up a second factor");
    pages.click("totpstart:go");
    OathTool app = new OathTool(pages.text("totp-secret"));
    pages.fill("totpconfirm:otp", app.nextCode());
    pages.click("totpconfirm:confirm");

    assertThat(pages.heading()).isEqualTo("Save recovery codes?");
    pages.click("recoveryoffer:generate");
    pages.waitForText("They are shown only now.");
    assertThat(pages.all(By.cssSelector("#recovery-codes li"))).hasSize(10);
    pages.screenshot("recovery-offer");
    pages.click("recoverysaved:next");
    declineTrust();

    pages.waitForPath("/profile");
    assertThat(pages.text("recovery-status")).startsWith("10 of 10 codes left");
  }

  private void signInWithTotp(TotpFixtures.TotpUser user) {
    pages.signIn(user.email(), TotpFixtures.PASSWORD);
    pages.fill("code:otp", user.nextCode());
    pages.click("code:verify");
    declineTrust();
    pages.waitForPath("/profile");
  }

  /** Trusted devices are on in the suite's server: "Trust this device?" comes after a factor. */
  private void declineTrust() {
    assertThat(pages.heading()).isEqualTo("Trust this device?");
    pages.click("trust:no");
  }
}
