package dev.tollgate.oidc;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.OIDCError;
import com.nimbusds.openid.connect.sdk.Prompt;
import dev.tollgate.application.Application;
import dev.tollgate.application.RedirectUris;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an authorization request in two stages. First the client and its redirect URI, which
 * decide whether an error may be sent back at all ({@link NoRedirect} otherwise). Then the rest,
 * with Nimbus parsing the OIDC parameters; those refusals ({@link OidcError}) go back to the
 * client: only the code flow, {@code openid} scope, PKCE S256 (required for {@code spa}),
 * no request objects, {@code prompt} none or login.
 */
@ApplicationScoped
public class AuthorizeValidator {
  static final int MAX_PARAMETER_LENGTH = 512;

  @Inject Clients clients;

  /** The client and a redirect URI registered for it. */
  public record ClientRedirect(Application application, String redirectUri) {}

  ClientRedirect client(Map<String, List<String>> params) {
    String clientId =
        single(params, "client_id").orElseThrow(() -> new NoRedirect("The request names no application (client_id)."));
    Application application =
        clients.find(clientId).orElseThrow(() -> new NoRedirect("This application (client_id) is not known."));
    String redirectUri =
        single(params, "redirect_uri").orElseThrow(() -> new NoRedirect("The request has no redirect_uri."));
    if (!RedirectUris.matches(application.redirectUris(), redirectUri)) {
      throw new NoRedirect("The redirect_uri is not registered for this application.");
    }
    return new ClientRedirect(application, redirectUri);
  }

  AuthorizeRequest request(ClientRedirect client, Map<String, List<String>> params) {
    if (params.values().stream().anyMatch(values -> values.size() > 1)) {
      throw invalid(OAuth2Error.INVALID_REQUEST, "A parameter is repeated", "repeated_parameter");
    }
    AuthenticationRequest parsed = parse(params);
    if (parsed.getRequestObject() != null) {
      throw invalid(OAuth2Error.REQUEST_NOT_SUPPORTED, "Request objects are not supported", "request_object");
    }
    if (parsed.getRequestURI() != null) {
      throw invalid(OAuth2Error.REQUEST_URI_NOT_SUPPORTED, "request_uri is not supported", "request_uri");
    }
    if (!parsed.getResponseType().impliesCodeFlow() || parsed.getResponseType().size() != 1) {
      throw invalid(OAuth2Error.UNSUPPORTED_RESPONSE_TYPE, "Only response_type=code is supported", "response_type");
    }
    if (parsed.getResponseMode() != null && !ResponseMode.QUERY.equals(parsed.getResponseMode())) {
      throw invalid(OAuth2Error.INVALID_REQUEST, "Only response_mode=query is supported", "response_mode");
    }
    String challenge = pkce(client.application(), parsed);
    Prompt prompt = parsed.getPrompt();
    String state = parsed.getState() == null ? null : parsed.getState().getValue();
    String nonce = parsed.getNonce() == null ? null : parsed.getNonce().getValue();
    if (tooLong(state) || tooLong(nonce)) {
      throw invalid(OAuth2Error.INVALID_REQUEST, "state and nonce may have at most 512 characters", "too_long");
    }
    return new AuthorizeRequest(
        client.application(), client.redirectUri(), Scopes.granted(parsed.getScope().toStringList()),
        state, nonce, challenge, prompt != null && prompt.contains(Prompt.Type.NONE),
        prompt != null && prompt.contains(Prompt.Type.LOGIN),
        parsed.getMaxAge() < 0 ? null : Duration.ofSeconds(parsed.getMaxAge()));
  }

  private static AuthenticationRequest parse(Map<String, List<String>> params) {
    try {
      AuthenticationRequest parsed = AuthenticationRequest.parse(params);
      if (parsed.getScope() == null || !parsed.getScope().contains(Scopes.OPENID)) {
        throw invalid(OAuth2Error.INVALID_SCOPE, "The scope must include openid", "scope");
      }
      return parsed;
    } catch (ParseException e) {
      String description = e.getErrorObject() != null && e.getErrorObject().getDescription() != null
          ? e.getErrorObject().getDescription() : e.getMessage();
      throw invalid(
          e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST, description,
          "malformed_request");
    }
  }

  /** The S256 challenge, or null; a public client (spa) must send one, nobody may use plain. */
  private static String pkce(Application application, AuthenticationRequest parsed) {
    if (parsed.getCodeChallenge() == null) {
      if (Clients.isPublic(application)) {
        throw invalid(OAuth2Error.INVALID_REQUEST, "PKCE is required: send code_challenge with S256", "pkce_missing");
      }
      return null;
    }
    if (!CodeChallengeMethod.S256.equals(parsed.getCodeChallengeMethod())) {
      throw invalid(OAuth2Error.INVALID_REQUEST, "code_challenge_method must be S256", "pkce_method");
    }
    String value = parsed.getCodeChallenge().getValue();
    if (value.length() != 43) {
      throw invalid(OAuth2Error.INVALID_REQUEST, "code_challenge is not an S256 value", "pkce_challenge");
    }
    return value;
  }

  private static boolean tooLong(String value) {
    return value != null && value.length() > MAX_PARAMETER_LENGTH;
  }

  static Optional<String> single(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.size() != 1 || values.getFirst().isBlank()
        ? Optional.empty()
        : Optional.of(values.getFirst());
  }

  private static OidcError invalid(com.nimbusds.oauth2.sdk.ErrorObject error, String description, String reason) {
    return new OidcError(error, description, reason);
  }

  /** OIDC's answers to prompt=none when the user would have to interact. */
  static OidcError loginRequired() {
    return new OidcError(OIDCError.LOGIN_REQUIRED, "The user must sign in", "login_required");
  }

  static OidcError interactionRequired() {
    return new OidcError(OIDCError.INTERACTION_REQUIRED, "The user must verify a second factor", "interaction_required");
  }
}
