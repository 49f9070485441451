package dev.tollgate.saml;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SAML attribute of the assertion: its {@code name}, a {@code value} template in which
 * {@code ${email}}, {@code ${username}}, {@code ${first_name}}, {@code ${last_name}},
 * {@code ${name}}, {@code ${id}} and {@code ${groups}} stand for the user's values, and the
 * attribute's NameFormat ({@code basic}, {@code uri} or {@code unspecified}). A value that is
 * exactly {@code ${groups}} gives one AttributeValue per group.
 */
public record AttributeMapping(String name, String value, String format) {
  public static final List<String> VARIABLES =
      List.of("email", "username", "first_name", "last_name", "name", "id", "groups");
  public static final String GROUPS = "${groups}";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Map<String, String> FORMATS =
      Map.of(
          "basic", "urn:oasis:names:tc:SAML:2.0:attrname-format:basic",
          "uri", "urn:oasis:names:tc:SAML:2.0:attrname-format:uri",
          "unspecified", "urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified");

  @JsonbCreator
  public AttributeMapping(
      @JsonbProperty("name") String name,
      @JsonbProperty("value") String value,
      @JsonbProperty("format") String format) {
    this.name = name;
    this.value = value;
    this.format = format;
  }

  /** The first variable of the template that is not known, if any. */
  public static Optional<String> unknownVariable(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (!VARIABLES.contains(m.group(1))) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  public static boolean knownFormat(String format) {
    return FORMATS.containsKey(format);
  }

  public String formatUrn() {
    return FORMATS.get(format);
  }

  /** The attribute's values for a user whose variables are {@code values}. */
  public List<String> render(Map<String, String> values, List<String> groups) {
    if (GROUPS.equals(value)) {
      return List.copyOf(groups);
    }
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement =
          "groups".equals(m.group(1)) ? String.join(",", groups) : values.getOrDefault(m.group(1), "");
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return List.of(out.toString());
  }
}
