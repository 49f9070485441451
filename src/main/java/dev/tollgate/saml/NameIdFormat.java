package dev.tollgate.saml;

import java.util.Optional;

/** The NameID formats an application may choose, by their short (JustIAM) and SAML names. */
public enum NameIdFormat {
  EMAIL_ADDRESS("emailAddress", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"),
  PERSISTENT("persistent", "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"),
  UNSPECIFIED("unspecified", "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");

  private final String wire;
  private final String urn;

  NameIdFormat(String wire, String urn) {
    this.wire = wire;
    this.urn = urn;
  }

  public String wire() {
    return wire;
  }

  public String urn() {
    return urn;
  }

  /** The short name or the full URN. */
  public static Optional<NameIdFormat> parse(String text) {
    for (NameIdFormat format : values()) {
      if (format.wire.equals(text) || format.urn.equals(text)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
