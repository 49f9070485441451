package dev.tollgate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's users kept between runs against the same server (TOLLGATE_URL), so a rerun
 * skips creating them: one line per user, "email secret last-step".
 */
final class UsersFile {
  private UsersFile() {}

  static List<BenchUser> load(String file) throws IOException {
    List<BenchUser> users = new ArrayList<>();
    if (!Files.exists(Path.of(file))) {
      return users;
    }
    for (String line : Files.readAllLines(Path.of(file))) {
      String[] parts = line.split(" ");
      users.add(new BenchUser(parts[0], parts[1], Long.parseLong(parts[2])));
    }
    return users;
  }

  static void save(String file, List<BenchUser> users) throws IOException {
    List<String> lines = new ArrayList<>();
    for (BenchUser user : users) {
      lines.add(user.email + " " + user.secret + " " + user.lastStep);
    }
    Files.write(Path.of(file), lines);
  }
}
