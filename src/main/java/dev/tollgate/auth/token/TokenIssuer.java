package dev.tollgate.auth.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
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

  private volatile JwtSigner signer;

  public IssuedToken issuePortalToken(PortalTokenSubject subject, Duration lifetime) {
    return issue(signer(), config.issuer(), subject, time.now(), lifetime);
  }

  /** The whole of issuance once the key, issuer and clock are known; unit tests call it directly. */
  static IssuedToken issue(
      JwtSigner signer, String issuer, PortalTokenSubject subject, Instant now, Duration lifetime) {
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
    return new IssuedToken(signer.sign(claims, JOSEObjectType.JWT), lifetime.toSeconds(), expires);
  }

  private JwtSigner signer() {
    JwtSigner current = JwtSigner.forKey(signer, keys.portalKey());
    signer = current;
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
}
