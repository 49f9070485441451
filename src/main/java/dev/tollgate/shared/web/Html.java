package dev.tollgate.shared.web;

/** Text for the few HTML pages written outside Faces (error pages, hand-offs, auto-posts). */
public final class Html {
  private Html() {}

  /** The text with the five characters that are special in HTML text and attributes escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
