package dev.tollgate.mfa.totp;

import dev.tollgate.shared.crypto.SecretBox;
import dev.tollgate.shared.crypto.SecureTokens;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A TOTP shared secret in the base32 form authenticator apps take (RFC 4648, no padding). It
 * never prints itself, compares in constant time, and is stored only sealed under
 * {@code SECRET_KEY} with associated data naming its owner, so a sealed value moved to another
 * user's row does not open.
 */
public final class TotpSecret {
  /** At least 128 bits; Tollgate generates 160 (RFC 4226 §4 recommends it). */
  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]{26,128}");

  private final String base32;

  public TotpSecret(String base32) {
    if (base32 == null || !BASE32.matcher(base32).matches()) {
      throw new IllegalArgumentException("A TOTP secret is 26 to 128 base32 characters");
    }
    this.base32 = base32;
  }

  /** The secret as shown once at enrollment and put in the otpauth URI. */
  public String base32() {
    return base32;
  }

  public String sealFor(UUID userId, SecretBox box) {
    return box.seal(base32.getBytes(StandardCharsets.US_ASCII), associatedData(userId));
  }

  /** Opens a stored secret; throws when it was tampered with or belongs to another user. */
  public static TotpSecret openFor(UUID userId, String sealed, SecretBox box) {
    return new TotpSecret(new String(box.open(sealed, associatedData(userId)), StandardCharsets.US_ASCII));
  }

  private static String associatedData(UUID userId) {
    return "totp:" + userId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TotpSecret that
        && SecureTokens.constantTimeEquals(base32, that.base32);
  }

  @Override
  public int hashCode() {
    return base32.length();
  }

  @Override
  public String toString() {
    return "TotpSecret[redacted]";
  }
}
