package dev.tollgate.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM sealing of secrets at rest. The associated data binds a ciphertext to where it is
 * stored (e.g. {@code totp:<user id>}), so a sealed value copied onto another row fails to open.
 * Format: {@code v1.} + base64url(12-byte nonce || ciphertext || 16-byte tag).
 */
public final class SecretBox {
  private static final String PREFIX = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private final SecretKeySpec key;

  public SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  public String seal(byte[] plaintext, String associatedData) {
    try {
      byte[] nonce = SecureTokens.randomBytes(NONCE_BYTES);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext);
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** Opens a sealed value; tampering, a wrong key or wrong associated data all throw. */
  public byte[] open(String sealed, String associatedData) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new SealedValueException("Unknown sealed value format");
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new SealedValueException("Sealed value is not base64url");
    }
    if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SealedValueException("Sealed value is truncated");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SealedValueException("Sealed value failed authentication");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** A stored secret that cannot be opened: tampered, or sealed under another key. */
  public static final class SealedValueException extends RuntimeException {
    public SealedValueException(String message) {
      super(message);
    }
  }
}
