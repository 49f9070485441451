package dev.tollgate.saml;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The IdP signing certificate in PEM, its private key (PKCS#8) sealed under SECRET_KEY. */
@Entity
@Table(name = "saml_signing_key")
public class SamlKeyRow {
  @Id private UUID id;

  @Column(nullable = false)
  private int generation;

  @Column(name = "certificate_pem", nullable = false)
  private String certificatePem;

  @Column(name = "private_key_sealed", nullable = false)
  private String privateKeySealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SamlKeyRow() {}

  SamlKeyRow(UUID id, int generation, String certificatePem, String privateKeySealed, Instant now) {
    this.id = id;
    this.generation = generation;
    this.certificatePem = certificatePem;
    this.privateKeySealed = privateKeySealed;
    this.createdAt = now;
  }

  UUID id() {
    return id;
  }

  String certificatePem() {
    return certificatePem;
  }

  String privateKeySealed() {
    return privateKeySealed;
  }
}
