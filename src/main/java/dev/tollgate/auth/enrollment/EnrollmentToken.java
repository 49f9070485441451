package dev.tollgate.auth.enrollment;

import dev.tollgate.shared.db.SingleUseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A sign-in that stopped at "enrollment required" (SPEC §4), named by an enrollment token of
 * which only a keyed hash is kept: whose it is, which methods the user may enroll with it, the
 * application and the browser's earlier session. Single-use: consumed when a method is
 * confirmed with it, which completes the sign-in. It is issued on the facts of that moment and
 * dies with them: once the user's factors change, by any means, it is refused.
 */
@Entity
@Table(name = "enrollment_token")
public class EnrollmentToken extends SingleUseRecord {
  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(nullable = false, updatable = false)
  private String methods;

  @Column(name = "client_id", updatable = false)
  private String clientId;

  @Column(name = "session_id", updatable = false)
  private UUID sessionId;

  /** The user's factor generation when the token was issued: it is good only while unchanged. */
  @Column(name = "factor_generation", nullable = false, updatable = false)
  private int factorGeneration;

  protected EnrollmentToken() {}

  EnrollmentToken(
      String tokenHash, UUID userId, int factorGeneration, List<String> methods, String clientId,
      UUID sessionId, Instant now, Instant expiresAt) {
    super(now, expiresAt);
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.factorGeneration = factorGeneration;
    this.methods = String.join(" ", methods);
    this.clientId = clientId;
    this.sessionId = sessionId;
  }

  public UUID userId() {
    return userId;
  }

  public int factorGeneration() {
    return factorGeneration;
  }

  /** The methods this sign-in may enroll (the policy's {@code allowed_methods}). */
  public List<String> methods() {
    return Arrays.asList(methods.split(" "));
  }

  public boolean allows(String method) {
    return methods().contains(method);
  }

  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /** The browser's session before this sign-in, ended when it completes. */
  public Optional<UUID> sessionId() {
    return Optional.ofNullable(sessionId);
  }

}
