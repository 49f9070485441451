/**
 * Single sign-on: the one decision the OIDC and SAML endpoints share when a request for an
 * application arrives with (or without) an SSO session (SPEC §9). {@link
 * dev.tollgate.auth.sso.SsoGate} asks the MFA policy with the session's facts and answers
 * proceed, sign in with the password, second step only, or enrollment needed.
 */
package dev.tollgate.auth.sso;
