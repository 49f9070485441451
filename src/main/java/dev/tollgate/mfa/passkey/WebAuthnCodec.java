package dev.tollgate.mfa.passkey;

import com.webauthn4j.converter.util.ObjectConverter;
import java.util.Base64;

/**
 * webauthn4j's JSON and CBOR mappers (thread-safe, costly to build) and the base64url form used
 * for every binary value Tollgate stores or sends. Shared by the JPA converters, which Hibernate
 * creates outside CDI.
 */
final class WebAuthnCodec {
  static final ObjectConverter CONVERTER = new ObjectConverter();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private WebAuthnCodec() {}

  static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /** Decodes base64url with or without padding; an IllegalArgumentException when it is not. */
  static byte[] decode(String text) {
    return DECODER.decode(text);
  }
}
