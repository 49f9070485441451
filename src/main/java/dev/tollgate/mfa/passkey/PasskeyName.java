package dev.tollgate.mfa.passkey;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import java.util.Collection;
import java.util.Map;

/**
 * The label a user gives a passkey: trimmed, 1 to 100 characters, no control characters. Without
 * one a passkey is called "Passkey N", N the first free number from the count of passkeys + 1.
 */
public record PasskeyName(String value) {
  public static final int MAX_LENGTH = 100;
  private static final String DEFAULT_PREFIX = "Passkey ";

  public PasskeyName {
    value = value == null ? "" : value.strip();
    if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new DomainException(
              ErrorCode.VALIDATION_FAILED,
              "Invalid request: name must be 1 to " + MAX_LENGTH + " characters without control characters")
          .withDetails(Map.of("fields", Map.of("name", "must be 1 to 100 printable characters")));
    }
  }

  /** The name asked for, or else the next default name given the user's current names. */
  public static PasskeyName orDefault(String requested, Collection<String> existingNames) {
    if (requested != null) {
      return new PasskeyName(requested);
    }
    int n = existingNames.size() + 1;
    while (existingNames.contains(DEFAULT_PREFIX + n)) {
      n++;
    }
    return new PasskeyName(DEFAULT_PREFIX + n);
  }

  @Override
  public String toString() {
    return value;
  }
}
