package dev.tollgate.saml;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One rule per test: issuer, destination, ACS URL, binding, and the IssueInstant window. */
class AuthnRequestCheckTest {
  static final Instant NOW = Instant.parse("2026-11-28T17:00:00Z");
  static final String SSO = "https://idp.test/saml/x/sso";
  static final SamlSettingsValues SP =
      new SamlSettingsValues("https://sp.test", "https://sp.test/acs", Optional.empty(),
          NameIdFormat.EMAIL_ADDRESS, "email", 300, true, false, Optional.empty(), List.of());

  static AuthnRequestMessage request(String issuer, String destination, String acs, String binding, Instant at) {
    return new AuthnRequestMessage("_r1", at, issuer, Optional.ofNullable(destination),
        Optional.ofNullable(acs), Optional.ofNullable(binding), false, false);
  }

  static String code(AuthnRequestMessage request) {
    try {
      AuthnRequestCheck.check(request, SP, SSO, NOW);
      return "ok";
    } catch (SamlException e) {
      return e.code();
    }
  }

  @Test
  void acceptsAMinimalAndAFullRequest() {
    assertThatCode(() -> AuthnRequestCheck.check(request("https://sp.test", null, null, null, NOW), SP, SSO, NOW))
        .doesNotThrowAnyException();
    assertThatCode(() -> AuthnRequestCheck.check(
            request("https://sp.test", SSO, "https://sp.test/acs", SamlNames.BINDING_POST, NOW), SP, SSO, NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesEachBrokenRule() {
    org.assertj.core.api.Assertions.assertThat(List.of(
            code(request("https://evil.test", null, null, null, NOW)),
            code(request("https://sp.test", "https://idp.test/other", null, null, NOW)),
            code(request("https://sp.test", null, "https://sp.test/evil-acs", null, NOW)),
            code(request("https://sp.test", null, null, SamlNames.BINDING_REDIRECT, NOW)),
            code(request("https://sp.test", null, null, null, NOW.minus(Duration.ofMinutes(6)))),
            code(request("https://sp.test", null, null, null, NOW.plus(Duration.ofMinutes(6))))))
        .containsExactly("unknown_service_provider", "wrong_destination", "invalid_acs_url",
            "unsupported_binding", "request_expired", "request_expired");
  }

  @Test
  void toleratesSkewWithinTheWindow() {
    assertThatCode(() -> AuthnRequestCheck.check(
            request("https://sp.test", null, null, null, NOW.plus(Duration.ofMinutes(4))), SP, SSO, NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void aMessageWithoutIdIsMalformed() {
    assertThatThrownBy(() -> AuthnRequestMessage.of(SafeXml.parse(
            ("<samlp:AuthnRequest xmlns:samlp=\"" + SamlNames.PROTOCOL + "\" Version=\"2.0\"/>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .hasMessageContaining("ID");
  }
}
