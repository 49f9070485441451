/**
 * Enforced enrollment at sign-in (SPEC §4, §5): when the policy answers "enrollment required",
 * the sign-in is parked behind a single-use enrollment token (15 minutes) that only the
 * enrollment endpoints accept; confirming a method with it completes the sign-in.
 */
package dev.tollgate.auth.enrollment;
