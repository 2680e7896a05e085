/**
 * The embedded DuckDB engine: the default, needing nothing installed. A database file admits one process at a time;
 * opening a locked file fails with a message that says so.
 */
package dev.baton.engine.duckdb;
