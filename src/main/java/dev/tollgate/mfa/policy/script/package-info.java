/**
 * Selector scripts: JavaScript run in a GraalJS sandbox (a fresh restricted context per run on
 * one shared engine, a statement limit, engine limits and length guards on what one allocation
 * may take, a time limit and a memory budget enforced by cancelling the context), fed a frozen
 * plain-data {@code ctx}. See docs/mfa-policy.md.
 */
package dev.tollgate.mfa.policy.script;
