package dev.tollgate.application;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks redirect URIs and stores a list of them in one column, one per line (a checked URI
 * never contains a line break). OIDC compares them exactly, or by a {@code regex:} entry that must
 * match the whole URI, so they are kept as given.
 */
public final class RedirectUris {
  public static final int MAX_COUNT = 20;
  public static final int MAX_LENGTH = 1000;
  private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "data", "vbscript", "file");

  private RedirectUris() {}

  /** An entry that matches any redirect URI the regular expression after it matches whole. */
  public static final String REGEX_PREFIX = "regex:";

  /**
   * Whether {@code presented} is one of the {@code registered} URIs: exactly equal, or matched
   * in full by a {@code regex:} entry. The presented URI must itself be acceptable as a
   * redirect URI (absolute, no fragment, no forbidden scheme), whatever a pattern would allow.
   */
  public static boolean matches(List<String> registered, String presented) {
    if (problem(presented).isPresent() || presented.startsWith(REGEX_PREFIX)) {
      return false;
    }
    for (String entry : registered) {
      if (entry.startsWith(REGEX_PREFIX)
          ? pattern(entry).map(p -> p.matcher(presented).matches()).orElse(false)
          : entry.equals(presented)) {
        return true;
      }
    }
    return false;
  }

  /** Empty when the URI (or {@code regex:} entry) is acceptable; otherwise why not. */
  public static Optional<String> problem(String uri) {
    if (uri == null || uri.isBlank() || uri.length() > MAX_LENGTH) {
      return Optional.of("must be 1 to " + MAX_LENGTH + " characters");
    }
    if (uri.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return Optional.of("must not contain spaces or control characters");
    }
    if (uri.startsWith(REGEX_PREFIX)) {
      return pattern(uri).isPresent()
          ? Optional.empty()
          : Optional.of("is not a valid regular expression after regex:");
    }
    try {
      URI parsed = new URI(uri);
      String scheme = parsed.getScheme() == null ? null : parsed.getScheme().toLowerCase(Locale.ROOT);
      if (scheme == null || FORBIDDEN_SCHEMES.contains(scheme)) {
        return Optional.of("must be an absolute URI with an http, https or application scheme");
      }
      if ((scheme.equals("http") || scheme.equals("https")) && parsed.getHost() == null) {
        return Optional.of("must name a host");
      }
      if (parsed.getFragment() != null) {
        return Optional.of("must not contain a fragment");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("is not a valid URI");
    }
  }

  private static Optional<Pattern> pattern(String entry) {
    try {
      return Optional.of(Pattern.compile(entry.substring(REGEX_PREFIX.length())));
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
  }

  @Converter
  public static class Column implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> uris) {
      return uris == null ? "" : String.join("\n", uris);
    }

    @Override
    public List<String> convertToEntityAttribute(String text) {
      return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
  }
}
