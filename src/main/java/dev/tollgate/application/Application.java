package dev.tollgate.application;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import dev.tollgate.mfa.policy.AppPolicy;
import dev.tollgate.mfa.policy.MfaPolicySetting;
import dev.tollgate.mfa.policy.ScriptedPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "application")
public class Application {
  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "app_type", nullable = false)
  private String type;

  @Column(name = "client_id", nullable = false, updatable = false)
  private String clientId;

  /** HMAC-SHA256 of the secret under a key derived from SECRET_KEY; null for public clients. */
  @Column(name = "client_secret_hash")
  private String clientSecretHash;

  @Convert(converter = RedirectUris.Column.class)
  @Column(name = "redirect_uris", nullable = false)
  private List<String> redirectUris;

  @Column(name = "mfa_policy", nullable = false)
  private String mfaPolicy;

  @Column(name = "mfa_selector_script")
  private String mfaSelectorScript;

  @Column(name = "mfa_script_fail_open", nullable = false)
  private boolean mfaScriptFailOpen;

  @Column(name = "mfa_script_timeout_ms", nullable = false)
  private int mfaScriptTimeoutMs;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Application() {}

  Application(
      String name, ApplicationType type, String clientId, String clientSecretHash,
      List<String> redirectUris, ScriptedPolicy policy, Instant now) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.type = type.wire();
    this.clientId = clientId;
    this.clientSecretHash = clientSecretHash;
    this.redirectUris = List.copyOf(redirectUris);
    apply(policy);
    this.createdAt = now;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ApplicationType type() {
    return ApplicationType.parse(type).orElseThrow();
  }

  public String clientId() {
    return clientId;
  }

  String clientSecretHash() {
    return clientSecretHash;
  }

  public List<String> redirectUris() {
    return List.copyOf(redirectUris);
  }

  /** The static policy, the selector script and how its failures count, as one value. */
  public ScriptedPolicy policy() {
    return new ScriptedPolicy(
        MfaPolicySetting.parse(mfaPolicy).orElse(MfaPolicySetting.INHERITED),
        Optional.ofNullable(mfaSelectorScript),
        mfaScriptFailOpen,
        mfaScriptTimeoutMs);
  }

  /** What the sign-in policy needs to know about this application. */
  public AppPolicy appPolicy() {
    return new AppPolicy(id, name, clientId, type, policy());
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  void rename(String name, Instant now) {
    this.name = name;
    this.updatedAt = now;
  }

  void changeRedirectUris(List<String> uris, Instant now) {
    this.redirectUris = List.copyOf(uris);
    this.updatedAt = now;
  }

  void changePolicy(ScriptedPolicy policy, Instant now) {
    apply(policy);
    this.updatedAt = now;
  }

  private void apply(ScriptedPolicy policy) {
    this.mfaPolicy = policy.setting().wire();
    this.mfaSelectorScript = policy.script().orElse(null);
    this.mfaScriptFailOpen = policy.failOpen();
    this.mfaScriptTimeoutMs = policy.timeoutMs();
  }
}
