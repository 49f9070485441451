package dev.tollgate.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir Path temp;

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
  }

  private static Path create(Path path, String mode) throws IOException {
    Files.writeString(path, "data");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    return path;
  }

  private static Path mkdir(Path path, String mode) throws IOException {
    Files.createDirectory(path);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    return path;
  }

  @Test
  void aMissingDirectoryIsCreatedForTheOwnerOnly() throws IOException {
    Path dir = temp.resolve("data");

    DataDirectory.secure(dir);

    assertThat(mode(dir)).isEqualTo("rwx------");
  }

  @Test
  void whatAlreadyExistsIsTightened() throws IOException {
    Path dir = mkdir(temp.resolve("data"), "rwxr-xr-x");
    Path database = create(dir.resolve("tollgate.mv.db"), "rw-r--r--");
    Path key = create(dir.resolve("secret.key"), "rw-rw-rw-");
    Path nested = mkdir(dir.resolve("backups"), "rwxrwxr-x");
    Path copy = create(nested.resolve("tollgate.mv.db.1"), "rw-r-----");
    Path script = create(dir.resolve("restore.sh"), "rwxr-xr-x");

    DataDirectory.secure(dir);

    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(mode(nested)).isEqualTo("rwx------");
    assertThat(mode(database)).isEqualTo("rw-------");
    assertThat(mode(key)).isEqualTo("rw-------");
    assertThat(mode(copy)).isEqualTo("rw-------");
    assertThat(mode(script)).isEqualTo("rw-------");
  }

  @Test
  void linksInsideAreNotFollowed() throws IOException {
    Path outside = mkdir(temp.resolve("outside"), "rwxr-xr-x");
    Path shared = create(outside.resolve("shared.txt"), "rw-r--r--");
    Path dir = mkdir(temp.resolve("data"), "rwxr-xr-x");
    Files.createSymbolicLink(dir.resolve("shared.txt"), shared);
    Files.createSymbolicLink(dir.resolve("outside"), outside);

    DataDirectory.secure(dir);

    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(mode(outside)).isEqualTo("rwxr-xr-x");
    assertThat(mode(shared)).isEqualTo("rw-r--r--");
  }

  @Test
  void aDataDirectoryThatIsALinkHasItsTargetTightened() throws IOException {
    Path real = mkdir(temp.resolve("volume"), "rwxr-xr-x");
    Path database = create(real.resolve("tollgate.mv.db"), "rw-r--r--");
    Path link = Files.createSymbolicLink(temp.resolve("data"), real);

    DataDirectory.secure(link);

    assertThat(mode(real)).isEqualTo("rwx------");
    assertThat(mode(database)).isEqualTo("rw-------");
  }

  @Test
  void tighteningTwiceChangesNothing() throws IOException {
    Path dir = temp.resolve("data");
    DataDirectory.secure(dir);
    Path key = create(dir.resolve("secret.key"), "rw-------");

    DataDirectory.secure(dir);

    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(mode(key)).isEqualTo("rw-------");
  }
}
