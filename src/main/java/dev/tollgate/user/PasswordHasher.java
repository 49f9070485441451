package dev.tollgate.user;

import com.sun.jna.Memory;
import de.mkammerer.argon2.jna.Argon2Library;
import de.mkammerer.argon2.jna.Argon2_context;
import de.mkammerer.argon2.jna.Argon2_version;
import de.mkammerer.argon2.jna.JnaUint32;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), computed by the reference C
 * implementation (libargon2, bundled with argon2-jvm) through its context API: about twice as
 * fast as a JVM implementation, without 19 MiB of garbage per check, and in working memory that
 * {@link Argon2WorkAreas} keeps between hashes. Each hash carries its own parameters, so
 * {@link #needsRehash} can tell when they lag behind the current ones.
 */
public final class PasswordHasher {
  private static final Pattern PHC =
      Pattern.compile(
          "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{22,})$");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final int VERSION_13 = 0x13;
  private static final int ARGON2_OK = 0;
  private static final int ARGON2_VERIFY_MISMATCH = -35;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Argon2Parameters parameters;

  public PasswordHasher(Argon2Parameters parameters) {
    this.parameters = parameters;
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = run(parameters, password, salt, HASH_BYTES, null);
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            parameters.memoryKiB(), parameters.iterations(), parameters.parallelism(),
            B64.encodeToString(salt), B64.encodeToString(hash));
  }

  /** Checks a password against a stored hash (constant-time in libargon2); a malformed hash never matches. */
  public boolean verify(String password, String storedHash) {
    Optional<Stored> stored = parse(storedHash);
    if (stored.isEmpty()) {
      return false;
    }
    Stored s = stored.get();
    try {
      run(s.parameters(), password, s.salt(), s.hash().length, s.hash());
      return true;
    } catch (Mismatch | IllegalArgumentException unusable) {
      return false;
    }
  }

  public boolean needsRehash(String storedHash) {
    return parse(storedHash).map(s -> !s.parameters().equals(parameters)).orElse(true);
  }

  /**
   * One Argon2id computation in a work area: returns the hash, or with {@code expected} compares
   * it in constant time inside libargon2 and throws {@link Mismatch} when it differs.
   */
  private static byte[] run(
      Argon2Parameters p, String password, byte[] salt, int hashLength, byte[] expected) {
    byte[] pwd = password.getBytes(StandardCharsets.UTF_8);
    Memory pwdMemory = new Memory(Math.max(1, pwd.length));
    Memory saltMemory = new Memory(salt.length);
    Memory out = new Memory(hashLength);
    try {
      pwdMemory.write(0, pwd, 0, pwd.length);
      saltMemory.write(0, salt, 0, salt.length);
      Argon2_context.ByReference ctx = new Argon2_context.ByReference();
      ctx.out = out;
      ctx.outlen = new JnaUint32(hashLength);
      ctx.pwd = pwdMemory;
      ctx.pwdlen = new JnaUint32(pwd.length);
      ctx.salt = saltMemory;
      ctx.saltlen = new JnaUint32(salt.length);
      ctx.secretlen = new JnaUint32(0);
      ctx.adlen = new JnaUint32(0);
      ctx.t_cost = new JnaUint32(p.iterations());
      ctx.m_cost = new JnaUint32(p.memoryKiB());
      ctx.lanes = new JnaUint32(p.parallelism());
      ctx.threads = new JnaUint32(p.parallelism());
      ctx.version = new Argon2_version(VERSION_13);
      ctx.allocate_cbk = Argon2WorkAreas.ALLOCATE_FUNCTION;
      ctx.free_cbk = Argon2WorkAreas.RELEASE_FUNCTION;
      ctx.flags = new JnaUint32(0);
      int result =
          Argon2WorkAreas.inSlot(
              () -> expected == null
                  ? Argon2Library.INSTANCE.argon2id_ctx(ctx)
                  : Argon2Library.INSTANCE.argon2id_verify_ctx(ctx, expected));
      if (result == ARGON2_VERIFY_MISMATCH) {
        throw new Mismatch();
      }
      if (result != ARGON2_OK) {
        throw new IllegalArgumentException(
            "Argon2id failed: " + Argon2Library.INSTANCE.argon2_error_message(result));
      }
      return out.getByteArray(0, hashLength);
    } finally {
      Arrays.fill(pwd, (byte) 0);
      pwdMemory.clear();
      out.clear();
      pwdMemory.close();
      saltMemory.close();
      out.close();
    }
  }

  private static Optional<Stored> parse(String stored) {
    if (stored == null) {
      return Optional.empty();
    }
    Matcher m = PHC.matcher(stored);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Stored(
              new Argon2Parameters(
                  Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
              Base64.getDecoder().decode(m.group(4)),
              Base64.getDecoder().decode(m.group(5))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private record Stored(Argon2Parameters parameters, byte[] salt, byte[] hash) {}

  /** The computed hash differs from the stored one. */
  private static final class Mismatch extends RuntimeException {
    Mismatch() {
      super(null, null, false, false);
    }
  }
}
