package dev.tollgate.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.shared.config.DeploymentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** {@code /.well-known/openid-configuration}: what this provider supports, built with Nimbus. */
@ApplicationScoped
public class DiscoveryDocument {
  @Inject DeploymentConfig config;

  public String json() {
    String issuer = config.issuer();
    OIDCProviderMetadata metadata =
        new OIDCProviderMetadata(
            new Issuer(issuer), List.of(SubjectType.PUBLIC), URI.create(issuer + "/.well-known/jwks.json"));
    metadata.setAuthorizationEndpointURI(URI.create(issuer + "/oauth2/authorize"));
    metadata.setTokenEndpointURI(URI.create(issuer + "/oauth2/token"));
    metadata.setUserInfoEndpointURI(URI.create(issuer + "/oauth2/userinfo"));
    metadata.setEndSessionEndpointURI(URI.create(issuer + "/oauth2/logout"));
    metadata.setResponseTypes(List.of(ResponseType.CODE));
    metadata.setResponseModes(List.of(ResponseMode.QUERY));
    metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN));
    metadata.setScopes(new Scope(Scopes.SUPPORTED.toArray(String[]::new)));
    metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256));
    metadata.setTokenEndpointAuthMethods(List.of(
        ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST,
        ClientAuthenticationMethod.NONE));
    metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
    metadata.setPromptTypes(List.of(Prompt.Type.NONE, Prompt.Type.LOGIN));
    metadata.setACRs(Arrays.stream(PolicyLevel.values()).map(level -> new ACR(level.wire())).toList());
    metadata.setClaims(List.of(
        "iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "sid", "amr", "acr",
        "preferred_username", "email", "name", "given_name", "family_name"));
    metadata.setSupportsAuthorizationResponseIssuerParam(true);
    metadata.setSupportsRequestParam(false);
    metadata.setSupportsRequestURIParam(false);
    return metadata.toJSONObject().toJSONString();
  }
}
