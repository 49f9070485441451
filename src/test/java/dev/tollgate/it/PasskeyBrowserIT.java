package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real browser registers a passkey and signs in with it: Chromium with its virtual
 * authenticator takes the options from the API, parses them with {@code
 * PublicKeyCredential.parseCreationOptionsFromJSON} / {@code parseRequestOptionsFromJSON}, runs
 * the ceremony and posts {@code toJSON()} back. The page is any document of the server
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

  private static final String SIGN_IN =
      """
      const [email, password, done] = arguments;
      const json = {'Content-Type': 'application/json'};
      const post = (path, body) => fetch(path, {method: 'POST', headers: json, body: JSON.stringify(body)});
      (async () => {
        const login = await (await post('/api/v1/auth/login', {email, password})).json();
        const begun = await (await post('/api/v1/auth/mfa/passkey/begin', {mfa_token: login.mfa_token})).json();
        const assertion = await navigator.credentials.get(
            {publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(begun.publicKey)});
        const finished = await post('/api/v1/auth/mfa/passkey/finish',
            {mfa_token: login.mfa_token, credential: assertion.toJSON()});
        done({methods: login.methods, status: finished.status, body: await finished.text()});
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
    int before = browser.authenticator().getCredentials().size();

    Map<String, Object> result = browser.run(REGISTER, token, "Chromium");

    assertThat(result).doesNotContainKey("error");
    assertThat(result.get("status")).as(String.valueOf(result.get("body"))).isEqualTo(201L);
    assertThat(Api.json((String) result.get("body")).getString("name")).isEqualTo("Chromium");
    assertThat(passkeys.list(token).array()).hasSize(1);
    assertThat(browser.authenticator().getCredentials()).hasSize(before + 1);
  }

  @Test
  void chromiumSignsInWithThePasskeyItRegistered() {
    String email = Accounts.newUser(api, "browser-login");
    String token = api.login(email, Accounts.PASSWORD).token();
    browser.open(passkeys.origin() + "/.well-known/jwks.json");
    assertThat(browser.run(REGISTER, token, "Chromium").get("status")).isEqualTo(201L);
    settings("{\"mfa_policy\":\"passkey\"}");
    try {
      Map<String, Object> result = browser.run(SIGN_IN, email, Accounts.PASSWORD);

      assertThat(result).doesNotContainKey("error");
      assertThat(result.get("methods")).isEqualTo(List.of("passkey"));
      assertThat(result.get("status")).as(String.valueOf(result.get("body"))).isEqualTo(200L);
      List<String> amr = Api.json((String) result.get("body")).getJsonArray("amr").getValuesAs(JsonString::getString);
      assertThat(amr).containsExactly("pwd", "hwk", "user", "mfa");
    } finally {
      settings("{\"mfa_policy\":\"disabled\"}");
    }
  }

  private void settings(String json) {
    assertThat(api.put("/api/v1/settings", json).bearer(Accounts.admin(api).token()).send().status()).isEqualTo(200);
  }
}
