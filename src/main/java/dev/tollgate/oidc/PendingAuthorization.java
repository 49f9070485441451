package dev.tollgate.oidc;

import dev.tollgate.shared.db.SingleUseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An authorization request waiting while the user signs in, passes the second step or enrolls
 * at {@code /login}; the continuation URL names it by a handle of which only a keyed hash is
 * kept. Single-use: consumed when the request is answered.
 */
@Entity
@Table(name = "oidc_pending_authorization")
public class PendingAuthorization extends SingleUseRecord {
  @Column(name = "handle_hash", nullable = false, updatable = false)
  private String handleHash;

  @Column(name = "application_id", nullable = false, updatable = false)
  private UUID applicationId;

  @Column(name = "redirect_uri", nullable = false, updatable = false)
  private String redirectUri;

  @Column(nullable = false, updatable = false)
  private String scope;

  @Column(updatable = false)
  private String state;

  @Column(updatable = false)
  private String nonce;

  @Column(name = "code_challenge", updatable = false)
  private String codeChallenge;

  @Column(name = "force_login", nullable = false, updatable = false)
  private boolean forceLogin;

  @Column(name = "reverify_asked", nullable = false)
  private boolean reverifyAsked;

  protected PendingAuthorization() {}

  PendingAuthorization(
      String handleHash, AuthorizeRequest request, boolean forceLogin, boolean reverifyAsked,
      Instant now, Instant expiresAt) {
    super(now, expiresAt);
    this.handleHash = handleHash;
    this.applicationId = request.application().id();
    this.redirectUri = request.redirectUri();
    this.scope = Grant.join(request.scope());
    this.state = request.state();
    this.nonce = request.nonce();
    this.codeChallenge = request.codeChallenge();
    this.forceLogin = forceLogin;
    this.reverifyAsked = reverifyAsked;
  }

  UUID applicationId() {
    return applicationId;
  }

  String redirectUri() {
    return redirectUri;
  }

  List<String> scope() {
    return Grant.split(scope);
  }

  String state() {
    return state;
  }

  String nonce() {
    return nonce;
  }

  String codeChallenge() {
    return codeChallenge;
  }

  /** The password must be newer than the request: {@code prompt=login} or {@code max_age}. */
  Optional<Instant> passwordAfter() {
    return forceLogin ? Optional.of(createdAt()) : Optional.empty();
  }

  boolean reverifyAsked() {
    return reverifyAsked;
  }

  void markReverifyAsked() {
    reverifyAsked = true;
  }

}
