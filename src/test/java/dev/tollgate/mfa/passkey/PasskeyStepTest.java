package dev.tollgate.mfa.passkey;

import static dev.tollgate.mfa.passkey.PasskeyVerifierRegistrationTest.ORIGIN;
import static dev.tollgate.mfa.passkey.PasskeyVerifierRegistrationTest.RP;
import static dev.tollgate.mfa.passkey.PasskeyVerifierRegistrationTest.random;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The amr a passkey adds to a sign-in (RFC 8176). */
class PasskeyStepTest {
  @Test
  void aDeviceBoundPasskeyWithUserVerificationIsHwkAndUser() throws Exception {
    Passkey passkey = registered(SoftwareAuthenticator.create());

    assertThat(PasskeyStep.amr(passkey, assertion(passkey, true, false))).containsExactly("hwk", "user");
  }

  @Test
  void withoutUserVerificationThereIsNoUser() throws Exception {
    Passkey passkey = registered(SoftwareAuthenticator.create());

    assertThat(PasskeyStep.amr(passkey, assertion(passkey, false, false))).containsExactly("hwk");
  }

  @Test
  void aSyncedPasskeyIsASoftwareKey() throws Exception {
    Passkey passkey = registered(SoftwareAuthenticator.create().synced());

    assertThat(PasskeyStep.amr(passkey, assertion(passkey, true, true))).containsExactly("swk", "user");
  }

  private static VerifiedAssertion assertion(Passkey passkey, boolean userVerified, boolean backupEligible) {
    return new VerifiedAssertion(passkey.credentialId(), 5, userVerified, backupEligible, backupEligible);
  }

  private static Passkey registered(SoftwareAuthenticator authenticator) throws PasskeyRejected {
    byte[] challenge = random(32);
    var options = PasskeyOptions.creation(RP, random(32), "a@b.c", "A", challenge, List.of());
    VerifiedRegistration registration =
        new PasskeyVerifier(RP).verifyRegistration(authenticator.register(options, ORIGIN).toString(), challenge);
    return new Passkey(UUID.randomUUID(), registration, new PasskeyName("Key"), Instant.now());
  }
}
