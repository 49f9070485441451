/**
 * The HTTP side of the OpenID Connect provider: one thin servlet per endpoint (outside the
 * {@code /api} JAX-RS application, with protocol answers rather than problem documents), each
 * handing a parsed request to its service and writing the answer its response class builds.
 */
package dev.tollgate.oidc.web;
