package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Administration → Settings → MFA in a real browser: an administrator changes the policy and
 * the next sign-in follows it (here: the enrollment wizard with an authenticator app), a bad
 * value is refused in plain words and changes nothing, and a non-admin is refused.
 */
class AdminSettingsBrowserIT extends PageBrowserTest {
  private static final String RESTORE =
      "{\"mfa_policy\":\"disabled\",\"mfa_allowed_methods\":\"totp,passkey\","
          + "\"mfa_enforce_enrollment\":false,\"mfa_reauth_interval_minutes\":0,"
          + "\"trusted_device_duration_days\":30,\"mfa_max_attempts\":5,\"mfa_lockout_minutes\":15}";
  private final Api api = Api.forServer();
  private final TotpFixtures fixtures = new TotpFixtures(api);

  @AfterEach
  void restore() {
    fixtures.setSettings(RESTORE);
  }

  @Test
  void anAdminChangesTheMfaPolicyAndTheNextSignInFollowsIt() {
    pages.signIn(TollgateServer.ADMIN_EMAIL, TollgateServer.ADMIN_PASSWORD);
    pages.waitForPath("/profile");
    pages.click(By.linkText("Settings"));
    pages.waitForPath("/admin/settings");
    pages.select("mfa:policy", "otp");
    pages.fill("mfa:reauth", "30");
    pages.fill("mfa:trusted", "14");
    pages.screenshot("admin-settings");
    pages.click("mfa:save");
    pages.waitForText("Settings saved.");
    JsonObject saved = settings();
    assertThat(saved.getString("mfa_policy")).isEqualTo("otp");
    assertThat(saved.getInt("mfa_reauth_interval_minutes")).isEqualTo(30);
    assertThat(saved.getInt("trusted_device_duration_days")).isEqualTo(14);

    String email = fixtures.newUser("page-policy");
    pages.signOut();
    pages.submitPassword(email, TotpFixtures.PASSWORD);
    assertThat(pages.heading()).isEqualTo("Set up a second factor");
    assertThat(pages.has("passkeystart:go")).as("the otp policy needs an app").isFalse();
    pages.click("totpstart:go");
    OathTool app = new OathTool(pages.text("totp-secret"));
    pages.fill("totpconfirm:otp", app.nextCode());
    pages.click("totpconfirm:confirm");
    assertThat(pages.heading()).isEqualTo("Save recovery codes?");
    pages.click("recoveryoffer:skip");
    assertThat(pages.heading()).isEqualTo("Trust this device?");
    assertThat(pages.body()).contains("for 14 days");
    pages.click("trust:no");
    pages.waitForPath("/profile");
    assertThat(pages.text("effective-policy")).contains("A second factor is required: an authenticator app.");
  }

  @Test
  void aBadValueIsRefusedInPlainWordsAndNothingChanges() {
    pages.signIn(TollgateServer.ADMIN_EMAIL, TollgateServer.ADMIN_PASSWORD);
    pages.open("/admin/settings");
    pages.select("mfa:policy", "any");
    pages.fill("mfa:reauth", "ten");
    pages.click("mfa:save");
    pages.waitForText("mfa_reauth_interval_minutes must be a whole number from 0 to 525600");

    pages.fill("mfa:reauth", "0");
    pages.click("mfa:totp");
    pages.click("mfa:passkey");
    pages.click("mfa:save");
    pages.waitForText("mfa_allowed_methods must be a non-empty list");
    assertThat(settings().getString("mfa_policy")).isEqualTo("disabled");
  }

  @Test
  void aNonAdminIsRefused() {
    pages.signIn(fixtures.newUser("page-nonadmin"), TotpFixtures.PASSWORD);
    pages.waitForPath("/profile");
    assertThat(pages.has(By.linkText("Settings"))).isFalse();
    pages.open("/admin/settings");
    pages.waitForText("This page is for administrators only.");
    assertThat(pages.has("mfa:save")).isFalse();
    pages.screenshot("admin-refused");
  }

  private JsonObject settings() {
    return api.get("/api/v1/settings").bearer(fixtures.admin().token()).send().json();
  }
}
