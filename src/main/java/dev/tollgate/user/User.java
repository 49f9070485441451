package dev.tollgate.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "users")
public class User {
  @Id private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String username;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "is_admin", nullable = false)
  private boolean admin;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Version private long version;

  /**
   * Moves on whenever the user's factors change; written only by
   * {@link UserRepository#factorsChanged}, never with the rest of the entity.
   */
  @Column(name = "factor_generation", insertable = false, updatable = false)
  private int factorGeneration;

  protected User() {}

  public User(
      String email, String username, String firstName, String lastName, String passwordHash,
      boolean admin, Instant now) {
    this.id = UUID.randomUUID();
    this.email = email;
    this.username = username;
    this.firstName = firstName;
    this.lastName = lastName;
    this.passwordHash = passwordHash;
    this.admin = admin;
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
    this.passwordChangedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String username() {
    return username;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String displayName() {
    String name = (firstName + " " + lastName).trim();
    return name.isEmpty() ? username : name;
  }

  String passwordHash() {
    return passwordHash;
  }

  public boolean isAdmin() {
    return admin;
  }

  public boolean isActive() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public int factorGeneration() {
    return factorGeneration;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  void changePasswordHash(String hash, Instant now, boolean isNewPassword) {
    this.passwordHash = hash;
    this.updatedAt = now;
    if (isNewPassword) {
      this.passwordChangedAt = now;
    }
  }

  void changeEmail(String email, Instant now) {
    this.email = email;
    this.updatedAt = now;
  }

  void changeUsername(String username, Instant now) {
    this.username = username;
    this.updatedAt = now;
  }

  void rename(String firstName, String lastName, Instant now) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.updatedAt = now;
  }

  void setActive(boolean active, Instant now) {
    this.active = active;
    this.updatedAt = now;
  }

  void setAdmin(boolean admin, Instant now) {
    this.admin = admin;
    this.updatedAt = now;
  }
}
