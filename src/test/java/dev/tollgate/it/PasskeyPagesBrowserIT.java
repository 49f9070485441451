package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Passkeys on the pages, with Chrome's virtual authenticator: registered from the profile page
 * (options from the backing bean, the ceremony in webauthn.js), renamed, used at the second step;
 * the enrollment wizard of a sign-in the policy stops; and the in-place step-up before a factor
 * change on a session whose second factor is not recent. One Chromium for the class.
 */
class PasskeyPagesBrowserIT extends PageBrowserTest {
  private final Api api = Api.forServer();
  private final TotpFixtures fixtures = new TotpFixtures(api);

  @AfterEach
  void restore() {
    fixtures.restoreSettings();
  }

  @Test
  void registerRenameAndSignInWithAPasskeyFromThePages() {
    String email = fixtures.newUser("page-passkey");
    pages.signIn(email, TotpFixtures.PASSWORD);
    pages.waitForPath("/profile");
    addPasskey("Laptop key");
    assertThat(row("Laptop key").getText()).contains("Never");

    WebElement row = row("Laptop key");
    row.findElement(By.cssSelector("input[type=text]")).sendKeys("Work laptop");
    row.findElement(By.cssSelector("input[value=Rename]")).click();
    // the session was signed in with the password alone, before the user had a factor
    pages.waitForText("Confirm it is you");
    pages.waitFor(By.xpath("//button[normalize-space()='Use a passkey']")).click();
    pages.waitForText("The passkey was renamed.");
    assertThat(pages.has(By.cssSelector("tr[data-passkey='Work laptop']"))).isTrue();

    fixtures.setSettings("{\"mfa_policy\":\"passkey\"}");
    pages.signOut();
    pages.submitPassword(email, TotpFixtures.PASSWORD);
    assertThat(pages.heading()).isEqualTo("Second step");
    assertThat(pages.has("code:otp")).as("no authenticator app to offer").isFalse();
    pages.screenshot("second-step-passkey");
    pages.waitFor(By.xpath("//button[normalize-space()='Use a passkey']")).click();
    assertThat(pages.heading()).isEqualTo("Trust this device?");
    pages.click("trust:no");
    pages.waitForPath("/profile");
    assertThat(row("Work laptop").getText()).doesNotContain("Never");

    fixtures.restoreSettings();
    row("Work laptop").findElement(By.cssSelector("input[value=Remove]")).click();
    pages.waitForText("The passkey was removed.");
    assertThat(pages.body()).contains("No passkeys yet.").doesNotContain("Confirm it is you");
  }

  @Test
  void aSignInThatNeedsEnrollmentRunsTheWizardWithAPasskey() {
    String email = fixtures.newUser("page-enroll");
    fixtures.setSettings("{\"mfa_policy\":\"passkey\"}");
    pages.signIn(email, TotpFixtures.PASSWORD);
    assertThat(pages.heading()).isEqualTo("Set up a second factor");
    assertThat(pages.has("totpstart:go")).as("the policy needs a passkey").isFalse();
    pages.fill("passkeystart:name", "First key");
    pages.click("passkeystart:go");
    pages.screenshot("enrollment-wizard");
    pages.waitFor(By.xpath("//button[normalize-space()='Create the passkey now']")).click();
    assertThat(pages.heading()).isEqualTo("Save recovery codes?");
    pages.click("recoveryoffer:skip");
    assertThat(pages.heading()).isEqualTo("Trust this device?");
    pages.click("trust:no");
    pages.waitForPath("/profile");
    assertThat(row("First key").getText()).contains("First key");
  }

  @Test
  void aFactorChangeWithoutARecentVerificationStepsUpInPlace() {
    String email = fixtures.newUser("page-stepup");
    fixtures.setSettings("{\"mfa_policy\":\"optional\"}");
    pages.signIn(email, TotpFixtures.PASSWORD);
    pages.waitForPath("/profile");
    addPasskey("Key one");
    pages.signOut();
    pages.submitPassword(email, TotpFixtures.PASSWORD);
    pages.waitFor(By.xpath("//button[normalize-space()='Use a passkey']")).click();
    pages.fill("trust:name", "This browser");
    pages.click("trust:yes");
    pages.waitForPath("/profile");
    pages.signOut();
    pages.submitPassword(email, TotpFixtures.PASSWORD);
    pages.waitForPath("/profile"); // the trusted device stood in: no second factor on this session

    WebElement row = row("Key one");
    row.findElement(By.cssSelector("input[type=text]")).sendKeys("Renamed key");
    row.findElement(By.cssSelector("input[value=Rename]")).click();
    pages.waitForText("Confirm it is you");
    assertThat(pages.has(By.cssSelector("tr[data-passkey='Key one']"))).as("not renamed yet").isTrue();
    pages.waitFor(By.xpath("//button[normalize-space()='Use a passkey']")).click();

    pages.waitForText("The passkey was renamed.");
    assertThat(pages.has(By.cssSelector("tr[data-passkey='Renamed key']"))).isTrue();
    assertThat(pages.body()).doesNotContain("Confirm it is you");
  }

  private void addPasskey(String name) {
    pages.fill("passkeystart:name", name);
    pages.click("passkeystart:go");
    pages.waitFor(By.xpath("//button[normalize-space()='Create the passkey now']")).click();
    pages.waitForText("The passkey was added.");
  }

  private WebElement row(String name) {
    return pages.waitFor(By.cssSelector("tr[data-passkey='" + name + "']"));
  }
}
