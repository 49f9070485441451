/**
 * Recovery codes, a fallback declared through the factor seam: a set of ten
 * one-time codes of 60 bits each, shown once and stored as keyed hashes; the answer to a second
 * step or a step-up when the user's factors are lost; the page fragments of
 * {@code WEB-INF/factors/recovery-code}. docs/architecture.md ("How a factor plugs in") walks
 * through it as the worked example.
 */
package dev.tollgate.mfa.recovery;
