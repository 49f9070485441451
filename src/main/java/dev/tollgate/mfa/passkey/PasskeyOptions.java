package dev.tollgate.mfa.passkey;

import com.webauthn4j.data.AttestationConveyancePreference;
import com.webauthn4j.data.AuthenticatorSelectionCriteria;
import com.webauthn4j.data.PublicKeyCredentialCreationOptions;
import com.webauthn4j.data.PublicKeyCredentialDescriptor;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialRequestOptions;
import com.webauthn4j.data.PublicKeyCredentialRpEntity;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.PublicKeyCredentialUserEntity;
import com.webauthn4j.data.ResidentKeyRequirement;
import com.webauthn4j.data.UserVerificationRequirement;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;

/**
 * The options handed to {@code navigator.credentials.create/get} in the WebAuthn Level 3 JSON
 * form (base64url strings), ready for {@code PublicKeyCredential.parseCreationOptionsFromJSON}.
 * Built from webauthn4j's types and written by its JSON mapper.
 */
public final class PasskeyOptions {
  public static final Duration TIMEOUT = Duration.ofMinutes(5);
  static final List<PublicKeyCredentialParameters> ALGORITHMS =
      List.of(
          new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
          new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

  private PasskeyOptions() {}

  /** The user is named by email and display name; their id is the opaque handle. */
  public static JsonObject creation(
      RelyingParty rp, byte[] userHandle, String userName, String displayName, byte[] challenge,
      List<Passkey> existing) {
    PublicKeyCredentialCreationOptions options =
        new PublicKeyCredentialCreationOptions(
            new PublicKeyCredentialRpEntity(rp.id(), rp.name()),
            new PublicKeyCredentialUserEntity(userHandle, userName, displayName),
            new DefaultChallenge(challenge),
            ALGORITHMS,
            TIMEOUT.toMillis(),
            descriptors(existing),
            new AuthenticatorSelectionCriteria(
                null, ResidentKeyRequirement.PREFERRED, UserVerificationRequirement.PREFERRED),
            AttestationConveyancePreference.NONE,
            null);
    return toJson(options);
  }

  public static JsonObject request(RelyingParty rp, byte[] challenge, List<Passkey> allowed) {
    PublicKeyCredentialRequestOptions options =
        new PublicKeyCredentialRequestOptions(
            new DefaultChallenge(challenge),
            TIMEOUT.toMillis(),
            rp.id(),
            descriptors(allowed),
            UserVerificationRequirement.PREFERRED,
            null);
    return toJson(options);
  }

  private static List<PublicKeyCredentialDescriptor> descriptors(List<Passkey> passkeys) {
    return passkeys.stream()
        .map(
            p ->
                new PublicKeyCredentialDescriptor(
                    PublicKeyCredentialType.PUBLIC_KEY,
                    p.credentialId().bytes(),
                    p.transports().isEmpty() ? null : p.transports()))
        .toList();
  }

  private static JsonObject toJson(Object options) {
    String json = WebAuthnCodec.CONVERTER.getJsonConverter().writeValueAsString(options);
    return Json.createReader(new StringReader(json)).readObject();
  }
}
