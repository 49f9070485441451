package dev.tollgate.saml;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transform;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Enveloped XML signatures with Apache Santuario: RSA-SHA256 over exclusive canonicalisation,
 * one reference by ID to the signed element itself. Verification accepts only that shape, so
 * a signature over some other element (signature wrapping) never vouches for the one read.
 */
public final class XmlSignatures {
  private static final Set<String> ALLOWED_TRANSFORMS =
      Set.of(Transforms.TRANSFORM_ENVELOPED_SIGNATURE, Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS,
          Transforms.TRANSFORM_C14N_EXCL_WITH_COMMENTS);
  private static final Set<String> ALLOWED_ALGORITHMS =
      Set.of(SamlNames.RSA_SHA256, SamlNames.RSA_SHA512);

  static {
    Init.init();
  }

  private XmlSignatures() {}

  /** Signs {@code element} (which has an {@code ID}), placing the signature after {@code after}. */
  public static void sign(Element element, Element after, SigningCredential credential) {
    try {
      String id = element.getAttribute("ID");
      element.setIdAttributeNS(null, "ID", true);
      XMLSignature signature =
          new XMLSignature(
              element.getOwnerDocument(), null, XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256,
              Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
      element.insertBefore(signature.getElement(), after.getNextSibling());
      Transforms transforms = new Transforms(element.getOwnerDocument());
      transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
      transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      signature.addDocument("#" + id, transforms, MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
      signature.addKeyInfo(credential.certificate());
      signature.sign(credential.privateKey());
    } catch (XMLSecurityException e) {
      throw new IllegalStateException("Cannot sign a SAML message", e);
    }
  }

  /** Whether {@code element} carries a signature of its own (a direct ds:Signature child). */
  public static boolean isSigned(Element element) {
    return !signatures(element).isEmpty();
  }

  /**
   * Verifies the enveloped signature of {@code element} with {@code certificate}: exactly one
   * ds:Signature child, one reference, whose URI is {@code #} + this element's {@code ID},
   * RSA-SHA256/512, only the enveloped and exclusive-C14N transforms.
   */
  public static void verify(Element element, X509Certificate certificate) {
    List<Element> signatures = signatures(element);
    String id = element.getAttribute("ID");
    if (signatures.size() != 1 || id.isEmpty()) {
      throw invalid("The SAML message must carry exactly one signature of its own");
    }
    try {
      element.setIdAttributeNS(null, "ID", true);
      if (element.getOwnerDocument().getElementById(id) != element) {
        throw invalid("The signed element is not the message");
      }
      XMLSignature signature = new XMLSignature(signatures.getFirst(), null, true);
      if (!ALLOWED_ALGORITHMS.contains(signature.getSignedInfo().getSignatureMethodURI())
          || signature.getSignedInfo().getLength() != 1) {
        throw invalid("The signature algorithm or shape is not accepted");
      }
      Reference reference = signature.getSignedInfo().item(0);
      if (!("#" + id).equals(reference.getURI()) || !transformsAllowed(reference)) {
        throw invalid("The signature does not cover the message");
      }
      if (!signature.checkSignatureValue(certificate.getPublicKey())) {
        throw invalid("The signature does not verify");
      }
    } catch (XMLSecurityException e) {
      throw invalid("The signature does not verify");
    }
  }

  private static boolean transformsAllowed(Reference reference) throws XMLSecurityException {
    Transforms transforms = reference.getTransforms();
    if (transforms == null) {
      return true;
    }
    for (int i = 0; i < transforms.getLength(); i++) {
      Transform transform = transforms.item(i);
      if (!ALLOWED_TRANSFORMS.contains(transform.getURI())) {
        return false;
      }
    }
    return true;
  }

  private static List<Element> signatures(Element element) {
    java.util.ArrayList<Element> found = new java.util.ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e
          && SamlNames.DSIG.equals(e.getNamespaceURI())
          && "Signature".equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static SamlException invalid(String message) {
    return SamlException.badRequest("invalid_signature", message);
  }
}
