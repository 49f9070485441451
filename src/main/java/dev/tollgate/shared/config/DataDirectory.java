package dev.tollgate.shared.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps {@code DATA_DIR} (the embedded database, a generated master key) readable by the
 * server's own user only: the directory and every directory in it 0700, every regular file 0600.
 * The start script sets a umask of 077, so what the server creates is private from the start;
 * this also covers a start without the script ({@code java -jar}) and files left by an older
 * version or copied in. Symbolic links inside the directory are left alone, never followed.
 * Called before the database or the key file is opened, and again once the database has created
 * its files.
 */
public final class DataDirectory {
  private static final Logger LOG = Logger.getLogger(DataDirectory.class.getName());
  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private DataDirectory() {}

  /**
   * Creates {@code dir} (0700) when it does not exist and tightens what is in it. Failing to
   * create it is an error; failing to tighten an entry (a file system without POSIX permissions,
   * an entry owned by someone else) is logged, since the server can still run.
   */
  public static void secure(Path dir) {
    try {
      if (!posix(dir)) {
        Files.createDirectories(dir);
        LOG.warning(
            "Cannot restrict " + dir + " to the server's user: the file system has no POSIX permissions");
        return;
      }
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
      Files.walkFileTree(dir.toRealPath(), new Tightener());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + dir, e);
    }
  }

  /** Whether the file store of {@code dir}, or of its nearest existing parent, is POSIX. */
  private static boolean posix(Path dir) throws IOException {
    Path existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null
        && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
  }

  private static final class Tightener extends SimpleFileVisitor<Path> {
    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      restrict(dir, DIRECTORY);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (attrs.isRegularFile()) {
        restrict(file, FILE);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      // a file the database removed meanwhile, or one we may not read
      if (Files.exists(file)) {
        LOG.warning("Cannot check the permissions of " + file + ": " + e);
      }
      return FileVisitResult.CONTINUE;
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) {
      try {
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
          Files.setPosixFilePermissions(path, wanted);
        }
      } catch (java.nio.file.NoSuchFileException removedMeanwhile) {
        // the database deletes its temporary files
      } catch (IOException | UnsupportedOperationException e) {
        LOG.warning("Cannot restrict " + path + " to the server's user: " + e);
      }
    }
  }
}
