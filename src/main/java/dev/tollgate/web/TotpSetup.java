package dev.tollgate.web;

import dev.tollgate.mfa.totp.TotpEnrollment;
import java.io.Serializable;

/**
 * An authenticator app being set up, as a page shows it: the QR code (a PNG data URL from the
 * enrollment service) and the secret grouped in fours for typing.
 */
public final class TotpSetup implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String qrPng;
  private final String secret;

  private TotpSetup(String qrPng, String secret) {
    this.qrPng = qrPng;
    this.secret = secret;
  }

  static TotpSetup of(TotpEnrollment.Started started) {
    return new TotpSetup(started.qrPng(), started.secret().base32());
  }

  public String getQrPng() {
    return qrPng;
  }

  /** "JBSW Y3DP EHPK 3PXP": easier to read and type; apps ignore the spaces. */
  public String getGroupedSecret() {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  @Override
  public String toString() {
    return "TotpSetup[secret=redacted]";
  }
}
