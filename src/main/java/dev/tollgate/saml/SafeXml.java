package dev.tollgate.saml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only way SAML messages are decoded and parsed. Sizes are bounded before and after
 * inflating (a small deflate bomb cannot grow past {@link #MAX_XML_BYTES}); the parser is the
 * JDK's own, with DOCTYPEs refused outright (so no entity of any kind, no external DTD), no
 * XInclude, secure processing on and no external access.
 */
public final class SafeXml {
  /** Longest base64 text accepted for a SAMLRequest (either binding). */
  public static final int MAX_ENCODED_CHARS = 64 * 1024;
  /** Largest XML document accepted, after inflating. */
  public static final int MAX_XML_BYTES = 128 * 1024;
  private static final DocumentBuilderFactory FACTORY = factory();
  /** Every problem is fatal, and nothing is printed to the server's standard error. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private SafeXml() {}

  /** Base64 (whitespace tolerated, as some SPs wrap lines), bounded. */
  public static byte[] base64(String text) {
    if (text == null || text.isEmpty()) {
      throw SamlException.malformed("The SAML message is missing");
    }
    if (text.length() > MAX_ENCODED_CHARS) {
      throw SamlException.malformed("The SAML message is too large");
    }
    try {
      return Base64.getMimeDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw SamlException.malformed("The SAML message is not base64");
    }
  }

  /** Raw DEFLATE (RFC 1951) as the HTTP-Redirect binding uses, stopping at the size bound. */
  public static byte[] inflate(byte[] deflated) {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(deflated);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw SamlException.malformed("The SAML message is not DEFLATE data");
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_XML_BYTES) {
          throw SamlException.malformed("The SAML message is too large");
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw SamlException.malformed("The SAML message is not DEFLATE data");
    } finally {
      inflater.end();
    }
  }

  public static Document parse(byte[] xml) {
    if (xml.length > MAX_XML_BYTES) {
      throw SamlException.malformed("The SAML message is too large");
    }
    try {
      DocumentBuilder builder = FACTORY.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("External entities are not allowed");
      });
      builder.setErrorHandler(SILENT);
      return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (SAXException | IOException e) {
      throw SamlException.malformed("The SAML message is not acceptable XML");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An empty namespace-aware document to build messages in. */
  public static Document newDocument() {
    try {
      return FACTORY.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Serialises without reformatting (a signed element must keep its exact content). */
  public static String serialize(Node node) {
    try {
      TransformerFactory factory = TransformerFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(node), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("Cannot serialise XML", e);
    }
  }

  public static String base64Of(String xml) {
    return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be made safe", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setValidating(false);
    return factory;
  }
}
