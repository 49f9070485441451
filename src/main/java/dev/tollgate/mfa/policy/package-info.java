/**
 * The MFA policy engine (SPEC §5): the levels and their order, the static policy table, the
 * re-verification interval rule, and {@link dev.tollgate.mfa.policy.MfaPolicy}, the one bean every
 * sign-in path asks what a user needs for an application now. Selector scripts run in the
 * sandbox of the {@code script} subpackage.
 */
package dev.tollgate.mfa.policy;
