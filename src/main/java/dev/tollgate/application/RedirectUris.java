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

/**
 * Checks redirect URIs and stores a list of them in one column, one per line (a checked URI
 * never contains a line break). OIDC will compare them exactly, so they are kept as given.
 */
public final class RedirectUris {
  public static final int MAX_COUNT = 20;
  public static final int MAX_LENGTH = 1000;
  private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "data", "vbscript", "file");

  private RedirectUris() {}

  /** Empty when the URI is acceptable; otherwise why not. */
  public static Optional<String> problem(String uri) {
    if (uri == null || uri.isBlank() || uri.length() > MAX_LENGTH) {
      return Optional.of("must be 1 to " + MAX_LENGTH + " characters");
    }
    if (uri.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return Optional.of("must not contain spaces or control characters");
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
