package dev.tollgate.web;

/**
 * Small HTML pages for answers written outside Faces (403, an expired form, the hand-off after
 * a sign-in): the same stylesheet, no user input in them, no inline script.
 */
final class PlainPage {
  private PlainPage() {}

  static String html(String title, String text, String linkPath, String linkText) {
    return head(title) + "</head><body><main class=\"card narrow\"><h1>" + title + "</h1>"
        + "<p>" + text + "</p><p><a href=\"" + linkPath + "\">" + linkText + "</a></p>"
        + "</main></body></html>\n";
  }

  /** Signed in: continue.js follows the link to {@code href} (already escaped) at once. */
  static String continuing(String href) {
    return head("Signed in")
        + "<script src=\"/resources/js/continue.js\" defer></script></head>"
        + "<body><main class=\"card narrow\"><h1>Signed in</h1>"
        + "<p><a id=\"continue\" class=\"button primary\" href=\"" + href + "\">Continue</a></p>"
        + "</main></body></html>\n";
  }

  private static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + title + " · Tollgate</title>"
        + "<link rel=\"stylesheet\" href=\"/jakarta.faces.resource/tollgate.css.xhtml?ln=css\">";
  }
}
