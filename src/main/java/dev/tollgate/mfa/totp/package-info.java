/**
 * Authenticator apps (SPEC §6, RFC 6238): enrollment with an otpauth URI and QR code, the
 * verifier (googleauth; SHA-1, 6 digits, 30 s, ±1 step, replay guard per credential), secrets
 * sealed under SECRET_KEY, and the TOTP answer to the shared second step.
 */
package dev.tollgate.mfa.totp;
