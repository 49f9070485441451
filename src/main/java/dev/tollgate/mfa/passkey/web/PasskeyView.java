package dev.tollgate.mfa.passkey.web;

import dev.tollgate.mfa.passkey.Passkey;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;

/** A passkey as its owner sees it; {@code last_used_at} is shown as null until its first use. */
@JsonbPropertyOrder({"id", "name", "createdAt", "lastUsedAt"})
public record PasskeyView(UUID id, String name, Instant createdAt, @JsonbNillable Instant lastUsedAt) {
  public static PasskeyView of(Passkey passkey) {
    return new PasskeyView(passkey.id().value(), passkey.name(), passkey.createdAt(), passkey.lastUsedAt());
  }
}
