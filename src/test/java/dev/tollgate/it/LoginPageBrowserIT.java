package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sign-in page in a real browser: password, the TOTP second step (with an authenticator
 * app set up from the profile page, its codes computed by oathtool from the secret the page
 * shows), "Trust this device?", the trusted-devices page, and the login contract's
 * {@code return}, {@code prompt} and {@code client_id}. One Chromium for the class.
 */
class LoginPageBrowserIT extends PageBrowserTest {
  private final Api api = Api.forServer();
  private final TotpFixtures fixtures = new TotpFixtures(api);

  @AfterEach
  void restore() {
    fixtures.restoreSettings();
  }

  @Test
  void aWrongPasswordIsSaidPlainlyAndTheRightOneLeadsToTheProfile() {
    String email = fixtures.newUser("page-login");
    pages.open("/");
    pages.waitForPath("/login");
    pages.fill("login:email", email);
    pages.screenshot("login");
    pages.fill("login:password", "not-the-password");
    pages.click("login:submit");
    pages.waitForText("The email or password is wrong.");

    pages.submitPassword(email, TotpFixtures.PASSWORD);

    pages.waitForPath("/profile");
    assertThat(pages.text("user-name")).isEqualTo("Test User");
    pages.open("/");
    pages.waitForPath("/profile");
  }

  @Test
  void totpFromTheProfileThenTheSecondStepTrustTheDeviceAndRevokeIt() {
    String email = fixtures.newUser("page-totp");
    pages.signIn(email, TotpFixtures.PASSWORD);
    pages.waitForPath("/profile");
    pages.click("totpstart:go");
    OathTool app = new OathTool(pages.text("totp-secret"));
    assertThat(pages.waitFor(By.cssSelector("img.qr")).getAttribute("src")).startsWith("data:image/png;base64,");
    pages.fill("totpconfirm:otp", app.wrongCode());
    pages.click("totpconfirm:confirm");
    pages.waitForText("That code is not right. Please try again.");
    pages.fill("totpconfirm:otp", app.nextCode());
    pages.click("totpconfirm:confirm");
    pages.waitForText("Your authenticator app is set up.");
    assertThat(pages.text("totp-status")).startsWith("Set up since");
    pages.screenshot("mfa-profile");

    fixtures.setSettings("{\"mfa_policy\":\"optional\"}");
    pages.signOut();
    pages.submitPassword(email, TotpFixtures.PASSWORD);
    WebElement code = pages.waitFor(By.id("code:otp"));
    assertThat(code.getAttribute("autocomplete")).isEqualTo("one-time-code");
    assertThat(code.getAttribute("inputmode")).isEqualTo("numeric");
    assertThat(pages.has("passkey:answer")).as("no passkey to offer").isFalse();
    pages.screenshot("second-step");
    pages.fill("code:otp", app.wrongCode());
    pages.click("code:verify");
    pages.waitForText("That code is not right. 4 attempts left.");
    pages.fill("code:otp", app.nextCode());
    pages.click("code:verify");

    assertThat(pages.heading()).isEqualTo("Trust this device?");
    pages.fill("trust:name", "Test browser");
    pages.screenshot("trust-device");
    pages.click("trust:yes");
    pages.waitForPath("/profile");

    pages.signOut();
    pages.submitPassword(email, TotpFixtures.PASSWORD);
    pages.waitForPath("/profile");

    pages.open("/devices");
    WebElement row = pages.waitFor(By.cssSelector("tr[data-device='Test browser']"));
    assertThat(row.getText()).contains("Test browser");
    pages.screenshot("trusted-devices");
    row.findElement(By.cssSelector("input[type=submit]")).click();
    pages.waitForText("The device was revoked");
    assertThat(pages.has("no-devices")).isTrue();

    pages.signOut();
    pages.submitPassword(email, TotpFixtures.PASSWORD);
    pages.waitFor(By.id("code:otp"));
  }

  @Test
  void tooManyWrongCodesLockTheSecondStepAndThePageSaysUntilWhen() {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("page-lock");
    fixtures.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":2}");
    pages.signIn(user.email(), TotpFixtures.PASSWORD);
    pages.fill("code:otp", TotpFixtures.wrongCode(user.secret()));
    pages.click("code:verify");
    pages.waitForText("That code is not right. 1 attempt left.");
    pages.fill("code:otp", TotpFixtures.wrongCode(user.secret()));
    pages.click("code:verify");

    pages.waitForText("Too many failed attempts, so this is locked for now. Try again in 15 minutes (after ");
    assertThat(pages.heading()).isEqualTo("Sign in");
    pages.submitPassword(user.email(), TotpFixtures.PASSWORD);
    pages.waitForText("Try again in 15 minutes");
    assertThat(pages.has("code:otp")).isFalse();
  }

  @Test
  void aSecondStepThatIsNoLongerOpenAsksToStartAgain() {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("page-expired");
    fixtures.setSettings("{\"mfa_policy\":\"optional\"}");
    pages.signIn(user.email(), TotpFixtures.PASSWORD);
    pages.waitFor(By.id("code:otp"));
    // an administrator's MFA reset ends every open second step of the user
    Api.Reply reset =
        api.post("/api/v1/users/" + user.id() + "/mfa/reset", null).bearer(fixtures.admin().token()).send();
    assertThat(reset.status()).as(reset.toString()).isEqualTo(204);

    pages.fill("code:otp", user.nextCode());
    pages.click("code:verify");

    pages.waitForText("This sign-in has expired. Please start again.");
    assertThat(pages.heading()).isEqualTo("Sign in");
  }

  @Test
  void aLocalReturnPathIsFollowedAndAnyOtherIsIgnored() {
    String email = fixtures.newUser("page-return");
    pages.open("/login?return=%2Fdevices");
    pages.submitPassword(email, TotpFixtures.PASSWORD);
    pages.waitForPath("/devices");

    for (String foreign : new String[] {"%2F%2Fevil.example%2F", "https%3A%2F%2Fevil.example%2F", "%2F%5Cevil.example"}) {
      pages.forgetEverything();
      pages.open("/login?return=" + foreign);
      pages.submitPassword(email, TotpFixtures.PASSWORD);
      pages.waitForPath("/profile");
      assertThat(pages.driver().getCurrentUrl()).startsWith(TollgateServer.get().baseUri().toString());
    }
  }

  @Test
  void withASessionPromptsDecideWhatIsAskedAndAnUnknownClientIsRefused() {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("page-prompt");
    pages.signIn(user.email(), TotpFixtures.PASSWORD);
    pages.waitForPath("/profile");

    pages.open("/login?return=%2Fdevices");
    pages.waitForPath("/devices");

    pages.open("/login?prompt=login&return=%2Fdevices");
    assertThat(pages.heading()).isEqualTo("Sign in");
    assertThat(pages.has("login:password")).isTrue();

    pages.open("/login?prompt=mfa&return=%2Fdevices");
    assertThat(pages.heading()).isEqualTo("Confirm it is you");
    assertThat(pages.has("login:password")).isFalse();
    pages.fill("code:otp", user.nextCode());
    pages.click("code:verify");
    pages.waitForPath("/devices");
    assertThat(fixtures.auditCount(user.id(), "mfa_verified")).isEqualTo(1);

    // just verified: the app can be removed without another check
    pages.open("/profile");
    pages.click("totpremove:remove");
    pages.waitForText("The authenticator app was removed.");
    assertThat(pages.text("totp-status")).isEqualTo("Not set up.");
    assertThat(pages.body()).doesNotContain("Confirm it is you");

    pages.open("/login?client_id=no-such-client&return=%2Fdevices");
    pages.waitForText("an application Tollgate does not know");
    assertThat(pages.has("login:password")).isFalse();
  }
}
