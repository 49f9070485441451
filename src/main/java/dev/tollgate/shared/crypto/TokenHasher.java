package dev.tollgate.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What is stored instead of a bearer token: HMAC-SHA256 keyed by a key derived from
 * {@code SECRET_KEY}. A database dump alone gives neither the token nor a way to test guesses.
 */
public final class TokenHasher {
  private final SecretKeySpec key;

  public TokenHasher(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  public String hash(String token) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
