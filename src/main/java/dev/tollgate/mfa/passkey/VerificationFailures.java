package dev.tollgate.mfa.passkey;

import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.verifier.exception.BadAaguidException;
import com.webauthn4j.verifier.exception.BadAlgorithmException;
import com.webauthn4j.verifier.exception.BadAttestationStatementException;
import com.webauthn4j.verifier.exception.BadBackupEligibleFlagException;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.BadTopOriginException;
import com.webauthn4j.verifier.exception.CertificateException;
import com.webauthn4j.verifier.exception.ConstraintViolationException;
import com.webauthn4j.verifier.exception.CrossOriginException;
import com.webauthn4j.verifier.exception.IllegalBackupStateException;
import com.webauthn4j.verifier.exception.InconsistentClientDataTypeException;
import com.webauthn4j.verifier.exception.MissingChallengeException;
import com.webauthn4j.verifier.exception.NotAllowedAlgorithmException;
import com.webauthn4j.verifier.exception.NotAllowedCredentialIdException;
import com.webauthn4j.verifier.exception.PublicKeyMismatchException;
import com.webauthn4j.verifier.exception.SelfAttestationProhibitedException;
import com.webauthn4j.verifier.exception.UserNotPresentException;
import dev.tollgate.mfa.passkey.PasskeyRejected.Reason;
import java.util.LinkedHashMap;
import java.util.Map;

/** Translates webauthn4j's exceptions into Tollgate's fixed vocabulary of refusal reasons. */
final class VerificationFailures {
  private static final Map<Class<? extends RuntimeException>, Reason> REASONS = new LinkedHashMap<>();

  static {
    REASONS.put(DataConversionException.class, Reason.MALFORMED);
    REASONS.put(ConstraintViolationException.class, Reason.MALFORMED);
    REASONS.put(InconsistentClientDataTypeException.class, Reason.CLIENT_DATA_TYPE);
    REASONS.put(BadChallengeException.class, Reason.CHALLENGE);
    REASONS.put(MissingChallengeException.class, Reason.CHALLENGE);
    REASONS.put(BadOriginException.class, Reason.ORIGIN);
    REASONS.put(CrossOriginException.class, Reason.ORIGIN);
    REASONS.put(BadTopOriginException.class, Reason.ORIGIN);
    REASONS.put(BadRpIdException.class, Reason.RP_ID);
    REASONS.put(UserNotPresentException.class, Reason.USER_PRESENCE);
    REASONS.put(IllegalBackupStateException.class, Reason.FLAGS);
    REASONS.put(BadBackupEligibleFlagException.class, Reason.FLAGS);
    REASONS.put(NotAllowedAlgorithmException.class, Reason.ALGORITHM);
    REASONS.put(BadAlgorithmException.class, Reason.ALGORITHM);
    REASONS.put(BadSignatureException.class, Reason.SIGNATURE);
    REASONS.put(PublicKeyMismatchException.class, Reason.SIGNATURE);
    REASONS.put(NotAllowedCredentialIdException.class, Reason.UNKNOWN_CREDENTIAL);
    REASONS.put(BadAttestationStatementException.class, Reason.ATTESTATION);
    REASONS.put(SelfAttestationProhibitedException.class, Reason.ATTESTATION);
    REASONS.put(CertificateException.class, Reason.ATTESTATION);
    REASONS.put(BadAaguidException.class, Reason.ATTESTATION);
  }

  private VerificationFailures() {}

  static Reason reasonOf(RuntimeException e) {
    for (Map.Entry<Class<? extends RuntimeException>, Reason> entry : REASONS.entrySet()) {
      if (entry.getKey().isInstance(e)) {
        return entry.getValue();
      }
    }
    return Reason.INVALID;
  }

  static String message(Reason reason) {
    return switch (reason) {
      case MALFORMED -> "The passkey response is not a well-formed WebAuthn response";
      case CLIENT_DATA_TYPE -> "The passkey response is for another kind of ceremony";
      case CHALLENGE -> "The passkey response does not answer the challenge of this ceremony";
      case ORIGIN -> "The passkey response comes from another origin";
      case RP_ID -> "The passkey was created for another relying party";
      case USER_PRESENCE -> "The authenticator did not confirm the user's presence";
      case FLAGS -> "The authenticator's backup flags are inconsistent";
      case ALGORITHM -> "The passkey uses an algorithm Tollgate does not accept";
      case SIGNATURE -> "The passkey signature is not valid";
      case ATTESTATION -> "The authenticator's attestation is not valid or not supported";
      case UNKNOWN_CREDENTIAL -> "This passkey is not registered for this account";
      case USER_HANDLE -> "The passkey belongs to another account";
      case COUNTER_REGRESSION -> "The passkey's signature counter went backwards";
      case INVALID -> "The passkey response is not valid";
    };
  }
}
