package dev.tollgate.testing.webauthn;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.cbor.CBORGenerator;
import tools.jackson.dataformat.cbor.CBORMapper;

/** The few CBOR structures a software authenticator writes, through Jackson's CBOR generator. */
final class Cbor {
  private static final CBORMapper MAPPER = CBORMapper.shared();

  private Cbor() {}

  /** An EC2 COSE_Key for ES256 (RFC 9053 §7.1): {1: 2, 3: -7, -1: 1, -2: x, -3: y}. */
  static byte[] es256CoseKey(ECPublicKey key) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      CBORGenerator cbor = (CBORGenerator) g;
      cbor.writeStartObject(null, 5);
      cbor.writePropertyId(1);
      cbor.writeNumber(2);
      cbor.writePropertyId(3);
      cbor.writeNumber(-7);
      cbor.writePropertyId(-1);
      cbor.writeNumber(1);
      cbor.writePropertyId(-2);
      cbor.writeBinary(unsigned32(key.getW().getAffineX()));
      cbor.writePropertyId(-3);
      cbor.writeBinary(unsigned32(key.getW().getAffineY()));
      cbor.writeEndObject();
    }
    return out.toByteArray();
  }

  /** {"fmt": "none", "attStmt": {}, "authData": ...}. */
  static byte[] noneAttestation(byte[] authData) {
    return attestation("none", authData, null);
  }

  /** Packed self attestation: {"fmt": "packed", "attStmt": {"alg": -7, "sig": ...}, ...}. */
  static byte[] packedSelfAttestation(byte[] authData, byte[] signature) {
    return attestation("packed", authData, signature);
  }

  private static byte[] attestation(String format, byte[] authData, byte[] signature) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject(null, 3);
      g.writeName("fmt");
      g.writeString(format);
      g.writeName("attStmt");
      if (signature == null) {
        g.writeStartObject(null, 0);
      } else {
        g.writeStartObject(null, 2);
        g.writeName("alg");
        g.writeNumber(-7);
        g.writeName("sig");
        g.writeBinary(signature);
      }
      g.writeEndObject();
      g.writeName("authData");
      g.writeBinary(authData);
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static byte[] unsigned32(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length == 32) {
      return bytes;
    }
    byte[] out = new byte[32];
    int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
    return out;
  }
}
