package dev.tollgate.oidc;

/**
 * A request that cannot be answered at the client's redirect URI because the client or the
 * URI itself is not trustworthy (unknown {@code client_id}, unregistered {@code redirect_uri},
 * an unknown or used continuation): it gets an error page, never a redirect.
 */
public class NoRedirect extends RuntimeException {
  public NoRedirect(String message) {
    super(message);
  }
}
