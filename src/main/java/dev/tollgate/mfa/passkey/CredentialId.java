package dev.tollgate.mfa.passkey;

import java.util.Arrays;

/** A WebAuthn credential id in its base64url form (how it is stored, compared and sent). */
public record CredentialId(String base64url) {
  static final int MAX_BYTES = 1023;

  public CredentialId {
    if (base64url == null || base64url.isEmpty() || base64url.length() > 1400) {
      throw new IllegalArgumentException("a credential id is 1 to 1023 bytes");
    }
  }

  public static CredentialId of(byte[] bytes) {
    if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("a credential id is 1 to 1023 bytes");
    }
    return new CredentialId(WebAuthnCodec.encode(bytes));
  }

  public byte[] bytes() {
    return WebAuthnCodec.decode(base64url);
  }

  public boolean matches(byte[] other) {
    return other != null && Arrays.equals(bytes(), other);
  }
}
