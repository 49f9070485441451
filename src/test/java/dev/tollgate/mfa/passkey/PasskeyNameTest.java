package dev.tollgate.mfa.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasskeyNameTest {
  @Test
  void defaultNamesCountFromOne() {
    assertThat(PasskeyName.orDefault(null, List.of()).value()).isEqualTo("Passkey 1");
    assertThat(PasskeyName.orDefault(null, List.of("Laptop")).value()).isEqualTo("Passkey 2");
  }

  @Test
  void aDefaultNameSkipsNumbersInUse() {
    assertThat(PasskeyName.orDefault(null, List.of("Passkey 2")).value()).isEqualTo("Passkey 3");
  }

  @Test
  void aRequestedNameWinsAndIsTrimmed() {
    assertThat(PasskeyName.orDefault("  YubiKey 5 ", List.of()).value()).isEqualTo("YubiKey 5");
  }

  @Test
  void blankTooLongAndControlCharactersAreRefused() {
    for (String bad : new String[] {"", "   ", "x".repeat(101), "tab\there", "new\nline"}) {
      assertThatThrownBy(() -> new PasskeyName(bad))
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
  }

  @Test
  void oneHundredCharactersAreAllowed() {
    assertThat(new PasskeyName("x".repeat(100)).value()).hasSize(100);
  }
}
