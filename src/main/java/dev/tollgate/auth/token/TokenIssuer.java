package dev.tollgate.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
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
 * Issues portal JWTs (SPEC §3): RS256 under the server's key, audience {@link #PORTAL_AUDIENCE}
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

  public IssuedToken issuePortalToken(PortalTokenSubject subject, Duration lifetime) {
    return issue(signer(), config.issuer(), subject, time.now(), lifetime);
  }

  public String sign(JWTClaimsSet claims) {
    return signer().sign(claims);
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
    RSAKey key = keys.signingKey();
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

  /** A private key with its (reusable) RS256 signer. */
  record KeySigner(RSAKey key, RSASSASigner signer) {
    static KeySigner of(RSAKey key) {
      try {
        return new KeySigner(key, new RSASSASigner(key));
      } catch (JOSEException e) {
        throw new IllegalStateException("Unusable signing key", e);
      }
    }

    String sign(JWTClaimsSet claims) {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
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
