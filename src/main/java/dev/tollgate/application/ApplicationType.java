package dev.tollgate.application;

import java.util.Locale;
import java.util.Optional;

/** What kind of client an application is; only confidential OIDC clients get a secret. */
public enum ApplicationType {
  OIDC,
  SPA,
  SAML;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean hasClientSecret() {
    return this == OIDC;
  }

  public static Optional<ApplicationType> parse(String wire) {
    for (ApplicationType type : values()) {
      if (type.wire().equals(wire)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
