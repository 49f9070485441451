package dev.tollgate.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The Redirect-binding signature covers the query as sent (SAML Bindings §3.4.4.1). */
class RedirectBindingTest {
  static final SigningCredential SP = Certificates.selfSigned("SP", Instant.now());

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String signed(String query, String algorithm, String jca) throws Exception {
    String withAlg = query + "&SigAlg=" + enc(algorithm);
    Signature signer = Signature.getInstance(jca);
    signer.initSign(SP.privateKey());
    signer.update(withAlg.getBytes(StandardCharsets.US_ASCII));
    return withAlg + "&Signature=" + enc(Base64.getEncoder().encodeToString(signer.sign()));
  }

  @Test
  void acceptsAGoodSignatureWithRelayState() throws Exception {
    String query = signed("SAMLRequest=" + enc("abc+/=") + "&RelayState=" + enc("x y"), SamlNames.RSA_SHA256, "SHA256withRSA");

    RedirectBinding binding = RedirectBinding.parse(query);

    assertThatCode(() -> binding.verifySignature(SP.certificate())).doesNotThrowAnyException();
    assertThat(binding.get("RelayState")).contains("x y");
  }

  @Test
  void refusesAChangedRelayState() throws Exception {
    String query = signed("SAMLRequest=abc&RelayState=one", SamlNames.RSA_SHA256, "SHA256withRSA")
        .replace("RelayState=one", "RelayState=two");

    assertThatThrownBy(() -> RedirectBinding.parse(query).verifySignature(SP.certificate()))
        .extracting(e -> ((SamlException) e).code()).isEqualTo("invalid_signature");
  }

  @Test
  void refusesAMissingSignature() {
    assertThatThrownBy(() -> RedirectBinding.parse("SAMLRequest=abc").verifySignature(SP.certificate()))
        .isInstanceOf(SamlException.class);
  }

  @Test
  void refusesRsaSha1() throws Exception {
    String query = signed("SAMLRequest=abc", "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "SHA1withRSA");

    assertThatThrownBy(() -> RedirectBinding.parse(query).verifySignature(SP.certificate()))
        .isInstanceOf(SamlException.class);
  }

  @Test
  void refusesARepeatedParameter() {
    assertThatThrownBy(() -> RedirectBinding.parse("SAMLRequest=a&SAMLRequest=b"))
        .hasMessageContaining("repeated");
  }
}
