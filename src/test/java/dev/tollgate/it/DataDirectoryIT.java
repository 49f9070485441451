package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * What the server keeps in {@code DATA_DIR} (the master key it generated; the H2 database) is
 * readable by its own user only: the directory 0700, its files 0600. The suite's server creates
 * the directory itself, as on a first start. The plain {@code java -jar} start, which has no
 * umask of its own, is checked in {@link OpsIT}.
 */
class DataDirectoryIT {
  private final TollgateServer server = TollgateServer.get();

  @Test
  void theDataDirectoryAndItsFilesAreTheServersAlone() throws IOException {
    Api api = Api.forServer();
    api.admin(); // the server has written to its database

    List<String> files = assertOwnerOnly(server.dataDir());

    assertThat(files).contains("secret.key");
    if (server.database().kind().equals("h2")) {
      assertThat(files).contains("tollgate.mv.db");
    }
  }

  /** The start script gives the server a umask of 077, so what it creates later is private too. */
  @Test
  void theServerRunsWithAPrivateUmask() throws IOException {
    List<String> status = Files.readAllLines(Path.of("/proc/" + server.pid() + "/status"));

    assertThat(status).contains("Umask:\t0077");
  }

  /** Asserts the modes of {@code dir} and everything in it; answers the regular files' names. */
  static List<String> assertOwnerOnly(Path dir) throws IOException {
    SoftAssertions soft = new SoftAssertions();
    List<String> files;
    try (Stream<Path> entries = Files.walk(dir)) {
      files =
          entries
              .filter(path -> !Files.isSymbolicLink(path))
              .peek(path -> soft.assertThat(mode(path)).as(path.toString())
                  .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------"))
              .filter(Files::isRegularFile)
              .map(path -> path.getFileName().toString())
              .toList();
    }
    soft.assertAll();
    return files;
  }

  private static String mode(Path path) {
    try {
      return PosixFilePermissions.toString(
          Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
