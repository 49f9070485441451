package dev.tollgate.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.JWKGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The server's token signing key pairs, each generated once and kept in the database (private
 * half sealed with AES-GCM under {@code SECRET_KEY}) so that every node signs with the same keys:
 * an EC P-256 key (ES256) for portal tokens, which are signed on every sign-in and where ECDSA
 * costs a fraction of RSA, and an RSA key (RS256, the algorithm every OIDC client must support)
 * for ID tokens. Both are published at {@code /.well-known/jwks.json}; MicroProfile JWT is given
 * the portal keys only, so no other token of this issuer is ever taken as a portal token.
 */
@ApplicationScoped
public class SigningKeys {
  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  @Inject SigningKeyStore store;
  @Inject Keyring keyring;
  @Inject TimeSource time;

  private volatile RSAKey signingKey;
  private volatile ECKey portalKey;
  private volatile JWKSet publicKeys;

  public void load() {
    List<SigningKeyRow> rsa = loadOrGenerate(SigningKeyStore.PURPOSE, this::rsaKey);
    List<SigningKeyRow> ec = loadOrGenerate(SigningKeyStore.PORTAL_PURPOSE, this::ecKey);
    signingKey = open(rsa.getFirst()).toRSAKey();
    portalKey = open(ec.getFirst()).toECKey();
    List<JWK> portal = ec.stream().map(SigningKeys::publicHalf).toList().reversed();
    List<JWK> all = new ArrayList<>(portal);
    all.addAll(rsa.stream().map(SigningKeys::publicHalf).toList().reversed());
    publicKeys = new JWKSet(all);
    JwtVerificationKeys.publish(new JWKSet(portal).toString());
  }

  /** The RSA key (RS256) that signs OIDC ID tokens. */
  public RSAKey signingKey() {
    return loaded(signingKey);
  }

  /** The EC P-256 key (ES256) that signs portal tokens. */
  public ECKey portalKey() {
    return loaded(portalKey);
  }

  public JWKSet publicKeys() {
    return publicKeys;
  }

  private static <K extends JWK> K loaded(K key) {
    if (key == null) {
      throw new IllegalStateException("Signing keys are not loaded yet");
    }
    return key;
  }

  private List<SigningKeyRow> loadOrGenerate(String purpose, Supplier<JWK> generator) {
    List<SigningKeyRow> rows = store.all(purpose);
    if (rows.isEmpty()) {
      try {
        store.add(seal(purpose, generator.get()));
        LOG.info("Generated the " + purpose + " signing key");
      } catch (RuntimeException lostRace) {
        LOG.info("Another node generated the " + purpose + " key first: " + lostRace.getMessage());
      }
      rows = store.all(purpose);
    }
    return rows;
  }

  private JWK rsaKey() {
    return generate(new RSAKeyGenerator(2048).algorithm(JWSAlgorithm.RS256));
  }

  private JWK ecKey() {
    return generate(new ECKeyGenerator(Curve.P_256).algorithm(JWSAlgorithm.ES256));
  }

  private static JWK generate(JWKGenerator<? extends JWK> generator) {
    try {
      return generator.keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate a signing key pair", e);
    }
  }

  private SigningKeyRow seal(String purpose, JWK key) {
    String sealed =
        keyring
            .secretBox()
            .seal(key.toJSONString().getBytes(StandardCharsets.UTF_8), aad(key.getKeyID()));
    return new SigningKeyRow(
        key.getKeyID(), purpose, 1, key.getAlgorithm().getName(),
        key.toPublicJWK().toJSONString(), sealed, time.now());
  }

  private JWK open(SigningKeyRow row) {
    byte[] json = keyring.secretBox().open(row.privateKeySealed(), aad(row.kid()));
    try {
      return JWK.parse(new String(json, StandardCharsets.UTF_8));
    } catch (ParseException e) {
      throw new IllegalStateException("Stored signing key " + row.kid() + " is unreadable", e);
    }
  }

  private static JWK publicHalf(SigningKeyRow row) {
    try {
      return JWK.parse(row.publicJwk());
    } catch (ParseException e) {
      throw new IllegalStateException("Stored public key " + row.kid() + " is unreadable", e);
    }
  }

  private static String aad(String kid) {
    return "signing-key:" + kid;
  }
}
