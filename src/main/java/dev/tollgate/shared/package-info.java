/**
 * What every feature leans on: the error vocabulary and its mapping to problem+json, the
 * cryptographic primitives (random tokens, keyed hashes, AES-GCM), the master key, the clock,
 * JSON binding and deployment configuration. Nothing here knows about users or factors.
 */
package dev.tollgate.shared;
