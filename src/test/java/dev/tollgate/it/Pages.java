package dev.tollgate.it;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import java.util.function.Supplier;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

/** Drives Tollgate's pages in one Chromium: sign in, fill, click, wait, read. */
final class Pages {
  private final Chromium browser;
  private final ChromeDriver driver;
  private final String base;

  Pages(Chromium browser) {
    this.browser = browser;
    this.driver = browser.driver();
    this.base = TollgateServer.get().baseUri().toString().replaceAll("/$", "");
    driver.manage().window().setSize(new Dimension(1100, 860));
  }

  Chromium browser() {
    return browser;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** A fresh start: no cookies at all (session, token, trusted device). */
  void forgetEverything() {
    open("/login");
    driver.manage().deleteAllCookies();
  }

  void open(String path) {
    driver.get(base + path);
  }

  /** Opens /login and submits email and password. */
  void signIn(String email, String password) {
    open("/login");
    submitPassword(email, password);
  }

  void submitPassword(String email, String password) {
    fill("login:email", email);
    fill("login:password", password);
    click("login:submit");
  }

  void signOut() {
    click("signout:go");
    waitForPath("/login");
  }

  void fill(String id, String text) {
    WebElement field = waitFor(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  void click(String id) {
    click(By.id(id));
  }

  /** Chooses the option of a select element by its value. */
  void select(String id, String value) {
    waitFor(By.id(id)).findElement(By.cssSelector("option[value='" + value + "']")).click();
  }

  void click(By by) {
    waitFor(by).click();
    leaveHandOff();
  }

  /**
   * A finished sign-in form answers a "Signed in" hand-off whose script goes on to the return
   * path (see PageResponses.continueTo); wait until the browser has left it, so the next step
   * of a test does not race that navigation.
   */
  private void leaveHandOff() {
    until(() -> has(By.id("continue")) ? null : true, "the sign-in hand-off to move on");
  }

  WebElement waitFor(By by) {
    return until(() -> {
      WebElement element = driver.findElement(by);
      return element.isDisplayed() ? element : null;
    }, "visible " + by);
  }

  void waitForPath(String path) {
    until(() -> path().equals(path) ? true : null, "path " + path + " (now " + driver.getCurrentUrl() + ")");
  }

  void waitForText(String text) {
    until(() -> body().contains(text) ? true : null, "text '" + text + "'");
  }

  String body() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private static final String NODE_LEFT_THE_DOCUMENT = "does not belong to the document";

  /** Polls for up to 20 seconds until {@code probe} gives something other than null. */
  <T> T until(Supplier<T> probe, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        T found = probe.get();
        if (found != null) {
          return found;
        }
      } catch (NoSuchElementException | StaleElementReferenceException notYet) {
        // the page is still changing
      } catch (WebDriverException e) {
        // Chrome's form of a stale element: found in the old document, read after navigation
        if (e.getMessage() == null || !e.getMessage().contains(NODE_LEFT_THE_DOCUMENT)) {
          throw e;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what + "; page shows: " + body());
      }
      TollgateServer.sleep(100);
    }
  }

  boolean has(By by) {
    return !driver.findElements(by).isEmpty();
  }

  boolean has(String id) {
    return has(By.id(id));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  String heading() {
    return waitFor(By.tagName("h1")).getText();
  }

  String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  String text(String id) {
    return waitFor(By.id(id)).getText();
  }

  void screenshot(String name) {
    browser.screenshot(name);
  }
}
