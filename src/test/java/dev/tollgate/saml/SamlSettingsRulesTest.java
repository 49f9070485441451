package dev.tollgate.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings' defaults and checks, and the attribute templates. */
class SamlSettingsRulesTest {
  static SamlSettingsCommand cmd(String format, List<AttributeMapping> mappings, String cert) {
    return new SamlSettingsCommand("urn:sp", "https://sp.test/acs", null, format, null, null, null,
        null, cert, mappings);
  }

  @Test
  void defaults() {
    SamlSettingsValues v = SamlSettingsRules.check(cmd(null, null, null));

    assertThat(v.nameIdFormat()).isEqualTo(NameIdFormat.EMAIL_ADDRESS);
    assertThat(v.nameIdAttribute()).isEqualTo("email");
    assertThat(v.assertionLifetimeSecs()).isEqualTo(300);
    assertThat(v.signAssertions()).isTrue();
    assertThat(v.signResponse()).isFalse();
    assertThat(v.attributeMappings()).isEmpty();
    assertThat(v.spCertificate()).isEmpty();
  }

  @Test
  void acceptsTheFullUrnOfAFormatAndStoresTheShortName() {
    assertThat(SamlSettingsRules.check(cmd("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent", null, null))
            .nameIdFormat().wire())
        .isEqualTo("persistent");
  }

  @Test
  void readsAPemCertificate() {
    String pem = Certificates.toPem(Certificates.selfSigned("SP", Instant.now()).certificate());

    assertThat(SamlSettingsRules.check(cmd(null, null, pem)).spCertificate()).isPresent();
  }

  @Test
  void namesTheFieldOfAnUnknownVariable() {
    assertThatThrownBy(() -> SamlSettingsRules.check(
            cmd(null, List.of(new AttributeMapping("a", "${secret}", null)), null)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("attribute_mappings")
        .hasMessageContaining("${secret}");
  }

  @Test
  void rendersTemplatesAndGroups() {
    Map<String, String> values = Map.of("first_name", "Ann", "last_name", "Lee", "email", "a@x.test");

    assertThat(new AttributeMapping("n", "${first_name} ${last_name} <${email}>", "basic")
            .render(values, List.of("user")))
        .containsExactly("Ann Lee <a@x.test>");
    assertThat(new AttributeMapping("g", "${groups}", "basic").render(values, List.of("user", "admin")))
        .containsExactly("user", "admin");
    assertThat(new AttributeMapping("r", "$1 \\\\ ${email}", "basic").render(values, List.of()))
        .containsExactly("$1 \\\\ a@x.test");
  }
}
