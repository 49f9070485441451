package dev.tollgate.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The server's token signing key pair: generated once, kept in the database (private half
 * sealed with AES-GCM under {@code SECRET_KEY}) so that every node signs with the same key, and
 * published as a JWK set to MicroProfile JWT and {@code /.well-known/jwks.json}.
 */
@ApplicationScoped
public class SigningKeys {
  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  @Inject SigningKeyStore store;
  @Inject Keyring keyring;
  @Inject TimeSource time;

  private volatile RSAKey signingKey;
  private volatile JWKSet publicKeys;

  public void load() {
    List<SigningKeyRow> rows = store.all();
    if (rows.isEmpty()) {
      try {
        store.add(generate(1));
        LOG.info("Generated the token signing key");
      } catch (RuntimeException lostRace) {
        LOG.info("Another node generated the signing key first: " + lostRace.getMessage());
      }
      rows = store.all();
    }
    signingKey = open(rows.getFirst());
    publicKeys = new JWKSet(rows.stream().<JWK>map(SigningKeys::publicHalf).toList().reversed());
    JwtVerificationKeys.publish(publicKeys.toString());
  }

  public RSAKey signingKey() {
    RSAKey key = signingKey;
    if (key == null) {
      throw new IllegalStateException("Signing keys are not loaded yet");
    }
    return key;
  }

  public JWKSet publicKeys() {
    return publicKeys;
  }

  private SigningKeyRow generate(int generation) {
    try {
      String kid = UUID.randomUUID().toString();
      RSAKey key =
          new RSAKeyGenerator(2048)
              .keyID(kid)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .generate();
      String sealed =
          keyring
              .secretBox()
              .seal(key.toJSONString().getBytes(StandardCharsets.UTF_8), aad(kid));
      return new SigningKeyRow(
          kid, SigningKeyStore.PURPOSE, generation, "RS256", key.toPublicJWK().toJSONString(),
          sealed, time.now());
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key pair", e);
    }
  }

  private RSAKey open(SigningKeyRow row) {
    byte[] json = keyring.secretBox().open(row.privateKeySealed(), aad(row.kid()));
    try {
      return RSAKey.parse(new String(json, StandardCharsets.UTF_8));
    } catch (ParseException e) {
      throw new IllegalStateException("Stored signing key " + row.kid() + " is unreadable", e);
    }
  }

  private static RSAKey publicHalf(SigningKeyRow row) {
    try {
      return RSAKey.parse(row.publicJwk());
    } catch (ParseException e) {
      throw new IllegalStateException("Stored public key " + row.kid() + " is unreadable", e);
    }
  }

  private static String aad(String kid) {
    return "signing-key:" + kid;
  }
}
