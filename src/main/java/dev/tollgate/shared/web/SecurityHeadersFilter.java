package dev.tollgate.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** API answers carry tokens and personal data: never cached, never sniffed, never framed. */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {
  /** Also set by answers written outside JAX-RS (the bearer token refusal). */
  public static final Map<String, String> HEADERS =
      Map.of(
          "Cache-Control", "no-store",
          "Pragma", "no-cache",
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer");

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    HEADERS.forEach(headers::putSingle);
  }
}
