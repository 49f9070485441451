package dev.tollgate.saml;

/** The URIs of SAML 2.0 and XML-DSig that Tollgate writes and checks. */
public final class SamlNames {
  public static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
  public static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
  public static final String METADATA = "urn:oasis:names:tc:SAML:2.0:metadata";
  public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
  public static final String BINDING_REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
  public static final String BINDING_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
  public static final String STATUS_SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
  public static final String STATUS_RESPONDER = "urn:oasis:names:tc:SAML:2.0:status:Responder";
  public static final String STATUS_NO_PASSIVE = "urn:oasis:names:tc:SAML:2.0:status:NoPassive";
  public static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
  public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
  public static final String RSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
  /** AuthnContext without a second factor. */
  public static final String AC_PASSWORD =
      "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
  /** AuthnContext when a second factor was verified: the REFEDS MFA profile. */
  public static final String AC_MFA = "https://refeds.org/profile/mfa";

  private SamlNames() {}
}
