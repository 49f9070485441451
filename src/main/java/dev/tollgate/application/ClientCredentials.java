package dev.tollgate.application;

import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.crypto.SecureTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HexFormat;

/**
 * Client ids and secrets. A secret is 256 random bits, so it cannot be guessed and needs no
 * slow hash: it is stored as HMAC-SHA256 under a key derived from {@code SECRET_KEY} (the same
 * keyed hash as every bearer token), which keeps client authentication at the token endpoint
 * cheap and makes a database dump alone useless for testing guesses.
 */
@ApplicationScoped
public class ClientCredentials {
  @Inject Keyring keyring;

  /** A new secret and the hash to store; the secret itself is shown once and never kept. */
  public record Issued(String secret, String hash) {
    @Override
    public String toString() {
      return "Issued[secret=<hidden>]";
    }
  }

  public String newClientId() {
    return HexFormat.of().formatHex(SecureTokens.randomBytes(16));
  }

  public Issued newSecret() {
    String secret = SecureTokens.newToken();
    return new Issued(secret, keyring.tokenHasher().hash(secret));
  }

  /** Constant-time; false for public clients, which have no secret. */
  public boolean secretMatches(Application application, String presented) {
    String stored = application.clientSecretHash();
    if (stored == null || presented == null) {
      return false;
    }
    return SecureTokens.constantTimeEquals(stored, keyring.tokenHasher().hash(presented));
  }
}
