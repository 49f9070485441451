package dev.tollgate.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class Argon2WorkAreasTest {
  private static final Argon2Parameters SMALL = new Argon2Parameters(1024, 1, 1);

  @Test
  void theWorkingMemoryIsKeptAndReusedAndNoMoreAreasThanSlotsAreEverMade() throws Exception {
    PasswordHasher hasher = new PasswordHasher(SMALL);
    String hash = hasher.hash("work-area password");
    ExecutorService pool = Executors.newFixedThreadPool(Argon2WorkAreas.SLOTS * 4);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int i = 0; i < Argon2WorkAreas.SLOTS * 40; i++) {
        checks.add(pool.submit(() -> hasher.verify("work-area password", hash)));
      }
      for (Future<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(Argon2WorkAreas.kept(1024 * 1024)).isBetween(1, Argon2WorkAreas.SLOTS);
  }

  @Test
  void anAreaIsWipedBeforeItIsKept() {
    PasswordHasher hasher = new PasswordHasher(new Argon2Parameters(2048, 1, 1));
    hasher.hash("a password whose blocks must not linger");

    assertThat(Argon2WorkAreas.keptAreasAreZero(2048 * 1024)).isTrue();
  }
}
