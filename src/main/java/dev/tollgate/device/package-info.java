/**
 * Trusted devices (SPEC §8): the single-use trust token a login with a verified second factor
 * hands out, the browsers a user trusted with it ({@code idp_device}), their recognition at the
 * next sign-in, and their revocation by the user, a password change or a reset of the factors.
 */
package dev.tollgate.device;
