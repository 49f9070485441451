package dev.tollgate.mfa.passkey;

import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One registered WebAuthn credential of a user: what verifying its assertions needs (public key,
 * signature counter, backup flags) and what the user sees (name, dates).
 */
@Entity
@Table(name = "passkey")
public class Passkey {
  @Id private UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Convert(converter = PasskeyConverters.CredentialIdConverter.class)
  @Column(name = "credential_id", nullable = false, updatable = false)
  private CredentialId credentialId;

  @Convert(converter = PasskeyConverters.CoseKeyConverter.class)
  @Column(name = "public_key", nullable = false, updatable = false)
  private COSEKey publicKey;

  @Column(name = "sign_count", nullable = false)
  private long signCount;

  @Convert(converter = PasskeyConverters.AaguidConverter.class)
  @Column(nullable = false, updatable = false)
  private AAGUID aaguid;

  @Convert(converter = PasskeyConverters.TransportsConverter.class)
  @Column(nullable = false, updatable = false)
  private Set<AuthenticatorTransport> transports;

  @Column(name = "attestation_fmt", nullable = false, updatable = false)
  private String attestationFormat;

  @Column(name = "backup_eligible", nullable = false, updatable = false)
  private boolean backupEligible;

  @Column(name = "backed_up", nullable = false)
  private boolean backedUp;

  @Column(name = "user_verified", nullable = false)
  private boolean userVerified;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected Passkey() {}

  Passkey(UUID userId, VerifiedRegistration registration, PasskeyName name, Instant now) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.credentialId = registration.credentialId();
    this.publicKey = registration.publicKey();
    this.signCount = registration.signCount();
    this.aaguid = registration.aaguid();
    this.transports = registration.transports();
    this.attestationFormat = registration.attestationFormat();
    this.backupEligible = registration.backupEligible();
    this.backedUp = registration.backedUp();
    this.userVerified = registration.userVerified();
    this.name = name.value();
    this.createdAt = now;
  }

  public PasskeyId id() {
    return new PasskeyId(id);
  }

  public UUID userId() {
    return userId;
  }

  public CredentialId credentialId() {
    return credentialId;
  }

  public COSEKey publicKey() {
    return publicKey;
  }

  public long signCount() {
    return signCount;
  }

  public AAGUID aaguid() {
    return aaguid;
  }

  public Set<AuthenticatorTransport> transports() {
    return transports;
  }

  public String attestationFormat() {
    return attestationFormat;
  }

  public boolean backupEligible() {
    return backupEligible;
  }

  public boolean backedUp() {
    return backedUp;
  }

  /** Whether the authenticator has verified its user (PIN, biometrics) for this credential. */
  public boolean userVerified() {
    return userVerified;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  void rename(PasskeyName name) {
    this.name = name.value();
  }

  /** The state a successful assertion leaves behind (WebAuthn §7.2 step 24). */
  void recordUse(VerifiedAssertion assertion, Instant now) {
    this.signCount = assertion.signCount();
    this.backedUp = assertion.backedUp();
    this.userVerified = userVerified || assertion.userVerified();
    this.lastUsedAt = now;
  }
}
