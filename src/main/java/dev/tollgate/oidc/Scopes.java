package dev.tollgate.oidc;

import java.util.Collection;
import java.util.List;

/** The scopes this provider knows; others are ignored (RFC 6749 §3.3 lets a server narrow them). */
final class Scopes {
  static final String OPENID = "openid";
  static final String PROFILE = "profile";
  static final String EMAIL = "email";
  static final String OFFLINE_ACCESS = "offline_access";
  static final List<String> SUPPORTED = List.of(OPENID, PROFILE, EMAIL, OFFLINE_ACCESS);

  private Scopes() {}

  static List<String> granted(Collection<String> requested) {
    return SUPPORTED.stream().filter(requested::contains).toList();
  }
}
