package dev.tollgate.it;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import dev.tollgate.testing.webauthn.Tamper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The passkey registration calls of the API, for tests that need a user with a passkey. */
final class PasskeyClient {
  private final Api api;

  PasskeyClient(Api api) {
    this.api = api;
  }

  /** The origin the server accepts: its OIDC_ISSUER, http://localhost:port. */
  String origin() {
    String base = api.server().baseUri().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  Api.Reply begin(String token, String name) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (name != null) {
      body.add("name", name);
    }
    return api.post("/api/v1/mfa/passkey/register/begin", body.build().toString()).bearer(token).send();
  }

  Api.Reply finish(String token, String session, JsonObject credential, String name) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("credential", credential);
    if (name != null) {
      body.add("name", name);
    }
    return api.post("/api/v1/mfa/passkey/register/finish?session=" + session, body.build().toString())
        .bearer(token)
        .send();
  }

  /** Registers the authenticator's passkey; returns the finish reply (201 expected). */
  Api.Reply register(String token, SoftwareAuthenticator authenticator, String name) {
    return register(token, authenticator, Tamper.none(origin()), name);
  }

  Api.Reply register(String token, SoftwareAuthenticator authenticator, Tamper tamper, String name) {
    Api.Reply begun = begin(token, null);
    if (begun.status() != 200) {
      throw new AssertionError("register/begin failed: " + begun);
    }
    JsonObject credential = authenticator.register(begun.json().getJsonObject("publicKey"), tamper);
    return finish(token, begun.json().getString("session"), credential, name);
  }

  Api.Reply list(String token) {
    return api.get("/api/v1/mfa/passkeys").bearer(token).send();
  }
}
