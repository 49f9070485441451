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
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.config.DeploymentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Issues portal JWTs (SPEC §3): ES256 under the server's portal key (an ECDSA signature costs a
 * fraction of an RSA one, and a token is signed on every sign-in), audience {@link #PORTAL_AUDIENCE}
 * (so an OIDC ID token of the same issuer is never taken as a portal token), {@code groups}
 * for {@code @RolesAllowed}, and {@code sid} tying the token to its SSO session.
 */
@ApplicationScoped
public class TokenIssuer {
  public static final String PORTAL_AUDIENCE = "tollgate-portal";

  @Inject SigningKeys keys;
  @Inject DeploymentConfig config;
  @Inject TimeSource time;

  private volatile KeySigner signer;
  private volatile KeySigner rsaSigner;

  public IssuedToken issuePortalToken(PortalTokenSubject subject, Duration lifetime) {
    return issue(signer(), config.issuer(), subject, time.now(), lifetime);
  }

  /** Signs other claims RS256 with the server's RSA key (the key of OIDC ID tokens). */
  public String sign(JWTClaimsSet claims) {
    KeySigner current = rsaSigner;
    if (current == null || current.key != keys.signingKey()) {
      current = KeySigner.of(keys.signingKey());
      rsaSigner = current;
    }
    return current.sign(claims);
  }

  /** The whole of issuance once the key, issuer and clock are known; unit tests call it directly. */
  static IssuedToken issue(
      KeySigner signer, String issuer, PortalTokenSubject subject, Instant now, Duration lifetime) {
    Instant expires = now.plus(lifetime);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject.userId().toString())
            .audience(PORTAL_AUDIENCE)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .claim("upn", subject.email())
            .claim("email", subject.email())
            .claim("preferred_username", subject.username())
            .claim("name", subject.name())
            .claim("groups", subject.admin() ? List.of("user", "admin") : List.of("user"))
            .claim("sid", subject.sessionId().toString())
            .claim("amr", subject.amr())
            .claim("auth_time", subject.authTime().getEpochSecond())
            .build();
    return new IssuedToken(signer.sign(claims), lifetime.toSeconds(), expires);
  }

  private KeySigner signer() {
    ECKey key = keys.portalKey();
    KeySigner current = signer;
    if (current == null || current.key != key) {
      current = KeySigner.of(key);
      signer = current;
    }
    return current;
  }

  public record IssuedToken(String value, long expiresInSeconds, Instant expiresAt) {
    @Override
    public String toString() {
      return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
  }

  public record PortalTokenSubject(
      UUID userId, String email, String username, String name, boolean admin, UUID sessionId,
      List<String> amr, Instant authTime) {}

  /** A private key with its (reusable) signer: ES256 for an EC key, RS256 for an RSA key. */
  record KeySigner(JWK key, JWSSigner signer, JWSAlgorithm algorithm) {
    static KeySigner of(JWK key) {
      try {
        return switch (key) {
          case ECKey ec -> new KeySigner(key, new ECDSASigner(ec), JWSAlgorithm.ES256);
          case com.nimbusds.jose.jwk.RSAKey rsa ->
              new KeySigner(key, new RSASSASigner(rsa), JWSAlgorithm.RS256);
          default -> throw new IllegalArgumentException("Not a signing key: " + key.getKeyType());
        };
      } catch (JOSEException e) {
        throw new IllegalStateException("Unusable signing key", e);
      }
    }

    String sign(JWTClaimsSet claims) {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(algorithm)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      try {
        jwt.sign(signer);
      } catch (JOSEException e) {
        throw new IllegalStateException("Cannot sign a token", e);
      }
      return jwt.serialize();
    }
  }
}
