package dev.tollgate.ops;

import dev.tollgate.auth.token.SigningKeys;
import dev.tollgate.shared.db.DatabaseLocation;
import dev.tollgate.shared.db.Migrations;
import dev.tollgate.user.BootstrapAdmin;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs once per node while the application deploys, before any request is served: schema
 * migrations, then the signing keys every token depends on, then the bootstrap administrator.
 */
@DataSourceDefinition(
    name = DatabaseLocation.JNDI_NAME,
    className = "dev.tollgate.shared.db.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300)
@DataSourceDefinition(
    name = DatabaseLocation.AUTONOMOUS_JNDI_NAME,
    className = "dev.tollgate.shared.db.ConfiguredDataSource",
    transactional = false,
    minPoolSize = 1,
    maxPoolSize = 16,
    maxIdleTime = 300)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSequence {
  @Inject Migrations migrations;
  @Inject SigningKeys signingKeys;
  @Inject BootstrapAdmin bootstrapAdmin;

  @PostConstruct
  void start() {
    migrations.migrate();
    signingKeys.load();
    bootstrapAdmin.createIfNoUsers();
  }
}
