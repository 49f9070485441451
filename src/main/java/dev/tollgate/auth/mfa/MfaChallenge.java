package dev.tollgate.auth.mfa;

import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.shared.db.SingleUseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A pending second step, named by an mfa_token of which only a keyed hash is kept: whose it
 * is, why it was issued, which methods may answer it, the level a sign-in must meet, and the
 * session it concerns (the one a sign-in replaces, or the one a step-up re-verifies). Single-use: {@code consumed_at} is set
 * when it is passed or burnt.
 */
@Entity
@Table(name = "mfa_challenge")
public class MfaChallenge extends SingleUseRecord {
  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private MfaPurpose purpose;

  @Column(nullable = false, updatable = false)
  private String methods;

  @Column(name = "client_id", updatable = false)
  private String clientId;

  @Column(name = "enroll_methods", updatable = false)
  private String enrollMethods;

  @Column(name = "session_id", updatable = false)
  private UUID sessionId;

  /** LOGIN: the level the policy asked for (null for a challenge issued before levels were kept). */
  @Enumerated(EnumType.STRING)
  @Column(name = "policy_level", updatable = false)
  private PolicyLevel level;

  protected MfaChallenge() {}

  MfaChallenge(
      String tokenHash, UUID userId, MfaPurpose purpose, List<String> methods, PolicyLevel level,
      String clientId, List<String> enrollMethods, UUID sessionId, Instant now, Instant expiresAt) {
    super(now, expiresAt);
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.purpose = purpose;
    this.methods = String.join(" ", methods);
    this.level = level;
    this.clientId = clientId;
    this.enrollMethods = enrollMethods.isEmpty() ? null : String.join(" ", enrollMethods);
    this.sessionId = sessionId;
  }

  public UUID userId() {
    return userId;
  }

  public MfaPurpose purpose() {
    return purpose;
  }

  public List<String> methods() {
    return Arrays.asList(methods.split(" "));
  }

  public boolean offers(String method) {
    return methods().contains(method);
  }

  /**
   * LOGIN: the policy level the sign-in must meet. A method offered beside the factors that meet
   * it (a recovery code under {@code passkey}) passes the step but leads to an enrollment.
   */
  public Optional<PolicyLevel> level() {
    return Optional.ofNullable(level);
  }

  /** The application the sign-in is for (kept for the per-application policy). */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /** ENROLLMENT: the methods the sign-in will let the user enroll once this step is passed. */
  public List<String> enrollMethods() {
    return enrollMethods == null ? List.of() : Arrays.asList(enrollMethods.split(" "));
  }

  /** LOGIN, ENROLLMENT: the browser's earlier session, ended on success; STEP_UP: the session to renew. */
  public Optional<UUID> sessionId() {
    return Optional.ofNullable(sessionId);
  }

}
