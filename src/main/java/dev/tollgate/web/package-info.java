/**
 * The Jakarta Faces pages (SPEC §13): sign-in with its second step, enrollment wizard and
 * "Trust this device?", the profile's factors and trusted devices, and the administrators' MFA
 * settings. Backing beans call the same services as the REST resources; a page knows its user
 * by the {@code idp_sid} cookie ({@link dev.tollgate.web.Viewer}), and {@link
 * dev.tollgate.web.PageFilter} sends the security headers and keeps signed-out and non-admin
 * visitors out.
 */
package dev.tollgate.web;
