package dev.tollgate.application.web;

import dev.tollgate.application.ApplicationService;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The 201 answer to creating an application: the view plus, for an OIDC (confidential) client,
 * the client secret. This is the only answer that ever carries the secret.
 */
public record CreatedApplicationView(
    UUID id,
    String name,
    String type,
    String clientId,
    String clientSecret,
    List<String> redirectUris,
    String mfaPolicy,
    @JsonbNillable String mfaSelectorScript,
    boolean mfaScriptFailOpen,
    int mfaScriptTimeoutMs,
    Instant createdAt,
    Instant updatedAt) {

  static CreatedApplicationView of(ApplicationService.Created created) {
    ApplicationView v = ApplicationView.of(created.application());
    return new CreatedApplicationView(
        v.id(), v.name(), v.type(), v.clientId(), created.clientSecret().orElse(null),
        v.redirectUris(), v.mfaPolicy(), v.mfaSelectorScript(), v.mfaScriptFailOpen(),
        v.mfaScriptTimeoutMs(), v.createdAt(), v.updatedAt());
  }

  @Override
  public String toString() {
    return "CreatedApplicationView[" + id + "]";
  }
}
