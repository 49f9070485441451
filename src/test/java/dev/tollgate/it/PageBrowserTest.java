package dev.tollgate.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Base of the tests that drive Tollgate's pages: one headless Chromium per test class (a start
 * costs seconds), with its cookies and storage forgotten before every test.
 */
@Tag("browser")
abstract class PageBrowserTest {
  protected static Chromium browser;
  protected static Pages pages;

  @BeforeAll
  static void startBrowser() {
    browser = new Chromium();
    pages = new Pages(browser);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void freshBrowser() {
    pages.forgetEverything();
  }
}
