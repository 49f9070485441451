package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published signing keys verify our tokens, and nothing else passes for one. */
class JwksIT {
  private static final String PASSWORD = "correct-horse-1";

  private final Api api = Api.forServer();
  private String userId;
  private Api.Session session;

  @BeforeEach
  void user() {
    String email = Api.uniqueEmail("jwks");
    userId = api.createUser(api.admin(), email, PASSWORD, false);
    session = api.login(email, PASSWORD);
  }

  private JWKSet jwks() throws Exception {
    Api.Reply reply = api.get("/.well-known/jwks.json").send();
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JWKSet.parse(reply.body());
  }

  private String issuer() {
    String base = api.server().baseUri().toString();
    return base.substring(0, base.length() - 1);
  }

  @Test
  void theJwksVerifiesATokenFromLogin() throws Exception {
    SignedJWT token = SignedJWT.parse(session.token());

    JWK key = jwks().getKeyByKeyId(token.getHeader().getKeyID());

    assertThat(key).isNotNull();
    assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(token.verify(new ECDSAVerifier(key.toECKey()))).isTrue();
  }

  @Test
  void theJwksAlsoPublishesTheRsaKeyOfIdTokensAndEveryKeySaysItsUse() throws Exception {
    JWKSet keys = jwks();

    assertThat(keys.getKeys()).extracting(k -> k.getAlgorithm().getName())
        .containsExactlyInAnyOrder("ES256", "RS256");
    assertThat(keys.getKeys()).allSatisfy(k -> assertThat(k.getKeyUse()).isEqualTo(KeyUse.SIGNATURE));
  }

  @Test
  void theTokenSaysWhoIssuedItForWhomAndAboutWhom() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(session.token()).getJWTClaimsSet();

    assertThat(claims.getIssuer()).isEqualTo(issuer());
    assertThat(claims.getAudience()).containsExactly("tollgate-portal");
    assertThat(claims.getSubject()).isEqualTo(userId);
    assertThat(claims.getStringListClaim("groups")).containsExactly("user");
    assertThat(claims.getStringClaim("sid")).isNotBlank();
    assertThat(claims.getExpirationTime().toInstant())
        .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
  }

  @Test
  void theJwksHoldsOnlyPublicKeys() throws Exception {
    Api.Reply reply = api.get("/.well-known/jwks.json").send();

    assertThat(jwks().getKeys()).isNotEmpty().allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    assertThat(reply.body()).doesNotContain("\"d\"").doesNotContain("\"p\"").doesNotContain("\"q\"");
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    SignedJWT genuine = SignedJWT.parse(session.token());
    ECKey impostor = new ECKeyGenerator(Curve.P_256).keyID(genuine.getHeader().getKeyID()).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(impostor.getKeyID()).type(JOSEObjectType.JWT).build(),
            genuine.getJWTClaimsSet());
    forged.sign(new ECDSASigner(impostor));

    Api.Reply reply = api.get("/api/v1/me").bearer(forged.serialize()).send();

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("unauthorized");
    assertThat(api.get("/api/v1/me").bearer(session.token()).send().status()).isEqualTo(200);
  }

  @Test
  void anRs256TokenIsNotAPortalToken() throws Exception {
    SignedJWT genuine = SignedJWT.parse(session.token());
    RSAKey other = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(other.getKeyID()).type(JOSEObjectType.JWT).build(),
            genuine.getJWTClaimsSet());
    forged.sign(new RSASSASigner(other));

    assertThat(api.get("/api/v1/me").bearer(forged.serialize()).send().status()).isEqualTo(401);
  }

  @Test
  void anUnsignedTokenIsRefused() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(session.token()).getJWTClaimsSet();

    Api.Reply reply = api.get("/api/v1/me").bearer(new PlainJWT(claims).serialize()).send();

    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void aTamperedTokenIsRefused() throws Exception {
    SignedJWT genuine = SignedJWT.parse(session.token());
    JWTClaimsSet elevated =
        new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
            .claim("groups", java.util.List.of("user", "admin")).build();
    String[] parts = session.token().split("\\.");
    String tampered =
        parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(elevated.toString()) + "." + parts[2];

    Api.Reply reply = api.get("/api/v1/users").bearer(tampered).send();

    assertThat(reply.status()).isEqualTo(401);
  }
}
