package dev.tollgate.testing.webauthn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;

/**
 * A passkey authenticator in software for tests: one P-256 key (SHA256withECDSA), a counter,
 * and the flags a real one would set. It answers the JSON options Tollgate hands out with the
 * JSON a browser's {@code toJSON()} would post back, and can be told to lie in one detail at a
 * time (see {@link Tamper}).
 */
public final class SoftwareAuthenticator {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int UP = 0x01;
  private static final int UV = 0x04;
  private static final int BE = 0x08;
  private static final int BS = 0x10;
  private static final int AT = 0x40;

  private final KeyPair keyPair;
  private final byte[] credentialId;
  private final byte[] aaguid;
  private long counter;
  private boolean userVerifying = true;
  private boolean backupEligible;
  private boolean backedUp;
  private boolean counting = true;
  private byte[] userHandle;

  private SoftwareAuthenticator(KeyPair keyPair, byte[] credentialId, byte[] aaguid) {
    this.keyPair = keyPair;
    this.credentialId = credentialId;
    this.aaguid = aaguid;
  }

  public static SoftwareAuthenticator create() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      byte[] id = new byte[32];
      RANDOM.nextBytes(id);
      return new SoftwareAuthenticator(generator.generateKeyPair(), id, uuidBytes(UUID.randomUUID()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Another key under the same credential id: what a forger of a known id would have. */
  public SoftwareAuthenticator withForeignKeySameId() {
    SoftwareAuthenticator other = create();
    SoftwareAuthenticator forged = new SoftwareAuthenticator(other.keyPair, credentialId.clone(), aaguid);
    forged.userHandle = userHandle;
    forged.counter = counter;
    return forged;
  }

  /** An exact copy, key, counter and flags included: what cloning the authenticator would give. */
  public SoftwareAuthenticator cloned() {
    SoftwareAuthenticator copy = new SoftwareAuthenticator(keyPair, credentialId.clone(), aaguid);
    copy.userHandle = userHandle;
    copy.counter = counter;
    copy.counting = counting;
    copy.userVerifying = userVerifying;
    copy.backupEligible = backupEligible;
    copy.backedUp = backedUp;
    return copy;
  }

  public SoftwareAuthenticator userVerifying(boolean value) {
    this.userVerifying = value;
    return this;
  }

  /** A synced passkey (backup eligible and backed up), like those of platform password managers. */
  public SoftwareAuthenticator synced() {
    this.backupEligible = true;
    this.backedUp = true;
    return this;
  }

  /** Authenticators that keep no counter always report 0. */
  public SoftwareAuthenticator withoutCounter() {
    this.counting = false;
    return this;
  }

  public SoftwareAuthenticator counter(long value) {
    this.counter = value;
    return this;
  }

  public long counter() {
    return counter;
  }

  public String credentialId() {
    return b64(credentialId);
  }

  /** Whether creation options list this credential in excludeCredentials (a real one refuses). */
  public boolean isExcludedBy(JsonObject creationOptions) {
    return creationOptions.getJsonArray("excludeCredentials").stream()
        .map(d -> d.asJsonObject().getString("id"))
        .anyMatch(credentialId()::equals);
  }

  /** A RegistrationResponseJSON for {@code navigator.credentials.create(options)} at origin. */
  public JsonObject register(JsonObject creationOptions, String origin) {
    return register(creationOptions, Tamper.none(origin));
  }

  public JsonObject register(JsonObject creationOptions, Tamper tamper) {
    userHandle = b64d(creationOptions.getJsonObject("user").getString("id"));
    String rpId = tamper.rpId() != null ? tamper.rpId() : creationOptions.getJsonObject("rp").getString("id");
    byte[] clientData = clientData("webauthn.create", creationOptions, tamper);
    byte[] authData = authenticatorData(rpId, true);
    byte[] attestationObject =
        tamper.packedAttestation()
            ? Cbor.packedSelfAttestation(authData, sign(concat(authData, sha256(clientData)), tamper.corruptSignature()))
            : Cbor.noneAttestation(authData);
    JsonObjectBuilder response =
        Json.createObjectBuilder()
            .add("clientDataJSON", b64(clientData))
            .add("attestationObject", b64(attestationObject))
            .add("transports", Json.createArrayBuilder().add("internal"))
            .add("publicKeyAlgorithm", -7)
            .add("publicKey", b64(keyPair.getPublic().getEncoded()))
            .add("authenticatorData", b64(authData));
    return credential(response);
  }

  /** An AuthenticationResponseJSON for {@code navigator.credentials.get(options)} at origin. */
  public JsonObject authenticate(JsonObject requestOptions, String origin) {
    return authenticate(requestOptions, Tamper.none(origin));
  }

  public JsonObject authenticate(JsonObject requestOptions, Tamper tamper) {
    String rpId = tamper.rpId() != null ? tamper.rpId() : requestOptions.getString("rpId");
    byte[] clientData = clientData("webauthn.get", requestOptions, tamper);
    byte[] authData = authenticatorData(rpId, false);
    byte[] signature = sign(concat(authData, sha256(clientData)), tamper.corruptSignature());
    JsonObjectBuilder response =
        Json.createObjectBuilder()
            .add("clientDataJSON", b64(clientData))
            .add("authenticatorData", b64(authData))
            .add("signature", b64(signature));
    if (userHandle != null) {
      response.add("userHandle", b64(userHandle));
    }
    return credential(response);
  }

  private JsonObject credential(JsonObjectBuilder response) {
    return Json.createObjectBuilder()
        .add("id", credentialId())
        .add("rawId", credentialId())
        .add("type", "public-key")
        .add("response", response)
        .add("authenticatorAttachment", "platform")
        .add("clientExtensionResults", Json.createObjectBuilder())
        .build();
  }

  private static byte[] clientData(String type, JsonObject options, Tamper tamper) {
    String challenge = tamper.challenge() != null ? tamper.challenge() : ((JsonString) options.get("challenge")).getString();
    String json =
        Json.createObjectBuilder()
            .add("type", tamper.type() != null ? tamper.type() : type)
            .add("challenge", challenge)
            .add("origin", tamper.origin())
            .add("crossOrigin", false)
            .build()
            .toString();
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] authenticatorData(String rpId, boolean attested) {
    if (counting) {
      counter++;
    }
    int flags = UP | (userVerifying ? UV : 0) | (backupEligible ? BE : 0) | (backedUp ? BS : 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
    out.write(flags | (attested ? AT : 0));
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) (counting ? counter : 0)).array());
    if (attested) {
      out.writeBytes(aaguid);
      out.writeBytes(ByteBuffer.allocate(2).putShort((short) credentialId.length).array());
      out.writeBytes(credentialId);
      out.writeBytes(Cbor.es256CoseKey((ECPublicKey) keyPair.getPublic()));
    }
    return out.toByteArray();
  }

  private byte[] sign(byte[] data, boolean corrupt) {
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(keyPair.getPrivate());
      signer.update(data);
      if (corrupt) {
        signer.update((byte) 0);
      }
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] uuidBytes(UUID uuid) {
    return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
  }

  public static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] b64d(String text) {
    return Base64.getUrlDecoder().decode(text);
  }
}
