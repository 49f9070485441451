package dev.tollgate.mfa.passkey;

import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import java.util.Set;

/** What a checked attestation yields: the new credential and the flags it was created with. */
public record VerifiedRegistration(
    CredentialId credentialId,
    COSEKey publicKey,
    long signCount,
    AAGUID aaguid,
    Set<AuthenticatorTransport> transports,
    String attestationFormat,
    boolean userVerified,
    boolean backupEligible,
    boolean backedUp) {

  public VerifiedRegistration {
    transports = Set.copyOf(transports);
  }
}
