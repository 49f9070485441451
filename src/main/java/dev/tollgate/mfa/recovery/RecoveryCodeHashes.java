package dev.tollgate.mfa.recovery;

import dev.tollgate.shared.crypto.TokenHasher;
import java.util.Optional;
import java.util.UUID;

/**
 * What is stored of a recovery code: a keyed hash (HMAC-SHA256 under the token-hash key derived
 * from {@code SECRET_KEY}) of its canonical form bound to its owner, so the database alone
 * neither reveals a code nor lets anyone test guesses, and a hash copied onto another user's
 * row matches nothing. A typed code is hashed the same way after {@link RecoveryCodeFormat#normalise},
 * so case and separators do not matter; checking it is a lookup of that hash.
 */
final class RecoveryCodeHashes {
  private static final String PURPOSE = "recovery-code:";

  private final TokenHasher hasher;

  RecoveryCodeHashes(TokenHasher hasher) {
    this.hasher = hasher;
  }

  /** The hash of a code as typed; empty when it cannot be a code at all. */
  Optional<String> ofTyped(UUID userId, String typed) {
    return RecoveryCodeFormat.normalise(typed).map(canonical -> hash(userId, canonical));
  }

  private String hash(UUID userId, String canonical) {
    return hasher.hash(PURPOSE + userId + ":" + canonical);
  }
}
