package dev.tollgate.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Redirect URIs match exactly, or by a regex: entry that matches the whole URI. */
class RedirectUrisTest {
  static final List<String> REGISTERED =
      List.of("https://app.example/cb", "regex:^https://app\\.example/tenant/[a-z]+/cb$");

  @Test
  void anExactEntryMatchesOnlyItself() {
    assertThat(RedirectUris.matches(REGISTERED, "https://app.example/cb")).isTrue();
    assertThat(RedirectUris.matches(REGISTERED, "https://app.example/cb/")).isFalse();
    assertThat(RedirectUris.matches(REGISTERED, "https://app.example/cb?x=1")).isFalse();
    assertThat(RedirectUris.matches(REGISTERED, "HTTPS://app.example/cb")).isFalse();
  }

  @Test
  void aRegexEntryMustMatchTheWholeUri() {
    assertThat(RedirectUris.matches(REGISTERED, "https://app.example/tenant/acme/cb")).isTrue();
    assertThat(RedirectUris.matches(REGISTERED, "https://app.example/tenant/acme/cb/evil")).isFalse();
    assertThat(RedirectUris.matches(List.of("regex:https://app\\.example/.*"), "https://app.example/x")).isTrue();
    assertThat(RedirectUris.matches(List.of("regex:app\\.example"), "https://app.example/x")).isFalse();
  }

  @Test
  void aPresentedUriMustBeAcceptableWhateverAPatternAllows() {
    List<String> loose = List.of("regex:.*");

    assertThat(RedirectUris.matches(loose, "https://app.example/cb#fragment")).isFalse();
    assertThat(RedirectUris.matches(loose, "javascript:alert(1)")).isFalse();
    assertThat(RedirectUris.matches(loose, "regex:.*")).isFalse();
    assertThat(RedirectUris.matches(loose, null)).isFalse();
  }

  @Test
  void aRegexEntryMustCompileAndHaveNoSpaces() {
    assertThat(RedirectUris.problem("regex:^https://a\\.example/(x|y)$")).isEmpty();
    assertThat(RedirectUris.problem("regex:^https://a\\.example/(x")).isPresent();
    assertThat(RedirectUris.problem("regex:^https://a example$")).isPresent();
  }
}
