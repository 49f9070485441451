/**
 * Accounts: the user entity, Argon2id password hashing and policy, the administrators' user API,
 * the caller's own profile and password, and the bootstrap administrator.
 */
package dev.tollgate.user;
