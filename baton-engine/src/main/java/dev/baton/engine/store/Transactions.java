package dev.baton.engine.store;

import java.sql.Connection;
import java.sql.SQLException;

/** The one way the engine groups statements: join the caller's transaction, or run in one of its own. */
public final class Transactions {
    /** Work on the database. */
    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    private Transactions() {}

    /**
     * Runs {@code work} in the caller's transaction when auto-commit is off (the caller commits or rolls back), else in
     * a transaction of its own, committed on success and rolled back on any failure; auto-commit is restored.
     */
    public static <T> T run(Connection connection, SqlWork<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return work.run();
        }
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        }
        catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback();
            }
            catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        finally {
            connection.setAutoCommit(true);
        }
    }
}
