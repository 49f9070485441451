package dev.tollgate.web;

import java.util.Optional;

/**
 * Where a page sends the browser after signing in: a local path only (the login contract), so a
 * link to the login page can never make Tollgate redirect to another site. Anything else falls
 * back to the profile.
 */
public final class ReturnPath {
  public static final String DEFAULT = "/profile";
  static final int MAX_LENGTH = 2048;

  private ReturnPath() {}

  /**
   * The path when it starts with exactly one {@code /} (so neither {@code //host} nor a scheme),
   * holds no backslash (browsers read {@code /\host} as {@code //host}) and no control character,
   * and is at most {@link #MAX_LENGTH} long. It may carry its own query string.
   */
  public static Optional<String> validate(String candidate) {
    if (candidate == null
        || candidate.isEmpty()
        || candidate.length() > MAX_LENGTH
        || candidate.charAt(0) != '/'
        || candidate.startsWith("//")
        || candidate.indexOf('\\') >= 0
        || candidate.chars().anyMatch(ReturnPath::isControl)) {
      return Optional.empty();
    }
    return Optional.of(candidate);
  }

  public static String orDefault(String candidate) {
    return validate(candidate).orElse(DEFAULT);
  }

  private static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }
}
