package dev.tollgate.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MasterKeyTest {
  static final byte[] MATERIAL =
      HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

  @Test
  void eachPurposeGetsItsOwnKey() {
    MasterKey key = new MasterKey(MATERIAL);

    assertThat(key.derive("aes-gcm/at-rest")).hasSize(32).isNotEqualTo(key.derive("hmac/token-hash"));
  }

  @Test
  void derivationIsDeterministic() {
    assertThat(new MasterKey(MATERIAL).derive("aes-gcm/at-rest"))
        .isEqualTo(new MasterKey(MATERIAL.clone()).derive("aes-gcm/at-rest"));
  }

  /**
   * Every sealed secret and stored token hash depends on this derivation never changing. Known
   * answers from OpenSSL: {@code openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt hexkey:<material>
   * -kdfopt salt:tollgate/master-key/v1 -kdfopt info:<purpose> HKDF}.
   */
  @Test
  void derivationIsHkdfSha256WithTheTollgateSalt() {
    MasterKey key = new MasterKey(MATERIAL);

    assertThat(HexFormat.of().formatHex(key.derive("aes-gcm/at-rest")))
        .isEqualTo("d8dcf076878b9f5eb0b73e1c55393d5ffb3fdf47ff5f0de19bf7d9fe401bfb11");
    assertThat(HexFormat.of().formatHex(key.derive("hmac/token-hash")))
        .isEqualTo("3c930ce603f83e0bb95948f68502d04aadd028af0ee0429a1a82f4d6add71178");
  }

  @Test
  void otherMaterialGivesOtherKeys() {
    byte[] other = MATERIAL.clone();
    other[0] ^= 1;

    assertThat(new MasterKey(other).derive("aes-gcm/at-rest"))
        .isNotEqualTo(new MasterKey(MATERIAL).derive("aes-gcm/at-rest"));
    assertThat(new MasterKey(other)).isNotEqualTo(new MasterKey(MATERIAL));
    assertThat(new MasterKey(MATERIAL.clone())).isEqualTo(new MasterKey(MATERIAL));
  }

  @Test
  void theMaterialIsCopiedAndNeverPrinted() {
    byte[] material = MATERIAL.clone();
    MasterKey key = new MasterKey(material);
    byte[] before = key.derive("p");

    material[0] ^= 1;

    assertThat(key.derive("p")).isEqualTo(before);
    assertThat(key.toString()).isEqualTo("MasterKey[32 bytes]");
  }

  @Test
  void lessThan16BytesIsRefused() {
    assertThatThrownBy(() -> new MasterKey(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MasterKey(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
