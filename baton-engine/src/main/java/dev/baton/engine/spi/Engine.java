package dev.baton.engine.spi;

import dev.baton.compiler.sql.Dialect;
import java.sql.Connection;

/** An open database: customer data, Baton's metadata, work tables. One per command; closed at its end. */
public interface Engine extends AutoCloseable {
    Dialect dialect();

    /** The connection of this process; callers must not close it. */
    Connection connection();

    /** The schema of tables named without one, such as {@code main} (DuckDB) or {@code public} (PostgreSQL). */
    String defaultSchema();

    @Override
    void close();
}
