/**
 * Baton's metadata in the workspace database (schema {@code baton_meta}): numbered migrations applied once each and
 * recorded in {@code baton_meta.schema_version}, and the run log. Plain JDBC with bind values.
 */
package dev.baton.engine.store;
