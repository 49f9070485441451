/**
 * Runtime settings (SPEC §2): every key's type, range and configured default, database overrides
 * that win over the defaults and reach every node without a restart, and the admin API.
 */
package dev.tollgate.settings;
