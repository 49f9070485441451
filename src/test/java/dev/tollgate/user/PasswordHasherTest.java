package dev.tollgate.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
  private static final PasswordHasher OWASP = new PasswordHasher(Argon2Parameters.OWASP);

  /*
   * Known answers computed independently with the reference implementation's command line
   * (Debian package argon2, 0~20171227):
   *   printf '%s' 'correct horse battery staple' | argon2 tollgate-salt-16 -id -t 2 -k 19456 -p 1 -l 32 -e
   *   printf '%s' 'pässwörd-ü' | argon2 another-salt-xyz -id -t 3 -k 8192 -p 2 -l 32 -e
   */
  private static final String VECTOR_OWASP =
      "$argon2id$v=19$m=19456,t=2,p=1$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomk";
  private static final String VECTOR_OTHER_PARAMETERS_UTF8 =
      "$argon2id$v=19$m=8192,t=3,p=2$YW5vdGhlci1zYWx0LXh5eg$ECsaPQ0kAaJXdRv2HufG0saiSx0AwyleNXrw3kYeSdQ";

  @Test
  void hashesAreArgon2idPhcStringsWithTheOwaspParameters() {
    String hash = OWASP.hash("correct horse battery staple");

    assertThat(hash).matches("^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$");
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertThat(OWASP.hash("same password")).isNotEqualTo(OWASP.hash("same password"));
  }

  @Test
  void theRightPasswordVerifies() {
    String hash = OWASP.hash("correct horse battery staple");

    assertThat(OWASP.verify("correct horse battery staple", hash)).isTrue();
  }

  @Test
  void aWrongPasswordDoesNotVerify() {
    String hash = OWASP.hash("correct horse battery staple");

    assertThat(OWASP.verify("correct horse battery stapler", hash)).isFalse();
    assertThat(OWASP.verify("", hash)).isFalse();
  }

  @Test
  void aKnownAnswerFromTheReferenceImplementationVerifies() {
    assertThat(OWASP.verify("correct horse battery staple", VECTOR_OWASP)).isTrue();
    assertThat(OWASP.verify("correct horse battery stapl", VECTOR_OWASP)).isFalse();
  }

  @Test
  void theStoredParametersAreUsedAndPasswordsAreUtf8() {
    assertThat(OWASP.verify("pässwörd-ü", VECTOR_OTHER_PARAMETERS_UTF8)).isTrue();
    assertThat(OWASP.verify("passwörd-ü", VECTOR_OTHER_PARAMETERS_UTF8)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "not a hash",
        // argon2i and argon2d are not accepted
        "$argon2i$v=19$m=19456,t=2,p=1$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomk",
        "$argon2d$v=19$m=19456,t=2,p=1$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomk",
        // version 16 (0x10)
        "$argon2id$v=16$m=19456,t=2,p=1$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomk",
        // impossible parameters
        "$argon2id$v=19$m=0,t=2,p=1$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomk",
        "$argon2id$v=19$m=19456,t=0,p=1$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomk",
        "$argon2id$v=19$m=19456,t=2,p=0$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomk",
        // missing parts, trailing garbage
        "$argon2id$v=19$m=19456,t=2,p=1$dG9sbGdhdGUtc2FsdC0xNg",
        "$argon2id$v=19$m=19456,t=2,p=1$$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomk",
        "$argon2id$v=19$m=19456,t=2,p=1$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomk$x",
        // not base64 (45 characters leave one that cannot be decoded)
        "$argon2id$v=19$m=19456,t=2,p=1$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuGVhngAJ/q72aEcGfhGQI/RTyAmmJWAomkAB",
        // a hash too short to be one of ours
        "$argon2id$v=19$m=19456,t=2,p=1$dG9sbGdhdGUtc2FsdC0xNg$rVa0WDrWJuE",
      })
  void aMalformedHashNeverMatches(String stored) {
    assertThat(OWASP.verify("correct horse battery staple", stored)).isFalse();
    assertThat(OWASP.needsRehash(stored)).isTrue();
  }

  @Test
  void aHashUnderTheCurrentParametersNeedsNoRehash() {
    assertThat(OWASP.needsRehash(OWASP.hash("pw-123456"))).isFalse();
    assertThat(OWASP.needsRehash(VECTOR_OWASP)).isFalse();
  }

  @Test
  void aHashUnderOtherParametersNeedsARehash() {
    assertThat(OWASP.needsRehash(VECTOR_OTHER_PARAMETERS_UTF8)).isTrue();
    PasswordHasher stronger = new PasswordHasher(new Argon2Parameters(19 * 1024, 3, 1));
    assertThat(stronger.needsRehash(VECTOR_OWASP)).isTrue();
    assertThat(stronger.verify("correct horse battery staple", VECTOR_OWASP)).isTrue();
  }

  @Test
  void impossibleParametersAreRefused() {
    assertThatThrownBy(() -> new Argon2Parameters(7, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2Parameters(64, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2Parameters(64, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2Parameters(15, 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
