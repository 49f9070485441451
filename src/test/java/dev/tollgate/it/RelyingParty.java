package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A relying party built on Nimbus oauth2-oidc-sdk, as an application would use it: discovery,
 * authorization requests with PKCE, the code exchange, ID token validation against the JWKS.
 * The browser is played by {@link Browser}: the SSO cookies, no redirects followed.
 */
final class RelyingParty {
  static final String REDIRECT = "https://rp.example/callback";

  final OIDCProviderMetadata provider;
  final String clientId;
  final String clientSecret;
  final String redirectUri;

  private RelyingParty(OIDCProviderMetadata provider, String clientId, String secret, String redirectUri) {
    this.provider = provider;
    this.clientId = clientId;
    this.clientSecret = secret;
    this.redirectUri = redirectUri;
  }

  static OIDCProviderMetadata discover(Api api) {
    try {
      String issuer = api.server().baseUri().toString().replaceAll("/$", "");
      return OIDCProviderMetadata.resolve(new Issuer(issuer));
    } catch (Exception e) {
      throw new AssertionError("discovery failed", e);
    }
  }

  /** Registers an application through the admin API and returns its relying party. */
  static RelyingParty register(Api api, Api.Session admin, String type, String policy, String script) {
    return register(api, admin, type, policy, script, REDIRECT);
  }

  /** The same, with {@code redirectUri} as the RP's callback (a browser test needs a reachable one). */
  static RelyingParty register(
      Api api, Api.Session admin, String type, String policy, String script, String redirectUri) {
    JsonArrayBuilder uris = Json.createArrayBuilder().add(redirectUri).add("regex:^https://rp\\.example/other/[a-z]+$");
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("name", "RP " + type).add("type", type).add("redirect_uris", uris)
            .add("mfa_policy", policy);
    if (script != null) {
      body.add("mfa_selector_script", script);
    }
    Api.Reply reply = api.post("/api/v1/applications", body.build().toString()).bearer(admin.token()).send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    var json = reply.json();
    return new RelyingParty(
        discover(api), json.getString("client_id"),
        json.containsKey("client_secret") && !json.isNull("client_secret") ? json.getString("client_secret") : null,
        redirectUri);
  }

  /** One authorization attempt: its PKCE verifier, state and nonce. */
  final class Attempt {
    final CodeVerifier verifier = new CodeVerifier();
    final State state = new State();
    final Nonce nonce = new Nonce();
    final Map<String, String> extra = new LinkedHashMap<>();
    boolean pkce = true;

    Attempt with(String name, String value) {
      extra.put(name, value);
      return this;
    }

    Attempt withoutPkce() {
      pkce = false;
      return this;
    }

    /** The authorization request URI as the RP builds it (path and query on the provider). */
    String path() {
      AuthenticationRequest.Builder builder =
          new AuthenticationRequest.Builder(
                  ResponseType.CODE, new Scope("openid", "profile", "email"), new ClientID(clientId),
                  URI.create(redirectUri))
              .endpointURI(provider.getAuthorizationEndpointURI())
              .state(state)
              .nonce(nonce);
      if (pkce) {
        builder.codeChallenge(verifier, CodeChallengeMethod.S256);
      }
      extra.forEach((name, value) -> builder.customParameter(name, value));
      URI uri = builder.build().toURI();
      return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** The code from a redirect back to this RP, after checking state and iss. */
    AuthorizationCode code(String location) {
      try {
        AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(location));
        assertThat(response.indicatesSuccess()).as(location).isTrue();
        assertThat(response.getState()).isEqualTo(state);
        assertThat(response.toSuccessResponse().getIssuer()).isEqualTo(provider.getIssuer());
        return response.toSuccessResponse().getAuthorizationCode();
      } catch (com.nimbusds.oauth2.sdk.ParseException e) {
        throw new AssertionError(location, e);
      }
    }

    OIDCTokenResponse exchange(AuthorizationCode code) {
      HTTPResponse response = token(new AuthorizationCodeGrant(code, URI.create(redirectUri), pkce ? verifier : null));
      return RelyingParty.tokens(response);
    }

    /** Validates the ID token as an RP must: signature (JWKS), issuer, audience, nonce, expiry. */
    IDTokenClaimsSet validate(JWT idToken) {
      return validate(idToken, nonce);
    }

    /** A refreshed ID token carries no nonce (OIDC Core §12.2). */
    IDTokenClaimsSet validateRefreshed(JWT idToken) {
      return validate(idToken, null);
    }

    private IDTokenClaimsSet validate(JWT idToken, Nonce expected) {
      try {
        return new IDTokenValidator(
                provider.getIssuer(), new ClientID(clientId), JWSAlgorithm.RS256,
                provider.getJWKSetURI().toURL())
            .validate(idToken, expected);
      } catch (Exception e) {
        throw new AssertionError("ID token rejected", e);
      }
    }
  }

  Attempt attempt() {
    return new Attempt();
  }

  /** A token request with this client's credentials (basic for confidential, client_id for spa). */
  HTTPResponse token(AuthorizationGrant grant) {
    return token(grant, clientSecret == null ? null : new ClientSecretBasic(new ClientID(clientId), new Secret(clientSecret)));
  }

  HTTPResponse tokenWithPost(AuthorizationGrant grant) {
    return token(grant, new ClientSecretPost(new ClientID(clientId), new Secret(clientSecret)));
  }

  HTTPResponse token(AuthorizationGrant grant, ClientAuthentication auth) {
    URI endpoint = provider.getTokenEndpointURI();
    TokenRequest request = auth == null
        ? new TokenRequest(endpoint, new ClientID(clientId), grant)
        : new TokenRequest(endpoint, auth, grant);
    try {
      return request.toHTTPRequest().send();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static OIDCTokenResponse tokens(HTTPResponse response) {
    try {
      var parsed = OIDCTokenResponseParser.parse(response);
      assertThat(parsed.indicatesSuccess()).as(response.getBody()).isTrue();
      return (OIDCTokenResponse) parsed.toSuccessResponse();
    } catch (com.nimbusds.oauth2.sdk.ParseException e) {
      throw new AssertionError(response.getBody(), e);
    }
  }

  /** The query parameters of a URI (single-valued). */
  static Map<String, String> query(String location) {
    Map<String, String> params = new LinkedHashMap<>();
    String raw = URI.create(location).getRawQuery();
    if (raw == null) {
      return params;
    }
    Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2)).forEach(pair ->
        params.put(decode(pair[0]), pair.length > 1 ? decode(pair[1]) : ""));
    return params;
  }

  static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  static List<String> amr(IDTokenClaimsSet claims) {
    return claims.getAMR().stream().map(a -> a.getValue()).toList();
  }
}
