package dev.tollgate.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The {@code SECRET_KEY} as key material. Each purpose gets its own 256-bit key derived with
 * HKDF-SHA256, so the AES key that seals TOTP secrets is never the one that keys token hashes.
 */
public final class MasterKey {
  private static final byte[] SALT = "tollgate/master-key/v1".getBytes(StandardCharsets.UTF_8);
  private final byte[] material;

  public MasterKey(byte[] material) {
    if (material == null || material.length < 16) {
      throw new IllegalArgumentException("The secret key needs at least 16 bytes of material");
    }
    this.material = material.clone();
  }

  public byte[] derive(String purpose) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(material, SALT, purpose.getBytes(StandardCharsets.UTF_8)));
    byte[] key = new byte[32];
    hkdf.generateBytes(key, 0, key.length);
    return key;
  }

  @Override
  public String toString() {
    return "MasterKey[" + material.length + " bytes]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MasterKey key && SecureTokens.constantTimeEquals(material, key.material);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(derive("hash-code"));
  }
}
