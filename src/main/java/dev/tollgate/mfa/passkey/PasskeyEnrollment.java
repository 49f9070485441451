package dev.tollgate.mfa.passkey;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.mfa.FactorChanges;
import dev.tollgate.mfa.passkey.WebAuthnChallenge.Purpose;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.SecureTokens;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registering a passkey (SPEC §7): {@link #begin} issues a challenge and the creation options,
 * {@link #finish} has the browser's answer verified and stores the new credential. The session
 * token names the pending registration, so the answer can reach any node. A refusal rolls
 * back; its audit event stays, and the challenge it answered is gone for good.
 */
@ApplicationScoped
@Transactional
public class PasskeyEnrollment {
  @Inject PasskeyRepository passkeys;
  @Inject WebAuthnChallenges challenges;
  @Inject UserHandles handles;
  @Inject PasskeyVerifier verifier;
  @Inject UserRepository users;
  @Inject Settings settings;
  @Inject AuditLog audit;
  @Inject TimeSource time;
  @Inject FactorChanges factorChanges;

  /** The session token for {@link #finish} and the options for navigator.credentials.create. */
  public record Start(String session, JsonObject publicKey) {
    @Override
    public String toString() {
      return "Start[publicKey=" + publicKey + "]";
    }
  }

  public Start begin(UUID userId, String requestedName) {
    requireAllowed();
    PasskeyName name = requestedName == null ? null : new PasskeyName(requestedName);
    User user = users.findById(userId).orElseThrow(() -> DomainException.notFound("User"));
    String session = SecureTokens.newToken();
    WebAuthnChallenge challenge =
        challenges.issue(Purpose.REGISTRATION, session, userId, name == null ? null : name.value());
    JsonObject options =
        PasskeyOptions.creation(
            verifier.relyingParty(), handles.handleFor(userId), user.email(), user.displayName(),
            challenge.challenge(), passkeys.findByUser(userId));
    audit.record(AuditType.MFA_ENROLLMENT_STARTED, userId, Map.of("method", PasskeyFactor.METHOD));
    return new Start(session, options);
  }

  /** A name given here wins over one given at {@link #begin}; without either, "Passkey N". */
  public Passkey finish(UUID userId, String session, JsonObject credential, String requestedName) {
    requireAllowed();
    PasskeyName requested = requestedName == null ? null : new PasskeyName(requestedName);
    WebAuthnChallenge pending =
        challenges
            .consume(Purpose.REGISTRATION, session, userId)
            .orElseThrow(() -> refuse(userId, "session", invalidSession()));
    VerifiedRegistration registration = verify(userId, pending, credential);
    if (passkeys.credentialRegistered(registration.credentialId())) {
      throw refuse(
          userId, "already_registered",
          new DomainException(ErrorCode.PASSKEY_ALREADY_REGISTERED, "This passkey is already registered"));
    }
    List<Passkey> existing = passkeys.findByUser(userId);
    PasskeyName name =
        requested != null
            ? requested
            : PasskeyName.orDefault(pending.requestedName().orElse(null), existing.stream().map(Passkey::name).toList());
    Passkey passkey = new Passkey(userId, registration, name, time.now());
    passkeys.add(passkey);
    factorChanges.added(userId);
    audit.record(AuditType.MFA_ENROLLED, userId, registeredDetails(passkey));
    return passkey;
  }

  private VerifiedRegistration verify(UUID userId, WebAuthnChallenge pending, JsonObject credential) {
    try {
      return verifier.verifyRegistration(credential == null ? null : credential.toString(), pending.challenge());
    } catch (PasskeyRejected e) {
      throw refuse(
          userId, e.reason().wire(),
          new DomainException(ErrorCode.INVALID_PASSKEY_RESPONSE, e.getMessage())
              .withDetails(Map.of("reason", e.reason().wire())));
    }
  }

  private void requireAllowed() {
    if (!settings.current().mfaAllowedMethods().contains(PasskeyFactor.METHOD)) {
      throw new DomainException(ErrorCode.MFA_METHOD_NOT_ALLOWED, "Passkeys are not allowed here");
    }
  }

  private DomainException refuse(UUID userId, String reason, DomainException refusal) {
    audit.record(
        AuditType.MFA_ENROLLMENT_FAILED, userId, Map.of("method", PasskeyFactor.METHOD, "reason", reason));
    return refusal;
  }

  private static DomainException invalidSession() {
    return new DomainException(
        ErrorCode.INVALID_PASSKEY_SESSION,
        "The registration session is unknown, expired or already used; begin again");
  }

  private static Map<String, Object> registeredDetails(Passkey passkey) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("method", PasskeyFactor.METHOD);
    details.put("passkey_id", passkey.id().toString());
    details.put("name", passkey.name());
    details.put("aaguid", passkey.aaguid().toString());
    details.put("attestation_format", passkey.attestationFormat());
    details.put("user_verified", passkey.userVerified());
    details.put("backup_eligible", passkey.backupEligible());
    return details;
  }
}
