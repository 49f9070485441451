package dev.tollgate.saml;

/** The raw values of the browser's {@code idp_sid} and {@code idp_device} cookies, or null. */
public record BrowserCookies(String session, String device) {
  @Override
  public String toString() {
    return "BrowserCookies[session=" + (session != null) + ", device=" + (device != null) + "]";
  }
}
