/**
 * {@code baton bench}: Baton against hand-written SQL on generated demo data. For each scale, a fresh demo workspace;
 * for each case, Baton through the services (apply, publish, live runs, test runs) and hand-written SQL producing the
 * same result on the same DuckDB file, measured alternately, results compared by row count and an order-independent
 * checksum computed in the database; then a Markdown report. Only counts, checksums and plan text cross JDBC.
 */
package dev.baton.bench;
