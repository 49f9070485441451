package dev.tollgate.mfa.passkey;

import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How webauthn4j's types sit in portable columns: binary as base64url text (COSE keys as their
 * CBOR encoding), the AAGUID as its UUID text, transports as a sorted comma list.
 */
public final class PasskeyConverters {
  private PasskeyConverters() {}

  @Converter
  public static class CredentialIdConverter implements AttributeConverter<CredentialId, String> {
    @Override
    public String convertToDatabaseColumn(CredentialId id) {
      return id == null ? null : id.base64url();
    }

    @Override
    public CredentialId convertToEntityAttribute(String text) {
      return text == null ? null : new CredentialId(text);
    }
  }

  @Converter
  public static class CoseKeyConverter implements AttributeConverter<COSEKey, String> {
    @Override
    public String convertToDatabaseColumn(COSEKey key) {
      return key == null ? null : WebAuthnCodec.encode(WebAuthnCodec.CONVERTER.getCborConverter().writeValueAsBytes(key));
    }

    @Override
    public COSEKey convertToEntityAttribute(String text) {
      return text == null
          ? null
          : WebAuthnCodec.CONVERTER.getCborConverter().readValue(WebAuthnCodec.decode(text), COSEKey.class);
    }
  }

  @Converter
  public static class AaguidConverter implements AttributeConverter<AAGUID, String> {
    @Override
    public String convertToDatabaseColumn(AAGUID aaguid) {
      return aaguid == null || aaguid.getValue() == null ? AAGUID.ZERO.toString() : aaguid.toString();
    }

    @Override
    public AAGUID convertToEntityAttribute(String text) {
      return text == null ? AAGUID.ZERO : new AAGUID(text);
    }
  }

  @Converter
  public static class TransportsConverter implements AttributeConverter<Set<AuthenticatorTransport>, String> {
    @Override
    public String convertToDatabaseColumn(Set<AuthenticatorTransport> transports) {
      if (transports == null) {
        return "";
      }
      return transports.stream()
          .map(AuthenticatorTransport::getValue)
          .collect(Collectors.toCollection(TreeSet::new))
          .stream()
          .collect(Collectors.joining(","));
    }

    @Override
    public Set<AuthenticatorTransport> convertToEntityAttribute(String text) {
      if (text == null || text.isEmpty()) {
        return Set.of();
      }
      return Arrays.stream(text.split(","))
          .map(AuthenticatorTransport::create)
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }
}
