package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * A user's browser at the API level: the {@code idp_sid} (and {@code idp_device}) cookies it
 * holds, signing in through {@code POST /api/v1/auth/login} and the second-step endpoints (as
 * the login page will), and visiting provider URLs without following redirects.
 */
final class Browser {
  private final Api api;
  String sid;
  String portalToken;
  String device;
  String trustDeviceToken;

  Browser(Api api) {
    this.api = api;
  }

  /** GET a local path with this browser's cookies; answers the raw reply (302s not followed). */
  Api.Reply visit(String path) {
    Api.Call call = api.get(path).replaceHeader("Accept", "text/html");
    if (sid != null) {
      call.cookie("idp_sid", sid);
    }
    if (device != null) {
      call.cookie("idp_device", device);
    }
    return call.send();
  }

  String location(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(302);
    return reply.header("Location").orElseThrow();
  }

  /** Password sign-in for an application, answering the second step with TOTP when asked. */
  void signIn(String email, String clientId, TotpFixtures.TotpUser totp) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("email", email).add("password", TotpFixtures.PASSWORD);
    if (clientId != null) {
      body.add("client_id", clientId);
    }
    Api.Call call = api.post("/api/v1/auth/login", body.build().toString());
    if (sid != null) {
      call.cookie("idp_sid", sid);
    }
    if (device != null) {
      call.cookie("idp_device", device);
    }
    Api.Reply reply = call.send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    if (reply.json().getBoolean("mfa_required", false)) {
      assertThat(totp).as("a second factor was asked for").isNotNull();
      reply = api.post("/api/v1/auth/mfa/totp", Json.createObjectBuilder()
              .add("mfa_token", reply.json().getString("mfa_token")).add("code", totp.nextCode()).build().toString())
          .send();
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
    sid = reply.cookie("idp_sid").orElseThrow(() -> new AssertionError("no idp_sid"));
    portalToken = reply.json().getString("token");
    trustDeviceToken = reply.json().getString("trust_device_token", null);
  }

  /** Trusts this browser with the trust token of its last sign-in (SPEC §8). */
  void trust() {
    Api.Reply reply = api.post("/api/v1/me/devices", Json.createObjectBuilder()
            .add("trust_device_token", trustDeviceToken).build().toString())
        .bearer(portalToken).send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    device = reply.cookie("idp_device").orElseThrow();
  }

  /** The second step only, on the current session (what the login page does for prompt=mfa). */
  void stepUp(TotpFixtures.TotpUser totp) {
    Api.Reply started = api.post("/api/v1/auth/step-up", null).bearer(portalToken).send();
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    Api.Reply done = api.post("/api/v1/auth/mfa/totp", Json.createObjectBuilder()
            .add("mfa_token", started.json().getString("mfa_token")).add("code", totp.nextCode()).build().toString())
        .send();
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    portalToken = done.json().getString("token");
  }

  /** The local continuation path the login page would return to. */
  static String returnPath(String loginLocation) {
    assertThat(loginLocation).startsWith("/login?");
    return RelyingParty.query(loginLocation).get("return");
  }
}
