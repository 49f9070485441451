package dev.tollgate.mfa.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasskeyConvertersTest {
  @Test
  void aCoseKeySurvivesTheRoundTripAsBase64urlText() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    COSEKey key = EC2COSEKey.create((ECPublicKey) generator.generateKeyPair().getPublic());
    var converter = new PasskeyConverters.CoseKeyConverter();

    String column = converter.convertToDatabaseColumn(key);

    assertThat(column).matches("[A-Za-z0-9_-]+");
    assertThat(converter.convertToEntityAttribute(column).getPublicKey()).isEqualTo(key.getPublicKey());
  }

  @Test
  void transportsAreASortedCommaList() {
    var converter = new PasskeyConverters.TransportsConverter();

    String column = converter.convertToDatabaseColumn(Set.of(AuthenticatorTransport.USB, AuthenticatorTransport.NFC));

    assertThat(column).isEqualTo("nfc,usb");
    assertThat(converter.convertToEntityAttribute(column))
        .containsExactlyInAnyOrder(AuthenticatorTransport.USB, AuthenticatorTransport.NFC);
    assertThat(converter.convertToEntityAttribute("")).isEmpty();
  }

  @Test
  void anAaguidIsItsUuidText() {
    UUID uuid = UUID.randomUUID();
    var converter = new PasskeyConverters.AaguidConverter();

    assertThat(converter.convertToDatabaseColumn(new AAGUID(uuid))).isEqualTo(uuid.toString());
    assertThat(converter.convertToEntityAttribute(uuid.toString()).getValue()).isEqualTo(uuid);
  }
}
