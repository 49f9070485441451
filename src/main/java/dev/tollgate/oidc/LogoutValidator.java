package dev.tollgate.oidc;

import dev.tollgate.application.Application;
import dev.tollgate.application.RedirectUris;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks a logout request. An {@code id_token_hint} issued by this server is required (so a
 * third-party page cannot sign users out), expired or not; it names the client and the session.
 * A {@code post_logout_redirect_uri} must be one of that client's registered redirect URIs
 * (exactly, or matched by a {@code regex:} entry); a {@code client_id}, if given, must be the
 * hint's audience. Any failure is an error page, never a redirect.
 */
@ApplicationScoped
public class LogoutValidator {
  @Inject VerifiedTokens tokens;
  @Inject Clients clients;

  /** A logout that may proceed: the client, whom the hint named, and where to go afterwards. */
  public record ValidLogout(
      Application application, VerifiedTokens.IdTokenHint hint, Optional<String> redirectUri,
      String state) {}

  ValidLogout validate(LogoutRequest request) {
    if (request.idTokenHint() == null) {
      throw new NoRedirect("The application did not say who is signing out (id_token_hint). Use the sign-out button of your profile page.");
    }
    VerifiedTokens.IdTokenHint hint =
        tokens.idTokenHint(request.idTokenHint())
            .orElseThrow(() -> new NoRedirect("The id_token_hint was not issued by this server."));
    Application application =
        clients.find(hint.clientId())
            .orElseThrow(() -> new NoRedirect("The application of this sign-out no longer exists."));
    if (request.clientId() != null && !request.clientId().equals(hint.clientId())) {
      throw new NoRedirect("The client_id does not match the id_token_hint.");
    }
    String redirect = request.postLogoutRedirectUri();
    if (redirect != null && !RedirectUris.matches(application.redirectUris(), redirect)) {
      throw new NoRedirect("The post_logout_redirect_uri is not registered for this application.");
    }
    return new ValidLogout(application, hint, Optional.ofNullable(redirect), request.state());
  }
}
