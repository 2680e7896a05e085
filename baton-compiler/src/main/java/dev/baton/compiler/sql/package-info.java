/**
 * SQL rendering with jOOQ: one entry point, {@link dev.baton.compiler.sql.SqlRenderer}, turns a plan node into a
 * {@code CREATE TABLE … AS SELECT} for a {@link dev.baton.compiler.sql.Dialect}. Identifiers are always quoted and
 * every user value is a bind value collected in {@link dev.baton.compiler.sql.SqlStatement}, never spliced.
 */
package dev.baton.compiler.sql;
