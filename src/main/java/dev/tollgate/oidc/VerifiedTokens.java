package dev.tollgate.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.config.DeploymentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads back the tokens this provider issued: access tokens presented at userinfo (signature,
 * type {@code at+jwt}, issuer, expiry) and ID tokens presented as {@code id_token_hint} at
 * logout (signature, type, issuer; an expired one is still a good hint, as OIDC RP-Initiated
 * Logout allows).
 */
@ApplicationScoped
public class VerifiedTokens {
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  @Inject OidcSigner signer;
  @Inject DeploymentConfig config;
  @Inject TimeSource time;

  /** Who an access token speaks for, on which session, for which client and scopes. */
  record AccessToken(UUID userId, UUID sessionId, String clientId, List<String> scope) {}

  /** Whom an ID token named, for which client, on which session. */
  record IdTokenHint(UUID userId, UUID sessionId, String clientId) {}

  Optional<AccessToken> accessToken(String token) {
    return signer.verified(token, OidcSigner.ACCESS_TOKEN)
        .filter(this::fromThisIssuer)
        .filter(this::unexpired)
        .flatMap(claims -> {
          try {
            return Optional.of(new AccessToken(
                UUID.fromString(claims.getSubject()), UUID.fromString(claims.getStringClaim("sid")),
                claims.getStringClaim("client_id"), Grant.split(claims.getStringClaim("scope"))));
          } catch (ParseException | RuntimeException malformed) {
            return Optional.empty();
          }
        });
  }

  Optional<IdTokenHint> idTokenHint(String token) {
    return signer.verified(token, JOSEObjectType.JWT)
        .filter(this::fromThisIssuer)
        .filter(claims -> claims.getAudience() != null && claims.getAudience().size() == 1)
        .flatMap(claims -> {
          try {
            return Optional.of(new IdTokenHint(
                UUID.fromString(claims.getSubject()), UUID.fromString(claims.getStringClaim("sid")),
                claims.getAudience().getFirst()));
          } catch (ParseException | RuntimeException malformed) {
            return Optional.empty();
          }
        });
  }

  private boolean fromThisIssuer(JWTClaimsSet claims) {
    return config.issuer().equals(claims.getIssuer());
  }

  private boolean unexpired(JWTClaimsSet claims) {
    Date exp = claims.getExpirationTime();
    Instant now = time.now();
    return exp != null && exp.toInstant().plus(CLOCK_SKEW).isAfter(now);
  }
}
