package dev.tollgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/profile", "/devices?x=1", "/oauth2/authorize?client_id=a&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=%2F%2F"})
  void localPathsAreKept(String path) {
    assertThat(ReturnPath.validate(path)).contains(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "profile", "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
    "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "/a\r\nSet-Cookie: x=1",
    "/a\tb", "/a\u0000", "/a\u007f", "/a\u0085"
  })
  void anythingElseIsRefused(String path) {
    assertThat(ReturnPath.validate(path)).isEmpty();
    assertThat(ReturnPath.orDefault(path)).isEqualTo("/profile");
  }

  @org.junit.jupiter.api.Test
  void aPathLongerThan2048CharactersIsRefused() {
    String longest = "/" + "a".repeat(2047);
    assertThat(ReturnPath.validate(longest)).contains(longest);
    assertThat(ReturnPath.validate(longest + "a")).isEmpty();
    assertThat(ReturnPath.orDefault(null)).isEqualTo("/profile");
  }
}
