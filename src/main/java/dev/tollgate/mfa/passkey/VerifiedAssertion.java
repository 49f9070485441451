package dev.tollgate.mfa.passkey;

/**
 * What a checked assertion yields: the counter to store and the flags of this use. {@code
 * userVerified} is the UV flag of this assertion (the user proved who they are to the
 * authenticator), which decides the {@code user} amr value.
 */
public record VerifiedAssertion(
    CredentialId credentialId, long signCount, boolean userVerified, boolean backupEligible, boolean backedUp) {}
