package dev.baton.engine.duckdb;

import dev.baton.engine.spi.Engine;
import dev.baton.engine.spi.EngineFactory;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens a DuckDB database file of the workspace, or an in-memory database for {@code :memory:}. */
public final class DuckDbEngineFactory implements EngineFactory {
    public static final String NAME = "duckdb";
    public static final String IN_MEMORY = ":memory:";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Engine open(Path workspace, String database) {
        String target = database.equals(IN_MEMORY) ? "" : workspace.resolve(database).toAbsolutePath().normalize().toString();
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + target);
            return new DuckDbEngine(connection);
        }
        catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock")) {
                throw new BatonException(ErrorCode.DATABASE_LOCKED, "the database " + target + " is in use by another process (a DuckDB file admits one"
                        + " process at a time); finish or stop that process and retry", e);
            }
            throw new BatonException(ErrorCode.DATABASE_UNAVAILABLE, "cannot open DuckDB database " + target + ": " + message.lines().findFirst().orElse(""), e);
        }
    }
}
