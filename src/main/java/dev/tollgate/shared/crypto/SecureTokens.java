package dev.tollgate.shared.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Opaque bearer values (session ids, mfa/enrollment/trust tokens): 256 random bits. */
public final class SecureTokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private SecureTokens() {}

  public static String newToken() {
    return B64URL.encodeToString(randomBytes(32));
  }

  public static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  public static boolean constantTimeEquals(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  public static boolean constantTimeEquals(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
