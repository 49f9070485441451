package dev.tollgate.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {
  private static final String ISSUER = "https://id.example.test";
  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
  private static final Instant AUTH_TIME = Instant.parse("2026-03-01T10:00:00Z");
  private static ECKey key;
  private static ECKey otherKey;
  private static RSAKey rsaKey;

  private final UUID userId = UUID.randomUUID();
  private final UUID sessionId = UUID.randomUUID();

  @BeforeAll
  static void keys() throws Exception {
    key = new ECKeyGenerator(Curve.P_256).keyID("kid-1").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).generate();
    otherKey = new ECKeyGenerator(Curve.P_256).keyID("kid-1").generate();
    rsaKey = new RSAKeyGenerator(2048).keyID("kid-rsa").generate();
  }

  private TokenIssuer.PortalTokenSubject subject(boolean admin) {
    return new TokenIssuer.PortalTokenSubject(
        userId, "ada@example.test", "ada", "Ada Lovelace", admin, sessionId, List.of("pwd", "otp"), AUTH_TIME);
  }

  private TokenIssuer.IssuedToken issue(boolean admin) {
    return TokenIssuer.issue(JwtSigner.of(key), ISSUER, subject(admin), NOW, Duration.ofHours(24));
  }

  @Test
  void theTokenIsAnEs256JwtSignedByThePortalKeyAndNamingIt() throws Exception {
    SignedJWT jwt = SignedJWT.parse(issue(false).value());

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("kid-1");
    assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(jwt.verify(new ECDSAVerifier(key.toECPublicKey()))).isTrue();
    assertThat(jwt.verify(new ECDSAVerifier(otherKey.toECPublicKey()))).isFalse();
  }

  @Test
  void anRsaKeySignsRs256() throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("s").build();
    SignedJWT jwt = SignedJWT.parse(JwtSigner.of(rsaKey).sign(claims, JOSEObjectType.JWT));

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.verify(new RSASSAVerifier(rsaKey.toRSAPublicKey()))).isTrue();
  }

  @Test
  void theClaimsSayWhoForWhomAndWhichSession() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(issue(false).value()).getJWTClaimsSet();

    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getAudience()).containsExactly("tollgate-portal");
    assertThat(claims.getSubject()).isEqualTo(userId.toString());
    assertThat(claims.getStringClaim("sid")).isEqualTo(sessionId.toString());
    assertThat(claims.getStringListClaim("amr")).containsExactly("pwd", "otp");
    assertThat(claims.getStringListClaim("groups")).containsExactly("user");
    assertThat(claims.getStringClaim("upn")).isEqualTo("ada@example.test");
    assertThat(claims.getStringClaim("email")).isEqualTo("ada@example.test");
    assertThat(claims.getStringClaim("preferred_username")).isEqualTo("ada");
    assertThat(claims.getStringClaim("name")).isEqualTo("Ada Lovelace");
    assertThat(claims.getLongClaim("auth_time")).isEqualTo(AUTH_TIME.getEpochSecond());
    assertThat(claims.getJWTID()).isNotBlank();
  }

  @Test
  void administratorsAlsoGetTheAdminGroup() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(issue(true).value()).getJWTClaimsSet();

    assertThat(claims.getStringListClaim("groups")).containsExactly("user", "admin");
  }

  @Test
  void theTokenLivesForTheGivenDuration() throws Exception {
    TokenIssuer.IssuedToken token = issue(false);
    JWTClaimsSet claims = SignedJWT.parse(token.value()).getJWTClaimsSet();

    assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
    assertThat(claims.getNotBeforeTime()).isEqualTo(Date.from(NOW));
    assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(24))));
    assertThat(token.expiresInSeconds()).isEqualTo(24 * 3600);
    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void everyTokenHasItsOwnId() throws Exception {
    assertThat(SignedJWT.parse(issue(false).value()).getJWTClaimsSet().getJWTID())
        .isNotEqualTo(SignedJWT.parse(issue(false).value()).getJWTClaimsSet().getJWTID());
  }

  @Test
  void theTokenNeverPrintsItself() {
    TokenIssuer.IssuedToken token = issue(false);

    assertThat(token.toString()).doesNotContain(token.value());
  }
}
