package dev.tollgate.shared.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretBoxTest {
  private static final byte[] KEY = new MasterKey(MasterKeyTest.MATERIAL).derive("aes-gcm/at-rest");
  private static final byte[] SECRET = "JBSWY3DPEHPK3PXP".getBytes(UTF_8);
  private static final String AAD = "totp:0b7a3c1e-8f43-4a7e-9a43-6c1d0f6b3d21";

  private final SecretBox box = new SecretBox(KEY);

  @Test
  void aSealedValueOpensWithTheSameKeyAndAssociatedData() {
    String sealed = box.seal(SECRET, AAD);

    assertThat(box.open(sealed, AAD)).isEqualTo(SECRET);
    assertThat(new SecretBox(KEY.clone()).open(sealed, AAD)).isEqualTo(SECRET);
  }

  @Test
  void theFormatIsV1ThenBase64urlOfNonceCiphertextAndTag() {
    String sealed = box.seal(SECRET, AAD);

    assertThat(sealed).startsWith("v1.").doesNotContain("=", "+", "/");
    assertThat(raw(sealed)).hasSize(12 + SECRET.length + 16);
    assertThat(new String(raw(sealed), UTF_8)).doesNotContain("JBSWY3DP");
  }

  @Test
  void eachSealUsesAFreshNonce() {
    assertThat(box.seal(SECRET, AAD)).isNotEqualTo(box.seal(SECRET, AAD));
  }

  @Test
  void anEmptySecretRoundTrips() {
    assertThat(box.open(box.seal(new byte[0], AAD), AAD)).isEmpty();
  }

  @ParameterizedTest(name = "flipping byte {0} fails")
  @ValueSource(ints = {0, 11, 12, 20, 27, 28, 43})
  void tamperingWithAnyPartFails(int index) {
    byte[] raw = raw(box.seal(SECRET, AAD)); // 0-11 nonce, 12-27 ciphertext, 28-43 tag
    raw[index] ^= 0x01;

    assertThatThrownBy(() -> box.open(sealed(raw), AAD))
        .isInstanceOf(SecretBox.SealedValueException.class)
        .hasMessageContaining("authentication");
  }

  @Test
  void aTruncatedValueFails() {
    byte[] raw = raw(box.seal(SECRET, AAD));
    byte[] shorter = java.util.Arrays.copyOf(raw, raw.length - 1);
    byte[] tiny = java.util.Arrays.copyOf(raw, 27);

    assertThatThrownBy(() -> box.open(sealed(shorter), AAD)).isInstanceOf(SecretBox.SealedValueException.class);
    assertThatThrownBy(() -> box.open(sealed(tiny), AAD))
        .isInstanceOf(SecretBox.SealedValueException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void otherAssociatedDataFails() {
    String sealed = box.seal(SECRET, AAD);

    assertThatThrownBy(() -> box.open(sealed, "totp:another-user"))
        .isInstanceOf(SecretBox.SealedValueException.class);
    assertThatThrownBy(() -> box.open(sealed, "")).isInstanceOf(SecretBox.SealedValueException.class);
  }

  @Test
  void anotherKeyFails() {
    String sealed = box.seal(SECRET, AAD);
    SecretBox other = new SecretBox(new MasterKey(MasterKeyTest.MATERIAL).derive("hmac/token-hash"));

    assertThatThrownBy(() -> other.open(sealed, AAD)).isInstanceOf(SecretBox.SealedValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "v2.AAAA", "V1.AAAA", "AAAA", "v1.not*base64url!"})
  void anUnknownFormatFails(String value) {
    assertThatThrownBy(() -> box.open(value, AAD)).isInstanceOf(SecretBox.SealedValueException.class);
  }

  @Test
  void aValueWithoutItsPrefixFails() {
    String sealed = box.seal(SECRET, AAD);

    assertThatThrownBy(() -> box.open(sealed.substring(3), AAD))
        .isInstanceOf(SecretBox.SealedValueException.class)
        .hasMessageContaining("format");
    assertThatThrownBy(() -> box.open(null, AAD)).isInstanceOf(SecretBox.SealedValueException.class);
  }

  @Test
  void onlyA256BitKeyIsAccepted() {
    assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SecretBox(new byte[33])).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] raw(String sealed) {
    return Base64.getUrlDecoder().decode(sealed.substring(3));
  }

  private static String sealed(byte[] raw) {
    return "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
