package dev.tollgate.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one parser: no DTDs, no entities, bounded sizes. */
class SafeXmlTest {
  @TempDir Path dir;

  static byte[] deflate(byte[] data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(9, true))) {
      deflater.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void parsesAPlainDocument() {
    assertThat(SafeXml.parse("<a xmlns='urn:x'><b/></a>".getBytes(StandardCharsets.UTF_8))
            .getDocumentElement().getNamespaceURI())
        .isEqualTo("urn:x");
  }

  @Test
  void refusesAnExternalEntity() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "top-secret");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"" + secret.toUri()
        + "\">]><a>&x;</a>";

    assertThatThrownBy(() -> SafeXml.parse(xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SamlException.class)
        .hasMessageNotContaining("top-secret")
        .extracting(e -> ((SamlException) e).code()).isEqualTo("invalid_saml_request");
  }

  @Test
  void refusesInternalEntityExpansion() {
    String laughs = "<!DOCTYPE a [<!ENTITY l \"lol\"><!ENTITY l2 \"&l;&l;&l;&l;&l;&l;&l;&l;\">]><a>&l2;</a>";

    assertThatThrownBy(() -> SafeXml.parse(laughs.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SamlException.class);
  }

  @Test
  void refusesXInclude() {
    String xinclude = "<a xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></a>";

    assertThat(SafeXml.serialize(SafeXml.parse(xinclude.getBytes(StandardCharsets.UTF_8))))
        .doesNotContain("root:");
  }

  @Test
  void stopsInflatingPastTheBound() throws Exception {
    byte[] bomb = deflate(new byte[10 * 1024 * 1024]);

    assertThat(bomb.length).isLessThan(SafeXml.MAX_ENCODED_CHARS);
    assertThatThrownBy(() -> SafeXml.inflate(bomb)).hasMessageContaining("too large");
  }

  @Test
  void inflatesWhatFits() throws Exception {
    byte[] xml = "<a/>".getBytes(StandardCharsets.UTF_8);

    assertThat(SafeXml.inflate(deflate(xml))).isEqualTo(xml);
  }

  @Test
  void refusesDataThatIsNotDeflate() {
    assertThatThrownBy(() -> SafeXml.inflate("<a/>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SamlException.class);
  }

  @Test
  void refusesOversizedBase64AndDocuments() {
    assertThatThrownBy(() -> SafeXml.base64("A".repeat(SafeXml.MAX_ENCODED_CHARS + 4)))
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> SafeXml.parse(new byte[SafeXml.MAX_XML_BYTES + 1]))
        .hasMessageContaining("too large");
  }
}
