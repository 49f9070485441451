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

  /** POST /auth/mfa/passkey/begin: the request options for this sign-in (or step-up). */
  Api.Reply beginStep(String mfaToken) {
    return api.post("/api/v1/auth/mfa/passkey/begin", Json.createObjectBuilder().add("mfa_token", mfaToken).build().toString())
        .send();
  }

  Api.Reply finishStep(String mfaToken, JsonObject credential) {
    return api.post(
            "/api/v1/auth/mfa/passkey/finish",
            Json.createObjectBuilder().add("mfa_token", mfaToken).add("credential", credential).build().toString())
        .send();
  }

  /** Begin and finish with the authenticator as it is; the finish reply. */
  Api.Reply answer(String mfaToken, SoftwareAuthenticator authenticator) {
    return answer(mfaToken, authenticator, Tamper.none(origin()));
  }

  Api.Reply answer(String mfaToken, SoftwareAuthenticator authenticator, Tamper tamper) {
    Api.Reply begun = beginStep(mfaToken);
    if (begun.status() != 200) {
      throw new AssertionError("passkey begin failed: " + begun);
    }
    return finishStep(mfaToken, authenticator.authenticate(begun.json().getJsonObject("publicKey"), tamper));
  }

  /** Password sign-in that must stop at the second step; its mfa_token. */
  String mfaToken(String email) {
    Api.Reply reply =
        api.post(
                "/api/v1/auth/login",
                Json.createObjectBuilder().add("email", email).add("password", Accounts.PASSWORD).build().toString())
            .send();
    if (reply.status() != 200 || !reply.json().getBoolean("mfa_required", false)) {
      throw new AssertionError("expected a second step for " + email + ": " + reply);
    }
    return reply.json().getString("mfa_token");
  }

  /** Step-up with the passkey (SPEC §9): the session is verified now; the fresh token. */
  String stepUp(String token, SoftwareAuthenticator authenticator) {
    Api.Reply started = api.post("/api/v1/auth/step-up", null).bearer(token).send();
    if (started.status() != 200) {
      throw new AssertionError("step-up failed: " + started);
    }
    Api.Reply done = answer(started.json().getString("mfa_token"), authenticator);
    if (done.status() != 200) {
      throw new AssertionError("step-up answer failed: " + done);
    }
    return done.json().getString("token");
  }
}
