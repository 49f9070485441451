/**
 * The second factors a user can hold, one subpackage per factor ({@code totp}, later
 * {@code passkey}), and the overview of them (GET /api/v1/mfa). How factors are asked for at
 * sign-in belongs to {@code dev.tollgate.auth.mfa}.
 */
package dev.tollgate.mfa;
