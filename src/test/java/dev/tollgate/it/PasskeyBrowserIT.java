package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real browser registers a passkey: Chromium with its virtual authenticator takes the
 * options from the API, parses them with {@code PublicKeyCredential.parseCreationOptionsFromJSON},
 * creates the credential and posts {@code toJSON()} back. The page is any document of the server
 * (the JWKS), so the calls run with the server's origin; no test page is added to the product.
 */
@Tag("browser")
class PasskeyBrowserIT {
  private static final String REGISTER =
      """
      const [token, name, done] = arguments;
      const headers = {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'};
      (async () => {
        const begun = await (await fetch('/api/v1/mfa/passkey/register/begin',
            {method: 'POST', headers, body: '{}'})).json();
        const credential = await navigator.credentials.create(
            {publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(begun.publicKey)});
        const finished = await fetch(
            '/api/v1/mfa/passkey/register/finish?session=' + encodeURIComponent(begun.session),
            {method: 'POST', headers, body: JSON.stringify({credential: credential.toJSON(), name})});
        done({status: finished.status, body: await finished.text()});
      })().catch(e => done({error: String(e)}));
      """;

  private static Chromium browser;
  private final Api api = Api.forServer();
  private final PasskeyClient passkeys = new PasskeyClient(api);

  @BeforeAll
  static void startBrowser() {
    browser = new Chromium();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void chromiumRegistersAPasskeyFromTheApisOptions() {
    String token = Accounts.newUserToken(api, "browser");
    browser.open(passkeys.origin() + "/.well-known/jwks.json");

    Map<String, Object> result = browser.run(REGISTER, token, "Chromium");

    assertThat(result).doesNotContainKey("error");
    assertThat(result.get("status")).as(String.valueOf(result.get("body"))).isEqualTo(201L);
    assertThat(Api.json((String) result.get("body")).getString("name")).isEqualTo("Chromium");
    assertThat(passkeys.list(token).array()).hasSize(1);
    assertThat(browser.authenticator().getCredentials()).hasSize(1);
  }
}
