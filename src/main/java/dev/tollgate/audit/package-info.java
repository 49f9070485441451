/**
 * The append-only audit trail (SPEC §10): a fixed vocabulary of event types, the one method that
 * writes them, and the administrators' query API.
 */
package dev.tollgate.audit;
