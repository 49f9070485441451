package dev.tollgate.mfa.passkey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.exception.WebAuthnException;
import com.webauthn4j.verifier.attestation.statement.none.NoneAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.packed.PackedAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.NullCertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.self.DefaultSelfAttestationTrustworthinessVerifier;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import dev.tollgate.mfa.passkey.PasskeyRejected.Reason;
import dev.tollgate.shared.config.DeploymentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * All WebAuthn crypto of Tollgate, done by webauthn4j: attestations at registration and
 * assertions at sign-in, against the one origin and RP ID of {@code OIDC_ISSUER} and the
 * challenge the server issued. Attestation "none" and "packed" (self or with a certificate; its
 * signature is checked, its trust is not, since Tollgate asks for no attestation) are accepted.
 */
@ApplicationScoped
public class PasskeyVerifier {
  static final int MAX_RESPONSE_CHARS = 64 * 1024;
  private static final Set<String> KNOWN_TRANSPORTS =
      Set.of("usb", "nfc", "ble", "smart-card", "hybrid", "internal");

  private final RelyingParty relyingParty;
  private final WebAuthnManager manager;

  /** For the CDI proxy only. */
  protected PasskeyVerifier() {
    this.relyingParty = null;
    this.manager = null;
  }

  @Inject
  public PasskeyVerifier(DeploymentConfig config) {
    this(RelyingParty.of(config));
  }

  public PasskeyVerifier(RelyingParty relyingParty) {
    this.relyingParty = relyingParty;
    this.manager =
        new WebAuthnManager(
            List.of(new NoneAttestationStatementVerifier(), new PackedAttestationStatementVerifier()),
            new NullCertPathTrustworthinessVerifier(),
            new DefaultSelfAttestationTrustworthinessVerifier(),
            WebAuthnCodec.CONVERTER);
  }

  public RelyingParty relyingParty() {
    return relyingParty;
  }

  /** Checks a RegistrationResponseJSON against the challenge issued for it. */
  public VerifiedRegistration verifyRegistration(String responseJson, byte[] challenge)
      throws PasskeyRejected {
    RegistrationData data = parse(responseJson, () -> manager.parseRegistrationResponseJSON(responseJson));
    RegistrationParameters parameters =
        new RegistrationParameters(serverProperty(challenge), PasskeyOptions.ALGORITHMS, false, true);
    verify(() -> manager.verify(data, parameters));
    AttestationObject attestation = data.getAttestationObject();
    AuthenticatorData<?> authData = attestation.getAuthenticatorData();
    AttestedCredentialData credential = authData.getAttestedCredentialData();
    return new VerifiedRegistration(
        CredentialId.of(credential.getCredentialId()),
        credential.getCOSEKey(),
        authData.getSignCount(),
        credential.getAaguid(),
        knownTransports(data.getTransports()),
        attestation.getFormat(),
        authData.isFlagUV(),
        authData.isFlagBE(),
        authData.isFlagBS());
  }

  /**
   * Checks an AuthenticationResponseJSON: the credential must be one of {@code candidates} (the
   * user's passkeys, also the allowCredentials of the challenge), the user handle, when the
   * authenticator returns one, must be the user's, and the signature counter must move forward
   * whenever either count is non-zero.
   */
  public VerifiedAssertion verifyAssertion(
      String responseJson, byte[] challenge, List<Passkey> candidates, byte[] userHandle)
      throws PasskeyRejected {
    AuthenticationData data = parse(responseJson, () -> manager.parseAuthenticationResponseJSON(responseJson));
    Passkey passkey =
        candidates.stream()
            .filter(p -> p.credentialId().matches(data.getCredentialId()))
            .findFirst()
            .orElseThrow(() -> new PasskeyRejected(Reason.UNKNOWN_CREDENTIAL, "This passkey is not registered for this account"));
    byte[] returnedHandle = data.getUserHandle();
    if (returnedHandle != null && returnedHandle.length > 0 && !Arrays.equals(returnedHandle, userHandle)) {
      throw new PasskeyRejected(Reason.USER_HANDLE, "The passkey belongs to another account");
    }
    AuthenticationParameters parameters =
        new AuthenticationParameters(
            serverProperty(challenge),
            credentialRecord(passkey),
            candidates.stream().map(p -> p.credentialId().bytes()).toList(),
            false,
            true);
    try {
      verify(() -> manager.verify(data, parameters));
    } catch (PasskeyRejected e) {
      throw e.reason() == Reason.COUNTER_REGRESSION ? e.about(passkey.id()) : e;
    }
    AuthenticatorData<?> authData = data.getAuthenticatorData();
    return new VerifiedAssertion(
        passkey.credentialId(), authData.getSignCount(), authData.isFlagUV(), authData.isFlagBE(), authData.isFlagBS());
  }

  private ServerProperty serverProperty(byte[] challenge) {
    return ServerProperty.builder()
        .origin(new Origin(relyingParty.origin()))
        .rpId(relyingParty.id())
        .challenge(new DefaultChallenge(challenge))
        .build();
  }

  private static CredentialRecordImpl credentialRecord(Passkey passkey) {
    return new CredentialRecordImpl(
        null,
        passkey.userVerified(),
        passkey.backupEligible(),
        passkey.backedUp(),
        passkey.signCount(),
        new AttestedCredentialData(passkey.aaguid(), passkey.credentialId().bytes(), passkey.publicKey()),
        null,
        null,
        null,
        passkey.transports());
  }

  /** Parsing untrusted JSON and CBOR may fail in many ways; all of them are a malformed response. */
  private static <T> T parse(String json, Supplier<T> parser) throws PasskeyRejected {
    if (json == null || json.length() > MAX_RESPONSE_CHARS) {
      throw new PasskeyRejected(Reason.MALFORMED, "The passkey response is missing or too large");
    }
    try {
      T parsed = parser.get();
      if (parsed == null) {
        throw new PasskeyRejected(Reason.MALFORMED, "The passkey response is empty");
      }
      return parsed;
    } catch (RuntimeException e) {
      throw new PasskeyRejected(Reason.MALFORMED, "The passkey response cannot be read");
    }
  }

  private static void verify(Runnable verification) throws PasskeyRejected {
    try {
      verification.run();
    } catch (MaliciousCounterValueException e) {
      throw new PasskeyRejected(
          Reason.COUNTER_REGRESSION,
          "The passkey's signature counter went backwards; it may have been cloned",
          Map.of("stored_count", e.getStoredCounter(), "presented_count", e.getPresentedCounter()));
    } catch (WebAuthnException e) {
      Reason reason = VerificationFailures.reasonOf(e);
      throw new PasskeyRejected(reason, VerificationFailures.message(reason));
    } catch (RuntimeException e) {
      // webauthn4j checks structure lazily; a response it cannot even inspect is malformed
      throw new PasskeyRejected(Reason.MALFORMED, "The passkey response is incomplete");
    }
  }

  private static Set<AuthenticatorTransport> knownTransports(Set<AuthenticatorTransport> given) {
    if (given == null) {
      return Set.of();
    }
    return given.stream()
        .filter(t -> KNOWN_TRANSPORTS.contains(t.getValue()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
