package dev.tollgate.mfa.passkey;

import static dev.tollgate.mfa.passkey.PasskeyVerifierRegistrationTest.ORIGIN;
import static dev.tollgate.mfa.passkey.PasskeyVerifierRegistrationTest.RP;
import static dev.tollgate.mfa.passkey.PasskeyVerifierRegistrationTest.random;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.mfa.passkey.PasskeyRejected.Reason;
import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import dev.tollgate.testing.webauthn.Tamper;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasskeyVerifierAssertionTest {
  private final PasskeyVerifier verifier = new PasskeyVerifier(RP);
  private final byte[] userHandle = random(32);
  private final SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
  private final byte[] challenge = random(32);

  @Test
  void aGoodAssertionPassesAndMovesTheCounter() throws Exception {
    Passkey passkey = register(authenticator);

    VerifiedAssertion assertion = verify(authenticator.authenticate(options(passkey), ORIGIN), passkey);

    assertThat(assertion.credentialId()).isEqualTo(passkey.credentialId());
    assertThat(assertion.signCount()).isEqualTo(2);
    assertThat(assertion.userVerified()).isTrue();
  }

  @Test
  void theUserVerificationFlagOfTheAssertionIsReported() throws Exception {
    Passkey passkey = register(authenticator);
    authenticator.userVerifying(false);

    VerifiedAssertion assertion = verify(authenticator.authenticate(options(passkey), ORIGIN), passkey);

    assertThat(assertion.userVerified()).isFalse();
  }

  @Test
  void backupFlagsOfASyncedPasskeyAreReported() throws Exception {
    Passkey passkey = register(authenticator.synced());

    VerifiedAssertion assertion = verify(authenticator.authenticate(options(passkey), ORIGIN), passkey);

    assertThat(assertion.backupEligible()).isTrue();
    assertThat(assertion.backedUp()).isTrue();
  }

  @Test
  void authenticatorsWithoutACounterMayAlwaysReportZero() throws Exception {
    Passkey passkey = register(authenticator.withoutCounter());

    verify(authenticator.authenticate(options(passkey), ORIGIN), passkey);
    VerifiedAssertion second = verify(authenticator.authenticate(options(passkey), ORIGIN), passkey);

    assertThat(second.signCount()).isZero();
  }

  @Test
  void wrongOriginIsRefused() throws Exception {
    assertRefused(Tamper.none("https://evil.example.test"), Reason.ORIGIN);
  }

  @Test
  void wrongRpIdIsRefused() throws Exception {
    assertRefused(Tamper.none(ORIGIN).rpId("evil.example.test"), Reason.RP_ID);
  }

  @Test
  void wrongChallengeIsRefused() throws Exception {
    assertRefused(Tamper.none(ORIGIN).challenge(SoftwareAuthenticator.b64(random(32))), Reason.CHALLENGE);
  }

  @Test
  void aRegistrationTypeIsRefusedAtSignIn() throws Exception {
    assertRefused(Tamper.none(ORIGIN).type("webauthn.create"), Reason.CLIENT_DATA_TYPE);
  }

  @Test
  void aBadSignatureIsRefused() throws Exception {
    assertRefused(Tamper.none(ORIGIN).badSignature(), Reason.SIGNATURE);
  }

  @Test
  void aForgedKeyUnderAKnownCredentialIdIsRefused() throws Exception {
    Passkey passkey = register(authenticator);
    SoftwareAuthenticator forger = authenticator.withForeignKeySameId().counter(50);

    assertRefused(forger.authenticate(options(passkey), ORIGIN), passkey, Reason.SIGNATURE);
  }

  @Test
  void anUnknownCredentialIsRefused() throws Exception {
    Passkey passkey = register(authenticator);
    SoftwareAuthenticator stranger = SoftwareAuthenticator.create();
    register(stranger);

    assertRefused(stranger.authenticate(options(passkey), ORIGIN), passkey, Reason.UNKNOWN_CREDENTIAL);
  }

  @Test
  void anotherUsersHandleIsRefused() throws Exception {
    Passkey passkey = register(authenticator);
    JsonObject response = authenticator.authenticate(options(passkey), ORIGIN);

    assertThatThrownBy(() -> verifier.verifyAssertion(response.toString(), challenge, List.of(passkey), random(32)))
        .isInstanceOf(PasskeyRejected.class)
        .extracting(e -> ((PasskeyRejected) e).reason())
        .isEqualTo(Reason.USER_HANDLE);
  }

  @Test
  void aCounterThatGoesBackwardsIsRefusedWithBothCounts() throws Exception {
    Passkey passkey = register(authenticator);
    passkey.recordUse(new VerifiedAssertion(passkey.credentialId(), 10, true, false, false), Instant.now());
    authenticator.counter(3);

    assertThatThrownBy(() -> verify(authenticator.authenticate(options(passkey), ORIGIN), passkey))
        .isInstanceOfSatisfying(
            PasskeyRejected.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.COUNTER_REGRESSION);
              assertThat(e.details())
                  .containsEntry("stored_count", 10L)
                  .containsEntry("presented_count", 4L)
                  .containsEntry("passkey_id", passkey.id().toString());
            });
  }

  @Test
  void aRepeatedCounterIsRefused() throws Exception {
    Passkey passkey = register(authenticator);
    passkey.recordUse(new VerifiedAssertion(passkey.credentialId(), 7, true, false, false), Instant.now());
    authenticator.counter(6);

    assertRefused(authenticator.authenticate(options(passkey), ORIGIN), passkey, Reason.COUNTER_REGRESSION);
  }

  @Test
  void malformedResponsesAreRefused() throws Exception {
    Passkey passkey = register(authenticator);
    for (String json : new String[] {"{}", "[]", "{\"rawId\":\"" + passkey.credentialId().base64url() + "\"}"}) {
      assertThatThrownBy(() -> verifier.verifyAssertion(json, challenge, List.of(passkey), userHandle))
          .as(json)
          .isInstanceOf(PasskeyRejected.class)
          .extracting(e -> ((PasskeyRejected) e).reason())
          .isEqualTo(Reason.MALFORMED);
    }
  }

  private void assertRefused(Tamper tamper, Reason reason) throws Exception {
    Passkey passkey = register(authenticator);
    assertRefused(authenticator.authenticate(options(passkey), tamper), passkey, reason);
  }

  private void assertRefused(JsonObject response, Passkey passkey, Reason reason) {
    assertThatThrownBy(() -> verify(response, passkey))
        .isInstanceOf(PasskeyRejected.class)
        .extracting(e -> ((PasskeyRejected) e).reason())
        .isEqualTo(reason);
  }

  private VerifiedAssertion verify(JsonObject response, Passkey passkey) throws PasskeyRejected {
    return verifier.verifyAssertion(response.toString(), challenge, List.of(passkey), userHandle);
  }

  private JsonObject options(Passkey passkey) {
    return PasskeyOptions.request(RP, challenge, List.of(passkey));
  }

  private Passkey register(SoftwareAuthenticator device) throws PasskeyRejected {
    byte[] registrationChallenge = random(32);
    JsonObject creation =
        PasskeyOptions.creation(RP, userHandle, "alice@example.test", "Alice", registrationChallenge, List.of());
    VerifiedRegistration registration =
        verifier.verifyRegistration(device.register(creation, ORIGIN).toString(), registrationChallenge);
    return new Passkey(UUID.randomUUID(), registration, new PasskeyName("Laptop"), Instant.now());
  }
}
