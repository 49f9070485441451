/**
 * Passkeys (SPEC §7): WebAuthn registration, the user's list of passkeys, and the crypto that
 * checks attestations and assertions ({@link dev.tollgate.mfa.passkey.PasskeyVerifier}, the only
 * class that calls webauthn4j's verifiers). Challenges live in the database, so any node can
 * answer any step of a ceremony.
 */
package dev.tollgate.mfa.passkey;
