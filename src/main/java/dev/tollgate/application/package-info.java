/**
 * Applications that sign users in through Tollgate (SPEC §10): their client credentials (the
 * secret shown once and stored as a keyed hash), redirect URIs, and MFA policy — a static level
 * or {@code inherit}, plus an optional selector script that {@code dev.tollgate.mfa.policy} runs.
 */
package dev.tollgate.application;
