package dev.tollgate.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
  private static final Path DATA = Path.of("/srv/tollgate/data");

  @Test
  void withoutADatabaseUrlTheEmbeddedDatabaseLivesInTheDataDirectory() {
    DatabaseLocation location = DatabaseLocation.of("", "", "", DATA);

    assertThat(location.url()).isEqualTo("jdbc:h2:file:/srv/tollgate/data/tollgate");
    assertThat(location.user()).isEqualTo("sa");
    assertThat(location.dataDir()).isEqualTo(DATA);
  }

  @Test
  void aRelativeDataDirectoryIsMadeAbsolute() {
    DatabaseLocation location = DatabaseLocation.of(" ", "", "", Path.of("./data"));

    assertThat(location.dataDir()).isEqualTo(Path.of("").toAbsolutePath().resolve("data"));
    assertThat(location.url()).isEqualTo("jdbc:h2:file:" + location.dataDir().resolve("tollgate"));
  }

  @Test
  void anH2FileInsideTheDataDirectoryKeepsItsFilesThere() {
    DatabaseLocation location =
        DatabaseLocation.of("jdbc:h2:file:/srv/tollgate/data/other;AUTO_SERVER=TRUE", "sa", "", DATA);

    assertThat(location.dataDir()).isEqualTo(DATA);
  }

  @Test
  void aDatabaseElsewhereLeavesTheDataDirectoryAlone() {
    assertThat(DatabaseLocation.of("jdbc:postgresql://db:5432/tollgate", "t", "p", DATA).dataDir())
        .isNull();
    assertThat(DatabaseLocation.of("jdbc:h2:file:/var/lib/db/tollgate", "sa", "", DATA).dataDir())
        .isNull();
    assertThat(DatabaseLocation.of("jdbc:h2:file:/srv/tollgate/data-old/x", "sa", "", DATA).dataDir())
        .isNull();
    assertThat(DatabaseLocation.of("jdbc:h2:mem:test", "sa", "", DATA).dataDir()).isNull();
  }
}
