/**
 * Checks a data model against the real database: every table or view exists, every attribute's column exists with
 * a type that fits the attribute. Reads {@code information_schema}, which DuckDB and PostgreSQL share.
 */
package dev.baton.engine.datamodel;
