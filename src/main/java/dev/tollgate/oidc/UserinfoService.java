package dev.tollgate.oidc;

import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * {@code /oauth2/userinfo}: the claims an access token's scopes open ({@code sub} always;
 * {@code profile}: name, preferred_username, given_name, family_name; {@code email}: email),
 * while the token is valid, its client still exists, its SSO session is open and its user active.
 */
@ApplicationScoped
@Transactional
public class UserinfoService {
  @Inject VerifiedTokens tokens;
  @Inject SessionService sessions;
  @Inject UserRepository users;
  @Inject Clients clients;

  public UserInfo userinfo(String accessToken) {
    VerifiedTokens.AccessToken token =
        tokens.accessToken(accessToken)
            .filter(t -> clients.find(t.clientId()).isPresent())
            .filter(t -> sessions.findActiveById(t.sessionId()).filter(s -> s.userId().equals(t.userId())).isPresent())
            .orElseThrow(UserinfoService::invalidToken);
    User user = users.findById(token.userId()).filter(User::isActive).orElseThrow(UserinfoService::invalidToken);
    UserInfo info = new UserInfo(new Subject(user.id().toString()));
    if (token.scope().contains(Scopes.PROFILE)) {
      info.setName(user.displayName());
      info.setPreferredUsername(user.username());
      Optional.ofNullable(user.firstName()).filter(s -> !s.isBlank()).ifPresent(info::setGivenName);
      Optional.ofNullable(user.lastName()).filter(s -> !s.isBlank()).ifPresent(info::setFamilyName);
    }
    if (token.scope().contains(Scopes.EMAIL)) {
      info.setClaim("email", user.email());
    }
    return info;
  }

  static OidcError invalidToken() {
    return new OidcError(BearerTokenError.INVALID_TOKEN, "The access token is not valid", "invalid_token");
  }
}
