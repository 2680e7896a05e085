package dev.baton.engine.duckdb;

import dev.baton.compiler.sql.Dialect;
import dev.baton.engine.spi.Engine;
import java.sql.Connection;
import java.sql.SQLException;

/** One DuckDB connection for the duration of a command. */
final class DuckDbEngine implements Engine {
    private final Connection connection;

    DuckDbEngine(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Dialect dialect() {
        return Dialect.DUCKDB;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public String defaultSchema() {
        return "main";
    }

    @Override
    public void close() {
        try {
            connection.close();
        }
        catch (SQLException e) {
            // Closing releases the file lock; there is nothing more to do if it fails.
        }
    }
}
