package dev.tollgate.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment knobs of SPEC §2 (MicroProfile Config: environment variables such as
 * {@code OIDC_ISSUER} or {@code DATA_DIR}, system properties, or microprofile-config.properties).
 */
@ApplicationScoped
public class DeploymentConfig {
  @Inject
  @ConfigProperty(name = "oidc.issuer", defaultValue = "http://localhost:8080")
  String issuer;

  @Inject
  @ConfigProperty(name = "data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "secret.key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "totp.issuer", defaultValue = "Tollgate")
  String totpIssuer;

  @Inject
  @ConfigProperty(name = "bootstrap.admin.email")
  Optional<String> bootstrapAdminEmail;

  @Inject
  @ConfigProperty(name = "bootstrap.admin.password")
  Optional<String> bootstrapAdminPassword;

  @Inject
  @ConfigProperty(name = "housekeeping.interval.seconds", defaultValue = "600")
  long housekeepingIntervalSeconds;

  /** The public base URL without a trailing slash; also the OIDC issuer. */
  public String issuer() {
    return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
  }

  /** WebAuthn relying party id: the issuer's host. */
  public String rpId() {
    return URI.create(issuer()).getHost();
  }

  /** WebAuthn allowed origin: the issuer's scheme://host[:port]. */
  public String origin() {
    URI uri = URI.create(issuer());
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
  }

  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  public Optional<String> secretKey() {
    return secretKey.filter(s -> !s.isBlank());
  }

  /** The issuer authenticator apps show next to a TOTP account ({@code TOTP_ISSUER}). */
  public String totpIssuer() {
    return totpIssuer.isBlank() ? "Tollgate" : totpIssuer.trim();
  }

  public Optional<String> bootstrapAdminEmail() {
    return bootstrapAdminEmail.filter(s -> !s.isBlank());
  }

  public Optional<String> bootstrapAdminPassword() {
    return bootstrapAdminPassword.filter(s -> !s.isBlank());
  }

  /**
   * How often each node deletes the rows of flows that can no longer be used
   * ({@code HOUSEKEEPING_INTERVAL_SECONDS}, at least 1; default ten minutes).
   */
  public Duration housekeepingInterval() {
    return Duration.ofSeconds(Math.max(1, housekeepingIntervalSeconds));
  }
}
