package dev.tollgate.mfa.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.mfa.passkey.PasskeyRejected.Reason;
import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import dev.tollgate.testing.webauthn.Tamper;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasskeyVerifierRegistrationTest {
  static final String ORIGIN = "https://id.example.test";
  static final RelyingParty RP = new RelyingParty("id.example.test", "Tollgate", ORIGIN);

  private final PasskeyVerifier verifier = new PasskeyVerifier(RP);
  private final SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
  private final byte[] challenge = random(32);
  private final JsonObject options =
      PasskeyOptions.creation(RP, random(32), "alice@example.test", "Alice", challenge, List.of());

  @Test
  void noneAttestationIsAcceptedAndDescribesTheCredential() throws Exception {
    VerifiedRegistration registration =
        verifier.verifyRegistration(authenticator.register(options, ORIGIN).toString(), challenge);

    assertThat(registration.credentialId().base64url()).isEqualTo(authenticator.credentialId());
    assertThat(registration.attestationFormat()).isEqualTo("none");
    assertThat(registration.signCount()).isEqualTo(1);
    assertThat(registration.userVerified()).isTrue();
    assertThat(registration.backupEligible()).isFalse();
    assertThat(registration.transports()).extracting(t -> t.getValue()).containsExactly("internal");
    assertThat(registration.aaguid().getValue()).isNotNull();
  }

  @Test
  void packedSelfAttestationIsAccepted() throws Exception {
    VerifiedRegistration registration =
        verifier.verifyRegistration(authenticator.register(options, Tamper.none(ORIGIN).packed()).toString(), challenge);

    assertThat(registration.attestationFormat()).isEqualTo("packed");
  }

  @Test
  void userVerificationAndBackupFlagsAreRecorded() throws Exception {
    authenticator.userVerifying(false).synced();

    VerifiedRegistration registration =
        verifier.verifyRegistration(authenticator.register(options, ORIGIN).toString(), challenge);

    assertThat(registration.userVerified()).isFalse();
    assertThat(registration.backupEligible()).isTrue();
    assertThat(registration.backedUp()).isTrue();
  }

  @Test
  void wrongOriginIsRefused() {
    assertRefused(Tamper.none("https://evil.example.test"), Reason.ORIGIN);
  }

  @Test
  void originOfAnotherPortIsRefused() {
    assertRefused(Tamper.none("https://id.example.test:8443"), Reason.ORIGIN);
  }

  @Test
  void wrongRpIdIsRefused() {
    assertRefused(Tamper.none(ORIGIN).rpId("evil.example.test"), Reason.RP_ID);
  }

  @Test
  void wrongChallengeIsRefused() {
    assertRefused(Tamper.none(ORIGIN).challenge(SoftwareAuthenticator.b64(random(32))), Reason.CHALLENGE);
  }

  @Test
  void anAssertionTypeIsRefusedAtRegistration() {
    assertRefused(Tamper.none(ORIGIN).type("webauthn.get"), Reason.CLIENT_DATA_TYPE);
  }

  @Test
  void aBadSelfAttestationSignatureIsRefused() {
    assertThatThrownBy(
            () ->
                verifier.verifyRegistration(
                    authenticator.register(options, Tamper.none(ORIGIN).packed().badSignature()).toString(),
                    challenge))
        .isInstanceOf(PasskeyRejected.class)
        .extracting(e -> ((PasskeyRejected) e).reason())
        .isEqualTo(Reason.SIGNATURE);
  }

  @Test
  void malformedResponsesAreRefused() {
    for (String json :
        new String[] {
          "{}", "not json", "{\"id\":\"x\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"AAAA\",\"attestationObject\":\"AAAA\"}}",
          null, "{\"response\":" + "[".repeat(10) + "}", "x".repeat(PasskeyVerifier.MAX_RESPONSE_CHARS + 1)
        }) {
      assertThatThrownBy(() -> verifier.verifyRegistration(json, challenge))
          .as(String.valueOf(json).substring(0, Math.min(40, String.valueOf(json).length())))
          .isInstanceOf(PasskeyRejected.class)
          .extracting(e -> ((PasskeyRejected) e).reason())
          .isEqualTo(Reason.MALFORMED);
    }
  }

  private void assertRefused(Tamper tamper, Reason reason) {
    String response = authenticator.register(options, tamper).toString();
    assertThatThrownBy(() -> verifier.verifyRegistration(response, challenge))
        .isInstanceOf(PasskeyRejected.class)
        .extracting(e -> ((PasskeyRejected) e).reason())
        .isEqualTo(reason);
  }

  static byte[] random(int length) {
    byte[] bytes = new byte[length];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
