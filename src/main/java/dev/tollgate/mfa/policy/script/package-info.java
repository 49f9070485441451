/**
 * Selector scripts: JavaScript run in a GraalJS sandbox (a fresh constrained context per run on
 * one shared engine, a statement limit, a time limit and a memory budget enforced by cancelling
 * the context), fed a frozen plain-data {@code ctx}. See docs/architecture.md, "MFA policy".
 */
package dev.tollgate.mfa.policy.script;
