package dev.tollgate.user;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.config.DeploymentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Creates the first administrator from {@code BOOTSTRAP_ADMIN_EMAIL} and
 * {@code BOOTSTRAP_ADMIN_PASSWORD} when the database has no user at all.
 */
@ApplicationScoped
public class BootstrapAdmin {
  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

  @Inject DeploymentConfig config;
  @Inject UserRepository users;
  @Inject UserService userService;

  public void createIfNoUsers() {
    if (config.bootstrapAdminEmail().isEmpty() || config.bootstrapAdminPassword().isEmpty()) {
      return;
    }
    if (users.anyExists()) {
      return;
    }
    try {
      User admin =
          userService.create(
              new UserCommands.CreateUser(
                  config.bootstrapAdminEmail().get(), null, config.bootstrapAdminPassword().get(),
                  "", "", true));
      LOG.info("Created the bootstrap administrator " + admin.email());
    } catch (DomainException e) {
      LOG.severe("Cannot create the bootstrap administrator: " + e.getMessage());
    }
  }
}
