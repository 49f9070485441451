package dev.tollgate.user;

import dev.tollgate.shared.crypto.SecureTokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters.Builder;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so each hash carries its own parameters and
 * {@link #needsRehash} can tell when they are behind the current ones.
 */
public final class PasswordHasher {
  private static final Pattern PHC =
      Pattern.compile(
          "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final Argon2Parameters parameters;

  public PasswordHasher(Argon2Parameters parameters) {
    this.parameters = parameters;
  }

  public String hash(String password) {
    byte[] salt = SecureTokens.randomBytes(SALT_BYTES);
    byte[] hash = argon2(password, salt, parameters, HASH_BYTES);
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            parameters.memoryKiB(),
            parameters.iterations(),
            parameters.parallelism(),
            B64.encodeToString(salt),
            B64.encodeToString(hash));
  }

  /** Constant-time check of a password against a stored hash; a malformed hash never matches. */
  public boolean verify(String password, String storedHash) {
    Optional<Parsed> parsed = parse(storedHash);
    if (parsed.isEmpty()) {
      return false;
    }
    Parsed p = parsed.get();
    byte[] candidate = argon2(password, p.salt, p.parameters, p.hash.length);
    return SecureTokens.constantTimeEquals(candidate, p.hash);
  }

  public boolean needsRehash(String storedHash) {
    return parse(storedHash).map(p -> !p.parameters.equals(parameters)).orElse(true);
  }

  private static byte[] argon2(String password, byte[] salt, Argon2Parameters params, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Builder(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
            .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(params.memoryKiB())
            .withIterations(params.iterations())
            .withParallelism(params.parallelism())
            .withSalt(salt)
            .build());
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }

  private static Optional<Parsed> parse(String stored) {
    if (stored == null) {
      return Optional.empty();
    }
    Matcher m = PHC.matcher(stored);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Argon2Parameters params =
          new Argon2Parameters(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      byte[] salt = B64D.decode(m.group(4));
      byte[] hash = B64D.decode(m.group(5));
      return hash.length < 16 ? Optional.empty() : Optional.of(new Parsed(params, salt, hash));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private record Parsed(Argon2Parameters parameters, byte[] salt, byte[] hash) {}
}
