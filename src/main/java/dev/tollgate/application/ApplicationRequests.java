package dev.tollgate.application;

import dev.tollgate.mfa.policy.MfaPolicySetting;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the text fields of application requests into values, or a 400 naming the field. */
final class ApplicationRequests {
  private ApplicationRequests() {}

  static ApplicationType type(String wire) {
    return ApplicationType.parse(wire)
        .orElseThrow(() -> invalidField("type", "must be one of oidc, spa, saml"));
  }

  static MfaPolicySetting policySetting(String wire, MfaPolicySetting fallback) {
    if (wire == null) {
      return fallback;
    }
    return MfaPolicySetting.parse(wire)
        .orElseThrow(() -> invalidField(
            "mfa_policy", "must be one of inherit, disabled, optional, any, otp, passkey"));
  }

  /** Checked, duplicates dropped, order kept; null is the empty list. */
  static List<String> redirectUris(List<String> uris) {
    if (uris == null) {
      return List.of();
    }
    List<String> checked = new ArrayList<>();
    for (String uri : uris) {
      Optional<String> problem = RedirectUris.problem(uri);
      if (problem.isPresent()) {
        throw invalidField("redirect_uris", "entry " + (checked.size() + 1) + " " + problem.get());
      }
      checked.add(uri);
    }
    return List.copyOf(new LinkedHashSet<>(checked));
  }

  static DomainException invalidField(String field, String problem) {
    return new DomainException(ErrorCode.VALIDATION_FAILED, "Invalid request: " + field + " " + problem)
        .withDetails(Map.of("fields", Map.of(field, problem)));
  }
}
