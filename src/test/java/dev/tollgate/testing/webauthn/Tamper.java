package dev.tollgate.testing.webauthn;

/**
 * What the software authenticator should get wrong in one ceremony: the origin it reports, the
 * RP ID it hashes, the challenge it signs, the client data type, a broken signature; and whether
 * it attests with packed self attestation instead of none.
 */
public record Tamper(
    String origin, String rpId, String challenge, String type, boolean corruptSignature,
    boolean packedAttestation) {

  public static Tamper none(String origin) {
    return new Tamper(origin, null, null, null, false, false);
  }

  public Tamper origin(String value) {
    return new Tamper(value, rpId, challenge, type, corruptSignature, packedAttestation);
  }

  public Tamper rpId(String value) {
    return new Tamper(origin, value, challenge, type, corruptSignature, packedAttestation);
  }

  public Tamper challenge(String value) {
    return new Tamper(origin, rpId, value, type, corruptSignature, packedAttestation);
  }

  public Tamper type(String value) {
    return new Tamper(origin, rpId, challenge, value, corruptSignature, packedAttestation);
  }

  public Tamper badSignature() {
    return new Tamper(origin, rpId, challenge, type, true, packedAttestation);
  }

  public Tamper packed() {
    return new Tamper(origin, rpId, challenge, type, corruptSignature, true);
  }
}
