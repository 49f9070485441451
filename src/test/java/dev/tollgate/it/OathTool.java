package dev.tollgate.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * TOTP codes from Debian's {@code oathtool}, for a secret read off a page. Like
 * {@link TotpFixtures.TotpUser}, it remembers the last step it answered with and moves on to
 * the next step while the current one is used up, since the server accepts each step once.
 */
final class OathTool {
  private final String secret;
  private long lastStep;

  OathTool(String secretAsShown) {
    this.secret = secretAsShown.replaceAll("\\s", "");
  }

  String nextCode() {
    lastStep = Math.max(TotpFixtures.currentStep(), lastStep + 1);
    return code(lastStep);
  }

  /** A code no step near now has. */
  String wrongCode() {
    return TotpFixtures.wrongCode(secret);
  }

  private String code(long step) {
    try {
      Process process =
          new ProcessBuilder("oathtool", "--totp", "-b", "-N", "@" + step * 30, secret)
              .redirectErrorStream(true)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0 || !out.matches("\\d{6}")) {
        throw new IllegalStateException("oathtool failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
