package dev.tollgate.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * One of the server's private keys with its reusable signer: ES256 for the EC portal key, RS256
 * for the RSA key of OIDC tokens. Building a signer parses the key, so callers keep one per key
 * ({@link #forKey}) rather than one per token.
 */
public record JwtSigner(JWK key, JWSSigner signer, JWSAlgorithm algorithm) {

  public static JwtSigner of(JWK key) {
    try {
      return switch (key) {
        case ECKey ec -> new JwtSigner(key, new ECDSASigner(ec), JWSAlgorithm.ES256);
        case RSAKey rsa -> new JwtSigner(key, new RSASSASigner(rsa), JWSAlgorithm.RS256);
        default -> throw new IllegalArgumentException("Not a signing key: " + key.getKeyType());
      };
    } catch (JOSEException e) {
      throw new IllegalStateException("Unusable signing key", e);
    }
  }

  /** {@code cached} when it signs with {@code key}, else a new signer for {@code key}. */
  public static JwtSigner forKey(JwtSigner cached, JWK key) {
    return cached != null && cached.key() == key ? cached : of(key);
  }

  /** The compact JWS of {@code claims}, naming the key and the token {@code type}. */
  public String sign(JWTClaimsSet claims, JOSEObjectType type) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).type(type).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return jwt.serialize();
  }
}
