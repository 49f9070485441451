/**
 * The SAML 2.0 identity provider (SPEC §12): per-application SP settings, the IdP signing
 * certificate (generated once, kept sealed in the database), safe XML parsing, the
 * HTTP-Redirect AuthnRequest, signed HTTP-POST Responses, metadata, IdP-initiated launch and
 * single logout. Whether a sign-in may proceed is asked of the shared SSO decision, as OIDC does.
 */
package dev.tollgate.saml;
