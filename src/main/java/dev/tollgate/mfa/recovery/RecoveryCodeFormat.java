package dev.tollgate.mfa.recovery;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * How a recovery code is written and read. A code is 12 symbols of Crockford's base32 alphabet
 * (digits and capital letters without I, L, O and U, so no two symbols look alike): 60 random
 * bits, shown in three groups of four ({@code 7KQM-2XHD-9PRT}). It is read back in any letter
 * case, with or without the dashes or spaces, and with the letters people confuse for digits
 * (O for 0, I and L for 1) taken as those digits, as Crockford's decoding does.
 */
public final class RecoveryCodeFormat {
  /** Crockford's base32 alphabet: five bits a symbol. */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int SYMBOLS = 12;
  static final int GROUP = 4;
  /** The entropy of one code: 12 symbols of 5 bits. */
  public static final int BITS = SYMBOLS * 5;
  private static final int MAX_TYPED_LENGTH = 64;

  private RecoveryCodeFormat() {}

  /** A fresh code as it is shown: three groups of four symbols joined by dashes. */
  static String generate(SecureRandom random) {
    StringBuilder code = new StringBuilder(SYMBOLS + 2);
    for (int i = 0; i < SYMBOLS; i++) {
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * The canonical form of a typed code (12 symbols, capitals, no separators), or empty when it
   * cannot be a code: wrong length, or a character outside the alphabet that is no separator.
   */
  static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
      return Optional.empty();
    }
    StringBuilder canonical = new StringBuilder(SYMBOLS);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || Character.isWhitespace(c)) {
        continue;
      }
      char symbol = switch (c) {
        case 'O' -> '0';
        case 'I', 'L' -> '1';
        default -> c;
      };
      if (ALPHABET.indexOf(symbol) < 0) {
        return Optional.empty();
      }
      canonical.append(symbol);
    }
    return canonical.length() == SYMBOLS ? Optional.of(canonical.toString()) : Optional.empty();
  }
}
