package dev.tollgate.auth.token;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands MicroProfile JWT the server's own public keys: a config source that serves
 * {@code mp.jwt.verify.publickey} as the JWK set {@link SigningKeys} publishes at start-up.
 * Registered through {@code META-INF/services}; the keys live in the database, so no file or
 * URL is involved and every node verifies what any node signed.
 */
public class JwtVerificationKeys implements ConfigSource {
  static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
  private static volatile String jwks;

  static void publish(String jwkSetJson) {
    jwks = jwkSetJson;
  }

  @Override
  public Set<String> getPropertyNames() {
    return jwks == null ? Set.of() : Set.of(PUBLIC_KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    String current = jwks;
    return current == null ? Map.of() : Map.of(PUBLIC_KEY, current);
  }

  @Override
  public String getValue(String propertyName) {
    return PUBLIC_KEY.equals(propertyName) ? jwks : null;
  }

  @Override
  public String getName() {
    return "tollgate-signing-keys";
  }

  @Override
  public int getOrdinal() {
    return 500;
  }
}
