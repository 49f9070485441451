package dev.tollgate.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {
  @Test
  void anH2UrlWaitsTenSecondsForARowLockUnlessItSaysOtherwise() {
    assertThat(ConfiguredDataSource.withLockTimeout("jdbc:h2:file:/data/tollgate"))
        .isEqualTo("jdbc:h2:file:/data/tollgate;LOCK_TIMEOUT=10000");
    assertThat(ConfiguredDataSource.withLockTimeout("jdbc:h2:file:/d;AUTO_SERVER=TRUE"))
        .isEqualTo("jdbc:h2:file:/d;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000");
    assertThat(ConfiguredDataSource.withLockTimeout("jdbc:h2:file:/d;lock_timeout=500"))
        .isEqualTo("jdbc:h2:file:/d;lock_timeout=500");
  }
}
