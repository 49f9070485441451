/**
 * The SAML endpoints: the browser-facing servlet under {@code /saml/} (with its auto-post and
 * error pages) and the administrators' settings resource under {@code /api/v1/applications}.
 */
package dev.tollgate.saml.web;
