package dev.tollgate.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.tollgate.auth.token.JwtSigner;
import dev.tollgate.auth.token.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Signs and verifies the OIDC tokens with the server's RSA key ({@link SigningKeys}, published at
 * {@code /.well-known/jwks.json}): RS256 always. ID tokens are typed {@code JWT}, access tokens
 * {@code at+jwt} (RFC 9068), so neither can pass for the other; portal tokens carry their own
 * audience, which no OIDC client id equals.
 */
@ApplicationScoped
public class OidcSigner {
  static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");

  @Inject SigningKeys keys;

  private volatile JwtSigner signer;

  String sign(JWTClaimsSet claims, JOSEObjectType type) {
    JwtSigner current = JwtSigner.forKey(signer, keys.signingKey());
    signer = current;
    return current.sign(claims, type);
  }

  /**
   * The claims of a token this server signed with the given type, its signature checked; the
   * caller checks the claims (issuer, expiry), since an {@code id_token_hint} may be expired.
   */
  Optional<JWTClaimsSet> verified(String token, JOSEObjectType type) {
    if (token == null || token.isBlank() || token.length() > 8192) {
      return Optional.empty();
    }
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(type));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys.publicKeys())));
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
    try {
      return Optional.of(processor.process(token, null));
    } catch (Exception invalid) {
      return Optional.empty();
    }
  }
}
