package dev.tollgate.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.tollgate.application.Application;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.config.DeploymentConfig;
import dev.tollgate.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * The ID token (SPEC §11: iss sub aud exp iat auth_time nonce sid preferred_username email name
 * amr acr) and the access token (RFC 9068 {@code at+jwt}: who, for which client, which scopes,
 * which session) of a grant. Both live five minutes; refresh tokens renew them.
 */
@ApplicationScoped
public class TokenMint {
  static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(5);
  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(5);

  @Inject OidcSigner signer;
  @Inject DeploymentConfig config;
  @Inject TimeSource time;

  public record Minted(String idToken, String accessToken, long accessTokenLifetimeSeconds) {
    @Override
    public String toString() {
      return "Minted[<tokens>]";
    }
  }

  Minted mint(Application application, User user, Grant grant, Optional<String> nonce) {
    Instant now = time.now();
    return new Minted(
        signer.sign(idToken(application, user, grant, nonce, now), JOSEObjectType.JWT),
        signer.sign(accessToken(application, grant, now), OidcSigner.ACCESS_TOKEN),
        ACCESS_TOKEN_LIFETIME.toSeconds());
  }

  JWTClaimsSet idToken(
      Application application, User user, Grant grant, Optional<String> nonce, Instant now) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(config.issuer())
            .subject(user.id().toString())
            .audience(application.clientId())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ID_TOKEN_LIFETIME)))
            .claim("auth_time", grant.authTime().getEpochSecond())
            .claim("sid", grant.sessionId().toString())
            .claim("preferred_username", user.username())
            .claim("email", user.email())
            .claim("name", user.displayName())
            .claim("amr", grant.amr())
            .claim("acr", grant.acr());
    nonce.ifPresent(value -> claims.claim("nonce", value));
    return claims.build();
  }

  JWTClaimsSet accessToken(Application application, Grant grant, Instant now) {
    return new JWTClaimsSet.Builder()
        .issuer(config.issuer())
        .subject(grant.userId().toString())
        .audience(application.clientId())
        .claim("client_id", application.clientId())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ACCESS_TOKEN_LIFETIME)))
        .jwtID(UUID.randomUUID().toString())
        .claim("scope", Grant.join(grant.scope()))
        .claim("sid", grant.sessionId().toString())
        .claim("auth_time", grant.authTime().getEpochSecond())
        .build();
  }
}
