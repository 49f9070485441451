package dev.tollgate.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringTest {
  @TempDir Path dir;

  @Test
  void aBase64ValueOf32BytesIsTheKeyItself() {
    String configured = Base64.getEncoder().encodeToString(MasterKeyTest.MATERIAL);

    assertThat(Keyring.fromConfigured(configured)).isEqualTo(new MasterKey(MasterKeyTest.MATERIAL));
    assertThat(Keyring.fromConfigured(" " + configured + "\n")).isEqualTo(new MasterKey(MasterKeyTest.MATERIAL));
  }

  @Test
  void anyOtherValueIsAPassphrase() {
    String passphrase = "correct horse battery staple";

    assertThat(Keyring.fromConfigured(passphrase))
        .isEqualTo(new MasterKey(passphrase.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void base64OfFewerThan32BytesIsTakenAsAPassphrase() {
    String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

    assertThat(Keyring.fromConfigured(sixteenBytes))
        .isEqualTo(new MasterKey(sixteenBytes.getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(new MasterKey(new byte[16]));
  }

  @Test
  void aPassphraseShorterThan16BytesIsRefused() {
    assertThatThrownBy(() -> Keyring.fromConfigured("too short"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SECRET_KEY");
    assertThatThrownBy(() -> Keyring.fromConfigured("fifteen bytes!!")).isInstanceOf(IllegalStateException.class);
    assertThat(Keyring.fromConfigured("sixteen bytes!!!")).isNotNull();
  }

  @Test
  void withoutAConfiguredKeyOneIsGeneratedOnceIntoTheDataDirectory() throws Exception {
    Path dataDir = dir.resolve("not/yet/there");

    MasterKey first = Keyring.fromFile(dataDir);
    Path file = dataDir.resolve("secret.key");
    String stored = Files.readString(file);

    assertThat(Base64.getDecoder().decode(stored.trim())).hasSize(32);
    assertThat(Keyring.fromFile(dataDir)).isEqualTo(first);
    assertThat(Files.readString(file)).isEqualTo(stored);
  }

  @Test
  void theGeneratedKeyFileIsReadableByItsOwnerOnly() throws Exception {
    Keyring.fromFile(dir);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret.key"))))
        .isEqualTo("rw-------");
  }

  @Test
  void anotherDataDirectoryGetsAnotherKey() {
    assertThat(Keyring.fromFile(dir.resolve("a"))).isNotEqualTo(Keyring.fromFile(dir.resolve("b")));
  }

  @Test
  void anExistingKeyFileIsUsedAsIs() throws Exception {
    Files.writeString(dir.resolve("secret.key"), Base64.getEncoder().encodeToString(MasterKeyTest.MATERIAL) + "\n");

    assertThat(Keyring.fromFile(dir)).isEqualTo(new MasterKey(MasterKeyTest.MATERIAL));
  }
}
