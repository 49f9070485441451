package dev.tollgate.user;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), computed by the reference C
 * implementation through argon2-jvm: about twice as fast as a JVM implementation and without
 * 19 MiB of garbage per check. Each hash carries its own parameters, so {@link #needsRehash}
 * can tell when they lag behind the current ones.
 */
public final class PasswordHasher {
  private static final Pattern PHC =
      Pattern.compile(
          "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{22,})$");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final Argon2 argon2 =
      Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
  private final Argon2Parameters parameters;

  public PasswordHasher(Argon2Parameters parameters) {
    this.parameters = parameters;
  }

  public String hash(String password) {
    char[] chars = password.toCharArray();
    try {
      return argon2.hash(
          parameters.iterations(), parameters.memoryKiB(), parameters.parallelism(), chars,
          StandardCharsets.UTF_8);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /** Checks a password against a stored hash (constant-time in libargon2); a malformed hash never matches. */
  public boolean verify(String password, String storedHash) {
    if (parse(storedHash).isEmpty()) {
      return false;
    }
    char[] chars = password.toCharArray();
    try {
      return argon2.verify(storedHash, chars, StandardCharsets.UTF_8);
    } catch (IllegalStateException | IllegalArgumentException unreadable) {
      return false;
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  public boolean needsRehash(String storedHash) {
    return parse(storedHash).map(p -> !p.equals(parameters)).orElse(true);
  }

  private static Optional<Argon2Parameters> parse(String stored) {
    if (stored == null) {
      return Optional.empty();
    }
    Matcher m = PHC.matcher(stored);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Base64.getDecoder().decode(m.group(4));
      Base64.getDecoder().decode(m.group(5));
      return Optional.of(
          new Argon2Parameters(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
