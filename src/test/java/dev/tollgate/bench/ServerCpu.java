package dev.tollgate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the server process has used (Linux /proc), so a run on a busy machine can still say
 * how much work one completion costs the server. Absent without a pid.
 */
final class ServerCpu {
  private static final double TICKS_PER_SECOND = 100.0;
  private final Path stat;

  ServerCpu(String pid) {
    this.stat = pid == null ? null : Path.of("/proc", pid, "stat");
  }

  /** User plus system CPU seconds so far; NaN when unknown. */
  double seconds() {
    if (stat == null) {
      return Double.NaN;
    }
    try {
      String line = Files.readString(stat);
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      // fields after the command: state is [0], utime is [11], stime is [12] (proc(5) 14 and 15)
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  String perCompletion(double cpuBefore, int completions) {
    double used = seconds() - cpuBefore;
    if (Double.isNaN(used)) {
      return "";
    }
    double perCompletion = used * 1000 / completions;
    int cores = Runtime.getRuntime().availableProcessors();
    return String.format(
        "; server CPU %.2f ms per completion (%d cores: at most %.0f/s if nothing else ran)",
        perCompletion, cores, cores * 1000 / perCompletion);
  }
}
