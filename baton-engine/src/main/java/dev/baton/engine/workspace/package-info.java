/**
 * A workspace is a folder: {@code baton.yaml} (which engine and database, where the data model and campaign files
 * are), the data model file, campaign files and, for the embedded default, the DuckDB database file.
 */
package dev.baton.engine.workspace;
