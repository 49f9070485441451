package dev.tollgate.mfa.passkey;

import static dev.tollgate.mfa.passkey.PasskeyVerifierRegistrationTest.ORIGIN;
import static dev.tollgate.mfa.passkey.PasskeyVerifierRegistrationTest.RP;
import static dev.tollgate.mfa.passkey.PasskeyVerifierRegistrationTest.random;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The options must be the WebAuthn Level 3 JSON form that parseCreationOptionsFromJSON takes. */
class PasskeyOptionsTest {
  private final byte[] handle = random(32);
  private final byte[] challenge = random(32);

  @Test
  void creationOptionsCarryEverythingSpecSevenAsksFor() {
    JsonObject options = PasskeyOptions.creation(RP, handle, "alice@example.test", "Alice Liddell", challenge, List.of());

    assertThat(options.getJsonObject("rp").getString("id")).isEqualTo("id.example.test");
    assertThat(options.getJsonObject("rp").getString("name")).isEqualTo("Tollgate");
    assertThat(options.getJsonObject("user").getString("id")).isEqualTo(SoftwareAuthenticator.b64(handle));
    assertThat(options.getJsonObject("user").getString("name")).isEqualTo("alice@example.test");
    assertThat(options.getJsonObject("user").getString("displayName")).isEqualTo("Alice Liddell");
    assertThat(options.getString("challenge")).isEqualTo(SoftwareAuthenticator.b64(challenge));
    assertThat(options.getJsonArray("pubKeyCredParams"))
        .extracting(p -> p.asJsonObject().getString("type") + " " + p.asJsonObject().getInt("alg"))
        .containsExactly("public-key -7", "public-key -257");
    assertThat(options.getJsonNumber("timeout").longValue()).isEqualTo(300_000);
    assertThat(options.getJsonObject("authenticatorSelection").getString("residentKey")).isEqualTo("preferred");
    assertThat(options.getJsonObject("authenticatorSelection").getString("userVerification")).isEqualTo("preferred");
    assertThat(options.getString("attestation")).isEqualTo("none");
    assertThat(options.getJsonArray("excludeCredentials")).isEmpty();
    assertThat(options.toString()).doesNotContain("=").doesNotContain("+").doesNotContain("null");
  }

  @Test
  void existingPasskeysAreExcludedWithTheirTransports() throws Exception {
    Passkey existing = registered();

    JsonObject options = PasskeyOptions.creation(RP, handle, "a@b.c", "A", challenge, List.of(existing));

    JsonObject excluded = options.getJsonArray("excludeCredentials").getJsonObject(0);
    assertThat(excluded.getString("type")).isEqualTo("public-key");
    assertThat(excluded.getString("id")).isEqualTo(existing.credentialId().base64url());
    assertThat(excluded.getJsonArray("transports")).containsExactly(jsonString("internal"));
  }

  @Test
  void requestOptionsAllowTheUsersPasskeys() throws Exception {
    Passkey existing = registered();

    JsonObject options = PasskeyOptions.request(RP, challenge, List.of(existing));

    assertThat(options.getString("rpId")).isEqualTo("id.example.test");
    assertThat(options.getString("challenge")).isEqualTo(SoftwareAuthenticator.b64(challenge));
    assertThat(options.getString("userVerification")).isEqualTo("preferred");
    assertThat(options.getJsonNumber("timeout").longValue()).isEqualTo(300_000);
    assertThat(options.getJsonArray("allowCredentials").getJsonObject(0).getString("id"))
        .isEqualTo(existing.credentialId().base64url());
  }

  private Passkey registered() throws PasskeyRejected {
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    byte[] c = random(32);
    JsonObject creation = PasskeyOptions.creation(RP, handle, "a@b.c", "A", c, List.of());
    VerifiedRegistration registration =
        new PasskeyVerifier(RP).verifyRegistration(authenticator.register(creation, ORIGIN).toString(), c);
    return new Passkey(UUID.randomUUID(), registration, new PasskeyName("Key"), Instant.now());
  }

  private static JsonValue jsonString(String value) {
    return jakarta.json.Json.createValue(value);
  }
}
