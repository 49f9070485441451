/**
 * Running the server: the start-up sequence (data source, migrations, keys, bootstrap admin),
 * health checks and the JAX-RS application with its security wiring.
 */
package dev.tollgate.ops;
