package dev.tollgate.auth.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored signing key: public JWK in clear, private JWK sealed under {@code SECRET_KEY}. */
@Entity
@Table(name = "signing_key")
public class SigningKeyRow {
  @Id private String kid;

  @Column(nullable = false)
  private String purpose;

  @Column(nullable = false)
  private int generation;

  @Column(nullable = false)
  private String algorithm;

  @Column(name = "public_jwk", nullable = false)
  private String publicJwk;

  @Column(name = "private_key_sealed", nullable = false)
  private String privateKeySealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SigningKeyRow() {}

  SigningKeyRow(
      String kid, String purpose, int generation, String algorithm, String publicJwk,
      String privateKeySealed, Instant createdAt) {
    this.kid = kid;
    this.purpose = purpose;
    this.generation = generation;
    this.algorithm = algorithm;
    this.publicJwk = publicJwk;
    this.privateKeySealed = privateKeySealed;
    this.createdAt = createdAt;
  }

  String kid() {
    return kid;
  }

  String publicJwk() {
    return publicJwk;
  }

  String privateKeySealed() {
    return privateKeySealed;
  }
}
