package dev.tollgate.mfa.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.shared.crypto.SecretBox;
import dev.tollgate.shared.crypto.SecureTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpSecretTest {
  private final SecretBox box = new SecretBox(SecureTokens.randomBytes(32));
  private final TotpSecret secret = new TotpVerifier().newSecret();
  private final UUID owner = UUID.randomUUID();

  @Test
  void toStringNeverShowsTheSecret() {
    assertThat(secret.toString()).doesNotContain(secret.base32()).isEqualTo("TotpSecret[redacted]");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "GEZDGNBVGY3TQOJQ", "gezdgnbvgy3tqojqgezdgnbvgy3tqojq", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ===="})
  void onlyBase32OfAtLeast128BitsIsASecret(String text) {
    assertThatThrownBy(() -> new TotpSecret(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSealedSecretOpensForItsOwner() {
    String sealed = secret.sealFor(owner, box);

    assertThat(sealed).startsWith("v1.").doesNotContain(secret.base32());
    assertThat(TotpSecret.openFor(owner, sealed, box)).isEqualTo(secret);
  }

  @Test
  void sealingTwiceGivesDifferentCiphertexts() {
    assertThat(secret.sealFor(owner, box)).isNotEqualTo(secret.sealFor(owner, box));
  }

  @Test
  void aTamperedSealedSecretDoesNotOpen() {
    String sealed = secret.sealFor(owner, box);
    int last = sealed.length() - 1;
    String tampered = sealed.substring(0, last) + (sealed.charAt(last) == 'A' ? 'B' : 'A');

    assertThatThrownBy(() -> TotpSecret.openFor(owner, tampered, box))
        .isInstanceOf(SecretBox.SealedValueException.class);
  }

  @Test
  void aSealedSecretMovedToAnotherUserDoesNotOpen() {
    String sealed = secret.sealFor(owner, box);

    assertThatThrownBy(() -> TotpSecret.openFor(UUID.randomUUID(), sealed, box))
        .isInstanceOf(SecretBox.SealedValueException.class);
  }

  @Test
  void aSecretSealedUnderAnotherKeyDoesNotOpen() {
    String sealed = secret.sealFor(owner, new SecretBox(SecureTokens.randomBytes(32)));

    assertThatThrownBy(() -> TotpSecret.openFor(owner, sealed, box))
        .isInstanceOf(SecretBox.SealedValueException.class);
  }
}
