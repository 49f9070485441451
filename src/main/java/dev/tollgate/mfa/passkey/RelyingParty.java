package dev.tollgate.mfa.passkey;

import dev.tollgate.shared.config.DeploymentConfig;

/**
 * Who the passkeys are for (WebAuthn relying party): the RP ID is the host of {@code
 * OIDC_ISSUER}, the only accepted origin its scheme://host[:port] (SPEC §2).
 */
public record RelyingParty(String id, String name, String origin) {
  public static final String NAME = "Tollgate";

  public RelyingParty {
    if (id == null || id.isBlank() || origin == null || origin.isBlank()) {
      throw new IllegalArgumentException("a relying party needs an id and an origin");
    }
  }

  public static RelyingParty of(DeploymentConfig config) {
    return new RelyingParty(config.rpId(), NAME, config.origin());
  }
}
