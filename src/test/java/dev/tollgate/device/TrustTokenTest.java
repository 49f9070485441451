package dev.tollgate.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.crypto.TokenHasher;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrustTokenTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final TokenHasher hasher = new TokenHasher(new byte[32]);
  private final UUID owner = UUID.randomUUID();

  @Test
  void onlyAKeyedHashOfTheTokenIsKept() throws IllegalAccessException {
    TrustToken.Issued issued = TrustToken.issue(owner, "totp", hasher, NOW);

    assertThat(issued.token().tokenHash()).isEqualTo(hasher.hash(issued.rawValue()));
    for (Field field : TrustToken.class.getDeclaredFields()) {
      field.setAccessible(true);
      assertThat(String.valueOf(field.get(issued.token()))).doesNotContain(issued.rawValue());
    }
    assertThat(issued.toString()).doesNotContain(issued.rawValue());
  }

  @Test
  void tokensAre256RandomBitsInBase64Url() {
    String a = TrustToken.issue(owner, "totp", hasher, NOW).rawValue();
    String b = TrustToken.issue(owner, "totp", hasher, NOW).rawValue();

    assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void theOwnerMayRedeemItForTenMinutes() {
    TrustToken token = TrustToken.issue(owner, "totp", hasher, NOW).token();

    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    assertThat(token.refusalFor(owner, NOW)).isEmpty();
    assertThat(token.refusalFor(owner, NOW.plusSeconds(599))).isEmpty();
  }

  @Test
  void itExpiresAfterTenMinutes() {
    TrustToken token = TrustToken.issue(owner, "totp", hasher, NOW).token();

    assertThat(token.refusalFor(owner, NOW.plusSeconds(600))).contains(TrustToken.Refusal.EXPIRED);
  }

  @Test
  void anotherUserCannotRedeemIt() {
    TrustToken token = TrustToken.issue(owner, "totp", hasher, NOW).token();

    assertThat(token.refusalFor(UUID.randomUUID(), NOW))
        .contains(TrustToken.Refusal.OTHER_USER);
  }

  @Test
  void hashesDependOnTheKey() {
    TrustToken.Issued issued = TrustToken.issue(owner, "totp", hasher, NOW);
    byte[] otherKey = new byte[32];
    Arrays.fill(otherKey, (byte) 1);

    assertThat(new TokenHasher(otherKey).hash(issued.rawValue()))
        .isNotEqualTo(issued.token().tokenHash());
  }
}
