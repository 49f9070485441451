/**
 * The second factors a user can hold, one subpackage per factor ({@code totp}, {@code passkey},
 * {@code recovery}), what each declares about itself ({@link dev.tollgate.mfa.FactorDeclaration})
 * and the rules derived from those declarations ({@link dev.tollgate.mfa.FactorCatalogue}), and
 * the overview of a user's factors (GET /api/v1/mfa). How factors are asked for at sign-in
 * belongs to {@code dev.tollgate.auth.mfa}.
 */
package dev.tollgate.mfa;
