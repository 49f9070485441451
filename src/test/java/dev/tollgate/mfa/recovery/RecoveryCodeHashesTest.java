package dev.tollgate.mfa.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.crypto.TokenHasher;
import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Checking a typed code is comparing keyed hashes bound to the code's owner. */
class RecoveryCodeHashesTest {
  private final RecoveryCodeHashes hashes = new RecoveryCodeHashes(new TokenHasher(new byte[32]));
  private final UUID owner = UUID.randomUUID();
  private final String code = RecoveryCodeFormat.generate(new SecureRandom());

  @Test
  void theCodeAsTypedInAnyFormVerifies() {
    String stored = hashes.ofTyped(owner, code).orElseThrow();

    assertThat(hashes.ofTyped(owner, code.toLowerCase())).contains(stored);
    assertThat(hashes.ofTyped(owner, code.replace("-", ""))).contains(stored);
    assertThat(hashes.ofTyped(owner, code.replace("-", " "))).contains(stored);
  }

  @Test
  void anotherCodeOrAnotherUserDoesNotVerify() {
    String stored = hashes.ofTyped(owner, code).orElseThrow();
    String other = RecoveryCodeFormat.generate(new SecureRandom());

    assertThat(hashes.ofTyped(owner, other)).isNotEqualTo(hashes.ofTyped(owner, code));
    assertThat(hashes.ofTyped(UUID.randomUUID(), code)).isPresent().get().isNotEqualTo(stored);
  }

  @Test
  void theHashIsKeyedAndRevealsNothing() {
    String stored = hashes.ofTyped(owner, code).orElseThrow();
    RecoveryCodeHashes otherKey = new RecoveryCodeHashes(new TokenHasher(new byte[] {1, 2, 3}));

    assertThat(stored).hasSize(64).doesNotContain(code.replace("-", ""));
    assertThat(otherKey.ofTyped(owner, code)).isPresent().get().isNotEqualTo(stored);
  }

  @Test
  void somethingThatCannotBeACodeHasNoHash() {
    assertThat(hashes.ofTyped(owner, "not a code")).isEmpty();
    assertThat(hashes.ofTyped(owner, null)).isEmpty();
  }
}
