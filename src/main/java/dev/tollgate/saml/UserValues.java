package dev.tollgate.saml;

import dev.tollgate.user.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A user's values as NameIDs and attribute templates see them. */
final class UserValues {
  private UserValues() {}

  static Map<String, String> of(User user) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("email", user.email());
    values.put("username", user.username());
    values.put("first_name", user.firstName());
    values.put("last_name", user.lastName());
    values.put("name", user.displayName());
    values.put("id", user.id().toString());
    return values;
  }

  static List<String> groups(User user) {
    return user.isAdmin() ? List.of("user", "admin") : List.of("user");
  }

  /** {@code attribute} is one of {@link SamlSettingsRules#NAME_ID_ATTRIBUTES}. */
  static String nameId(User user, String attribute) {
    return of(user).get(attribute);
  }

  static List<AssertionContent.Attribute> attributes(User user, List<AttributeMapping> mappings) {
    Map<String, String> values = of(user);
    List<String> groups = groups(user);
    return mappings.stream()
        .map(m -> new AssertionContent.Attribute(m.name(), m.formatUrn(), m.render(values, groups)))
        .toList();
  }
}
