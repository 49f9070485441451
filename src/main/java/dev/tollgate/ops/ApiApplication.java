package dev.tollgate.ops;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API under {@code /api}. Portal tokens are verified by MicroProfile JWT; the class
 * must be a CDI bean for Payara to find {@code @LoginConfig}.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tollgate API",
            version = "v1",
            description = "Identity provider built around multi-factor authentication"))
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"user", "admin", "enrollment"})
public class ApiApplication extends Application {
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
