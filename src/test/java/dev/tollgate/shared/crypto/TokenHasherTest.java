package dev.tollgate.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenHasherTest {
  private final TokenHasher hasher = new TokenHasher(MasterKeyTest.MATERIAL);

  @Test
  void theSameTokenAlwaysHashesTheSame() {
    assertThat(hasher.hash("a-bearer-token")).isEqualTo(new TokenHasher(MasterKeyTest.MATERIAL.clone()).hash("a-bearer-token"));
  }

  /** Known answer: {@code printf '%s' a-bearer-token | openssl dgst -sha256 -mac HMAC -macopt hexkey:<key>}. */
  @Test
  void theHashIsHexHmacSha256() {
    assertThat(hasher.hash("a-bearer-token"))
        .isEqualTo("25e80f1e57ce2e6b97659b1d2546c85aacb3108007f3f3639ed4c1ef48b76b86");
  }

  @Test
  void otherTokensHashDifferently() {
    assertThat(hasher.hash("a-bearer-token")).isNotEqualTo(hasher.hash("a-bearer-tokem"));
  }

  @Test
  void anotherKeyGivesAnotherHash() {
    byte[] otherKey = MasterKeyTest.MATERIAL.clone();
    otherKey[31] ^= 1;

    assertThat(new TokenHasher(otherKey).hash("a-bearer-token")).isNotEqualTo(hasher.hash("a-bearer-token"));
  }

  @Test
  void hashesFitTheStoredColumns() {
    assertThat(hasher.hash(SecureTokens.newToken())).hasSize(64).matches("[0-9a-f]{64}");
  }
}
