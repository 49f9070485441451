package dev.tollgate.saml;

import dev.tollgate.application.RedirectUris;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns a settings request into checked values, or a 400 that names the field. */
final class SamlSettingsRules {
  static final int MAX_MAPPINGS = 50;
  static final int MIN_LIFETIME = 30;
  static final int MAX_LIFETIME = 3600;
  static final List<String> NAME_ID_ATTRIBUTES = List.of("email", "username", "id");

  private SamlSettingsRules() {}

  static SamlSettingsValues check(SamlSettingsCommand cmd) {
    boolean signAssertions = cmd.signAssertions() == null || cmd.signAssertions();
    boolean signResponse = cmd.signResponse() != null && cmd.signResponse();
    if (!signAssertions && !signResponse) {
      throw invalid("sign_assertions", "and sign_response cannot both be false");
    }
    return new SamlSettingsValues(
        entityId(cmd.entityId()),
        url("acs_url", cmd.acsUrl()),
        Optional.ofNullable(cmd.sloUrl()).filter(s -> !s.isBlank()).map(s -> url("slo_url", s)),
        NameIdFormat.parse(Optional.ofNullable(cmd.nameIdFormat()).orElse("emailAddress"))
            .orElseThrow(() -> invalid("name_id_format", "must be emailAddress, persistent or unspecified")),
        nameIdAttribute(cmd.nameIdAttribute()),
        lifetime(cmd.assertionLifetimeSecs()),
        signAssertions,
        signResponse,
        certificate(cmd.spSigningCert()),
        mappings(cmd.attributeMappings()));
  }

  private static String entityId(String value) {
    if (value == null || value.isBlank() || value.length() > 1000
        || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw invalid("entity_id", "is required: 1 to 1000 characters without spaces");
    }
    return value;
  }

  /** An absolute http(s) URL: where Tollgate will post responses. */
  private static String url(String field, String value) {
    Optional<String> problem = RedirectUris.problem(value);
    if (problem.isPresent()) {
      throw invalid(field, problem.get());
    }
    String scheme = URI.create(value).getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw invalid(field, "must be an http or https URL");
    }
    return value;
  }

  private static String nameIdAttribute(String value) {
    String attribute = value == null ? "email" : value;
    if (!NAME_ID_ATTRIBUTES.contains(attribute)) {
      throw invalid("name_id_attribute", "must be email, username or id");
    }
    return attribute;
  }

  private static int lifetime(Integer value) {
    int secs = value == null ? 300 : value;
    if (secs < MIN_LIFETIME || secs > MAX_LIFETIME) {
      throw invalid("assertion_lifetime_secs", "must be " + MIN_LIFETIME + " to " + MAX_LIFETIME);
    }
    return secs;
  }

  private static Optional<String> certificate(String pem) {
    if (pem == null || pem.isBlank()) {
      return Optional.empty();
    }
    if (Certificates.parse(pem).isEmpty()) {
      throw invalid("sp_signing_cert", "must be one X.509 certificate in PEM or base64");
    }
    return Optional.of(pem.trim());
  }

  private static List<AttributeMapping> mappings(List<AttributeMapping> mappings) {
    if (mappings == null) {
      return List.of();
    }
    List<AttributeMapping> checked = new ArrayList<>();
    for (AttributeMapping m : mappings) {
      String where = "entry " + (checked.size() + 1) + " ";
      if (m == null || m.name() == null || m.name().isBlank() || m.name().length() > 256) {
        throw invalid("attribute_mappings", where + "needs a name of 1 to 256 characters");
      }
      if (m.value() == null || m.value().isEmpty() || m.value().length() > 1000) {
        throw invalid("attribute_mappings", where + "needs a value of 1 to 1000 characters");
      }
      Optional<String> unknown = AttributeMapping.unknownVariable(m.value());
      if (unknown.isPresent()) {
        throw invalid("attribute_mappings", where + "uses an unknown variable ${" + unknown.get() + "}");
      }
      String format = m.format() == null ? "basic" : m.format();
      if (!AttributeMapping.knownFormat(format)) {
        throw invalid("attribute_mappings", where + "format must be basic, uri or unspecified");
      }
      checked.add(new AttributeMapping(m.name().trim(), m.value(), format));
    }
    return checked;
  }

  static DomainException invalid(String field, String problem) {
    return new DomainException(ErrorCode.VALIDATION_FAILED, "Invalid request: " + field + " " + problem)
        .withDetails(Map.of("fields", Map.of(field, problem)));
  }
}
