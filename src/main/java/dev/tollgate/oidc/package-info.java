/**
 * The OpenID Connect provider (SPEC §11): the authorization code flow with PKCE, the token
 * endpoint (codes and rotated refresh tokens), userinfo, RP-initiated logout and discovery. Each
 * endpoint is built from the same parts: a request (parsed with Nimbus oauth2-oidc-sdk), a
 * validator, a transactional service and a response; whether a browser's SSO session may answer
 * an application is decided by {@link dev.tollgate.auth.sso.SsoGate}, shared with SAML.
 */
package dev.tollgate.oidc;
