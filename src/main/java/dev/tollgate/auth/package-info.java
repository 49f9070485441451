/**
 * Signing in: the login flow and its outcomes, SSO sessions ({@code idp_sid}), portal tokens
 * ({@code idp_token}) and their signing keys, lockouts, and the check that a presented token's
 * session and account are still good.
 */
package dev.tollgate.auth;
