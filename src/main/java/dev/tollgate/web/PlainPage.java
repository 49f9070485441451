package dev.tollgate.web;

/**
 * A small HTML page for answers written outside Faces (403, an expired form): the same
 * stylesheet, no script, no user input in it.
 */
final class PlainPage {
  private PlainPage() {}

  static String html(String title, String text, String linkPath, String linkText) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + title + " · Tollgate</title>"
        + "<link rel=\"stylesheet\" href=\"/jakarta.faces.resource/tollgate.css.xhtml?ln=css\">"
        + "</head><body><main class=\"card narrow\"><h1>" + title + "</h1>"
        + "<p>" + text + "</p><p><a href=\"" + linkPath + "\">" + linkText + "</a></p>"
        + "</main></body></html>\n";
  }
}
