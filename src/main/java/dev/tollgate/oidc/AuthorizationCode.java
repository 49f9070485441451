package dev.tollgate.oidc;

import dev.tollgate.shared.db.SingleUseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An authorization code (keyed hash only): single-use, 60 seconds, bound to its redirect URI. */
@Entity
@Table(name = "oidc_authorization_code")
public class AuthorizationCode extends SingleUseRecord {
  @Column(name = "code_hash", nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "application_id", nullable = false, updatable = false)
  private UUID applicationId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "redirect_uri", nullable = false, updatable = false)
  private String redirectUri;

  @Column(nullable = false, updatable = false)
  private String scope;

  @Column(updatable = false)
  private String nonce;

  @Column(name = "code_challenge", updatable = false)
  private String codeChallenge;

  @Column(name = "auth_time", nullable = false, updatable = false)
  private Instant authTime;

  @Column(nullable = false, updatable = false)
  private String amr;

  @Column(nullable = false, updatable = false)
  private String acr;

  protected AuthorizationCode() {}

  AuthorizationCode(
      String codeHash, Grant grant, String redirectUri, String nonce, String codeChallenge,
      Instant now, Instant expiresAt) {
    super(now, expiresAt);
    this.codeHash = codeHash;
    this.applicationId = grant.applicationId();
    this.userId = grant.userId();
    this.sessionId = grant.sessionId();
    this.redirectUri = redirectUri;
    this.scope = Grant.join(grant.scope());
    this.nonce = nonce;
    this.codeChallenge = codeChallenge;
    this.authTime = grant.authTime();
    this.amr = Grant.join(grant.amr());
    this.acr = grant.acr();
  }

  Grant grant() {
    return new Grant(
        applicationId, userId, sessionId, Grant.split(scope), authTime, Grant.split(amr), acr);
  }

  String redirectUri() {
    return redirectUri;
  }

  Optional<String> nonce() {
    return Optional.ofNullable(nonce);
  }

  Optional<String> codeChallenge() {
    return Optional.ofNullable(codeChallenge);
  }

}
