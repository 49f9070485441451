package dev.tollgate.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Debian's headless Chromium driven by its chromedriver (never a downloaded one), with a fresh
 * profile and Chrome's virtual WebAuthn authenticator: a platform authenticator (CTAP2, internal)
 * that keeps resident keys and verifies its user.
 */
final class Chromium implements AutoCloseable {
  private final Path profile;
  private final ChromeDriver driver;
  private final VirtualAuthenticator authenticator;

  Chromium() {
    try {
      profile = Files.createTempDirectory("tollgate-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options =
        new ChromeOptions()
            .setBinary("/usr/bin/chromium")
            .addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    authenticator =
        driver.addVirtualAuthenticator(
            new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
  }

  /** Opens a page of the server, so scripts run with the server's origin (a secure context). */
  void open(String url) {
    driver.get(url);
  }

  /** Runs an async script whose last argument is the callback; returns what it passed back. */
  @SuppressWarnings("unchecked")
  Map<String, Object> run(String script, Object... arguments) {
    return (Map<String, Object>) driver.executeAsyncScript(script, arguments);
  }

  VirtualAuthenticator authenticator() {
    return authenticator;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Saves what the browser shows to target/screenshots/{name}.png (README pictures come from here). */
  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a leftover temporary profile is harmless
      }
    }
  }
}
