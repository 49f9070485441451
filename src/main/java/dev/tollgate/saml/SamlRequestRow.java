package dev.tollgate.saml;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A sign-in in progress for a SAML application: an AuthnRequest (its ID is kept, which also
 * makes a replay of the same ID fail) or an IdP-initiated launch (no ID). The browser carries
 * only {@link #id()} through the login page; everything else stays here, on any node.
 */
@Entity
@Table(name = "saml_request")
public class SamlRequestRow {
  @Id private UUID id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private UUID applicationId;

  @Column(name = "request_id", updatable = false)
  private String requestId;

  @Column(name = "relay_state", updatable = false)
  private String relayState;

  @Column(name = "force_authn", nullable = false, updatable = false)
  private boolean forceAuthn;

  @Column(name = "reverify_asked", nullable = false)
  private boolean reverifyAsked;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected SamlRequestRow() {}

  SamlRequestRow(
      UUID applicationId, String requestId, String relayState, boolean forceAuthn, Instant now,
      Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.applicationId = applicationId;
    this.requestId = requestId;
    this.relayState = relayState;
    this.forceAuthn = forceAuthn;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public UUID id() {
    return id;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  public Optional<String> relayState() {
    return Optional.ofNullable(relayState);
  }

  public boolean forceAuthn() {
    return forceAuthn;
  }

  public boolean reverifyAsked() {
    return reverifyAsked;
  }

  public Instant createdAt() {
    return createdAt;
  }

  boolean isOpen(Instant now) {
    return completedAt == null && expiresAt.isAfter(now);
  }

  void askedToReverify() {
    this.reverifyAsked = true;
  }

  void complete(Instant now) {
    this.completedAt = now;
  }
}
