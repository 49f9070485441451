/**
 * The second step of signing in, for every factor (SPEC §4, §9). After a right password,
 * {@link dev.tollgate.auth.mfa.MfaRequirement} says whether a factor is due and which methods
 * may give it; {@link dev.tollgate.auth.mfa.SecondStep} then issues an mfa_token (an
 * {@link dev.tollgate.auth.mfa.MfaChallenge}: hashed, single-use, five minutes), opens it for a
 * factor's answer after checking the user's second-step lock, counts wrong answers, and completes
 * a passed step as a sign-in (new session, amr pwd + factor + mfa) or a step-up (the caller's
 * session re-verified). A factor plugs in with a {@link dev.tollgate.auth.mfa.SecondFactor} bean
 * (found through CDI) that returns its {@code dev.tollgate.mfa.FactorDeclaration}, and an
 * endpoint under /auth/mfa/{method} that calls {@code answer}, verifies, and calls
 * {@code passed} or throws {@code wrongAnswer}; it never issues tokens or counts failures
 * itself. {@link dev.tollgate.auth.mfa.RecentVerification} is the one check before changing
 * factors. docs/architecture.md describes the contract in full.
 */
package dev.tollgate.auth.mfa;
