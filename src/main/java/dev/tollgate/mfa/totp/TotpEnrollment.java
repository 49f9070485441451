package dev.tollgate.mfa.totp;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.mfa.FactorChanges;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.config.DeploymentConfig;
import dev.tollgate.user.User;
import dev.tollgate.user.UserEvent;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Setting up and removing a user's authenticator app (SPEC §6): a pending secret, confirmed by
 * one valid code; one app per user. Whether the caller verified a factor recently enough is
 * checked by the resource, before any of this.
 */
@ApplicationScoped
@Transactional
public class TotpEnrollment {
  private static final Map<String, Object> TOTP = Map.of("method", TotpFactor.METHOD);

  @Inject TotpCredentials credentials;
  @Inject TotpVerifier verifier;
  @Inject UserRepository users;
  @Inject Settings settings;
  @Inject DeploymentConfig config;
  @Inject AuditLog audit;
  @Inject TimeSource time;
  @Inject FactorChanges factorChanges;

  /** What the user copies into their app; the secret is shown here once and never again. */
  public record Started(TotpSecret secret, String uri, String qrPng) {}

  /** What GET /mfa shows of the app. */
  public record Status(boolean enrolled, Instant createdAt) {}

  public Started start(UUID userId) {
    requireAllowed();
    User user = users.findById(userId).orElseThrow(() -> DomainException.notFound("User"));
    Optional<TotpCredential> existing = credentials.find(userId);
    if (existing.filter(TotpCredential::isConfirmed).isPresent()) {
      throw new DomainException(
          ErrorCode.TOTP_ALREADY_ENROLLED, "An authenticator app is already set up; remove it first");
    }
    TotpSecret secret = verifier.newSecret();
    String sealed = credentials.seal(userId, secret);
    Instant now = time.now();
    existing.ifPresentOrElse(
        pending -> pending.restart(sealed, now),
        () -> credentials.add(new TotpCredential(userId, sealed, now)));
    audit.record(AuditType.MFA_ENROLLMENT_STARTED, userId, TOTP);
    String uri = TotpProvisioning.uri(config.totpIssuer(), user.email(), secret);
    return new Started(secret, uri, TotpProvisioning.qrPngDataUrl(uri));
  }

  /** 400 invalid_mfa_code for a wrong code; the accepted code cannot be used to sign in. */
  public void confirm(UUID userId, String code) {
    requireAllowed();
    TotpCredential credential =
        credentials.find(userId)
            .orElseThrow(
                () ->
                    new DomainException(
                        ErrorCode.NO_PENDING_ENROLLMENT, "Start the enrollment first"));
    if (credential.isConfirmed()) {
      throw new DomainException(
          ErrorCode.TOTP_ALREADY_ENROLLED, "The authenticator app is already confirmed");
    }
    Instant now = time.now();
    TotpVerifier.Verdict verdict =
        verifier.verify(credentials.secretOf(credential), credential.lastUsedStep(), code, now);
    if (!(verdict instanceof TotpVerifier.Verdict.Accepted accepted)) {
      audit.record(AuditType.MFA_ENROLLMENT_FAILED, userId, Map.of("method", TotpFactor.METHOD, "reason", "wrong_code"));
      throw new DomainException(ErrorCode.INVALID_MFA_CODE, "The code is not valid").withStatus(400);
    }
    credential.confirm(now, accepted.step());
    factorChanges.added(userId);
    audit.record(AuditType.MFA_ENROLLED, userId, TOTP);
  }

  /** Removes the app, confirmed or pending; 404 when there is none. */
  public void remove(UUID userId) {
    TotpCredential credential =
        credentials.find(userId)
            .orElseThrow(() -> DomainException.notFound("Authenticator app"));
    credentials.remove(credential);
    audit.record(
        AuditType.MFA_REMOVED,
        userId,
        Map.of("method", TotpFactor.METHOD, "confirmed", credential.isConfirmed()));
    if (credential.isConfirmed()) {
      factorChanges.removed(userId);
    }
  }

  /** An administrator's reset removes the app, confirmed or pending, through this service. */
  void onUserEvent(@Observes UserEvent event) {
    if (event.kind() != UserEvent.Kind.MFA_RESET) {
      return;
    }
    credentials.find(event.userId()).ifPresent(credential -> {
      credentials.remove(credential);
      audit.record(
          AuditType.MFA_REMOVED,
          event.userId(),
          Map.of("method", TotpFactor.METHOD, "confirmed", credential.isConfirmed(),
              "reason", "reset"));
    });
  }

  public Status status(UUID userId) {
    return credentials.findConfirmed(userId)
        .map(c -> new Status(true, c.confirmedAt().orElseThrow()))
        .orElse(new Status(false, null));
  }

  private void requireAllowed() {
    if (!settings.current().mfaAllowedMethods().contains(TotpFactor.METHOD)) {
      throw new DomainException(
          ErrorCode.MFA_METHOD_NOT_ALLOWED, "Authenticator apps are not allowed on this server");
    }
  }
}
