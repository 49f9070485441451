package dev.tollgate.shared.crypto;

import dev.tollgate.shared.config.DataDirectory;
import dev.tollgate.shared.config.DeploymentConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Loads the master key ({@code SECRET_KEY}, or one generated once into {@code DATA_DIR}) and
 * hands out the purpose keys built on it.
 */
@ApplicationScoped
public class Keyring {
  private static final Logger LOG = Logger.getLogger(Keyring.class.getName());
  static final String KEY_FILE = "secret.key";

  @Inject DeploymentConfig config;

  private SecretBox secretBox;
  private TokenHasher tokenHasher;

  @PostConstruct
  void load() {
    MasterKey master =
        config.secretKey().map(Keyring::fromConfigured).orElseGet(() -> fromFile(config.dataDir()));
    secretBox = new SecretBox(master.derive("aes-gcm/at-rest"));
    tokenHasher = new TokenHasher(master.derive("hmac/token-hash"));
  }

  public SecretBox secretBox() {
    return secretBox;
  }

  public TokenHasher tokenHasher() {
    return tokenHasher;
  }

  /** A base64 value of 32+ bytes is used as is; any other string is taken as a passphrase. */
  static MasterKey fromConfigured(String value) {
    try {
      byte[] decoded = Base64.getDecoder().decode(value.trim());
      if (decoded.length >= 32) {
        return new MasterKey(decoded);
      }
    } catch (IllegalArgumentException notBase64) {
      // a passphrase
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 16) {
      throw new IllegalStateException("SECRET_KEY is too short: use at least 32 random bytes");
    }
    return new MasterKey(bytes);
  }

  static synchronized MasterKey fromFile(Path dataDir) {
    Path file = dataDir.resolve(KEY_FILE);
    DataDirectory.secure(dataDir);
    try {
      if (!Files.exists(file)) {
        String generated = Base64.getEncoder().encodeToString(SecureTokens.randomBytes(32));
        createReadableByOwnerOnly(file);
        Files.writeString(file, generated + "\n", StandardOpenOption.WRITE);
        LOG.warning(
            "SECRET_KEY is not set: generated a master key in "
                + file
                + ". Set SECRET_KEY (the same on every node) for production.");
      } else {
        LOG.warning("SECRET_KEY is not set: using the master key kept in " + file);
      }
      return new MasterKey(Base64.getDecoder().decode(Files.readString(file).trim()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the master key " + file, e);
    }
  }

  /** Owner-only from the start: never a moment when the umask leaves the key readable to others. */
  private static void createReadableByOwnerOnly(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
      LOG.warning("Could not restrict the permissions of " + file + ": not a POSIX file system");
    }
  }
}
