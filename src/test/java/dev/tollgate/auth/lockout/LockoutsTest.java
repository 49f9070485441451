package dev.tollgate.auth.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.crypto.TokenHasher;
import dev.tollgate.shared.db.Autonomous;
import dev.tollgate.shared.db.Migrations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counters on a real (embedded) database, with racing threads. */
class LockoutsTest {
  private static final Limit THREE = new Limit(3, Duration.ofMinutes(15));

  private final Lockouts lockouts = new Lockouts();
  private ExecutorService pool;

  @BeforeEach
  void database() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:lockouts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    lockouts.autonomous = Autonomous.over(dataSource);
    lockouts.time = new TimeSource();
    lockouts.keyring = new Keyring() {
      private final TokenHasher hasher = new TokenHasher(new byte[32]);

      @Override
      public TokenHasher tokenHasher() {
        return hasher;
      }
    };
    pool = Executors.newFixedThreadPool(16);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void racingAttemptsTakeOnlyTheAttemptsThatRemainAndLockOnce() throws Exception {
    List<Lockouts.Claim> claims = race(16, () -> lockouts.take("login:a@b.test", THREE));
    List<Lockouts.Attempt> granted =
        claims.stream()
            .filter(c -> c instanceof Lockouts.Claim.Granted)
            .map(c -> ((Lockouts.Claim.Granted) c).attempt())
            .toList();

    assertThat(granted).extracting(Lockouts.Attempt::number).containsExactlyInAnyOrder(1, 2, 3);

    List<Lockouts.Failure> failures = race(3, () -> lockouts.wrong(granted.get(failuresIndex.getAndIncrement())));
    assertThat(failures).filteredOn(Lockouts.Failure::locked).hasSize(1);
    assertThat(lockouts.lockedUntil("login:a@b.test")).isPresent();
    assertThat(lockouts.take("login:a@b.test", THREE)).isInstanceOf(Lockouts.Claim.Refused.class);
  }

  @Test
  void aRightAnswerEndsTheRoundButNotALock() {
    Lockouts.Attempt first = granted(lockouts.take("mfa:u", THREE));
    lockouts.right(first);
    assertThat(granted(lockouts.take("mfa:u", THREE)).number()).isEqualTo(1);

    Lockouts.Attempt two = granted(lockouts.take("mfa:u", THREE));
    Lockouts.Attempt three = granted(lockouts.take("mfa:u", THREE));
    assertThat(lockouts.wrong(three).locked()).isTrue();
    lockouts.right(two);

    assertThat(lockouts.lockedUntil("mfa:u")).isPresent();
  }

  @Test
  void subjectsCountApart() {
    for (int i = 0; i < 3; i++) {
      lockouts.wrong(granted(lockouts.take("mfa:one", THREE)));
    }

    assertThat(lockouts.lockedUntil("mfa:one")).isPresent();
    assertThat(lockouts.take("mfa:two", THREE)).isInstanceOf(Lockouts.Claim.Granted.class);
  }

  private final java.util.concurrent.atomic.AtomicInteger failuresIndex = new java.util.concurrent.atomic.AtomicInteger();

  private static Lockouts.Attempt granted(Lockouts.Claim claim) {
    assertThat(claim).isInstanceOf(Lockouts.Claim.Granted.class);
    return ((Lockouts.Claim.Granted) claim).attempt();
  }

  private <T> List<T> race(int count, java.util.concurrent.Callable<T> task) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      futures.add(pool.submit(() -> {
        go.await();
        return task.call();
      }));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }
}
