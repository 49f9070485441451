package dev.tollgate.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of wrk (Debian package) with a request script of bench/, one thread: the load of the
 * rate benchmarks, which a JVM client would share the server's cores with. A run fails when any
 * answer is not 2xx or any socket error occurred, so a rate only counts answered requests.
 */
record Wrk(long requests, double seconds, String p50, String p99) {
  /** wrk gives the duration in the unit that suits it: "in 15.01s", "in 4.00m". */
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([0-9.]+)(ms|s|m|h)\\b");
  private static final Pattern P50 = Pattern.compile("50%\\s+(\\S+)");
  private static final Pattern P99 = Pattern.compile("99%\\s+(\\S+)");

  double rate() {
    return requests / seconds;
  }

  static Wrk run(String script, URI base, int connections, int seconds, Map<String, String> env)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "--latency", "-s", script, base.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0 || out.contains("Non-2xx") || out.contains("Socket errors")) {
      throw new IllegalStateException("wrk run with " + script + " failed:\n" + out);
    }
    return parse(out);
  }

  /** The figures of wrk's report (with --latency). */
  static Wrk parse(String out) {
    Matcher total = TOTAL.matcher(out);
    Matcher p50 = P50.matcher(out);
    Matcher p99 = P99.matcher(out);
    if (!total.find() || !p50.find() || !p99.find()) {
      throw new IllegalStateException("unexpected wrk output:\n" + out);
    }
    double seconds =
        Double.parseDouble(total.group(2))
            * switch (total.group(3)) {
              case "ms" -> 0.001;
              case "m" -> 60;
              case "h" -> 3600;
              default -> 1;
            };
    return new Wrk(Long.parseLong(total.group(1)), seconds, p50.group(1), p99.group(1));
  }
}
