package dev.tollgate.mfa.passkey;

import java.util.Optional;
import java.util.UUID;

/** A passkey's id as the API shows it. A path segment that is no UUID names no passkey. */
public record PasskeyId(UUID value) {
  public PasskeyId {
    if (value == null) {
      throw new IllegalArgumentException("a passkey id is required");
    }
  }

  public static Optional<PasskeyId> parse(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(new PasskeyId(UUID.fromString(text)));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
