package dev.baton.bench;

import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written side: plain JDBC on the workspace's DuckDB file. Like a Baton command, each run opens the file,
 * works in one transaction and closes it (closing the last connection checkpoints DuckDB's write-ahead log into the
 * file), so both sides pay the same cost for reaching the database and making their result durable.
 */
final class HandSql {
    private final String url;

    HandSql(Path databaseFile) {
        this.url = "jdbc:duckdb:" + databaseFile.toAbsolutePath().normalize();
    }

    /**
     * What one run of hand-written SQL took and returned.
     *
     * @param totalNanos connect, statements, commit and close
     * @param statementNanos each statement alone, in order (the final query last, when there is one)
     * @param figures the numbers the final query returned (one row), empty when there is none
     */
    record Run(long totalNanos, List<Long> statementNanos, List<Long> figures) {}

    /** Runs {@code statements} and then {@code finalQuery} (one row of whole numbers) in one transaction on a fresh connection. */
    Run run(List<String> statements, Optional<String> finalQuery) {
        long start = System.nanoTime();
        List<Long> statementNanos = new ArrayList<>();
        List<Long> figures = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    long before = System.nanoTime();
                    statement.execute(sql);
                    statementNanos.add(System.nanoTime() - before);
                }
                if (finalQuery.isPresent()) {
                    long before = System.nanoTime();
                    try (ResultSet result = statement.executeQuery(finalQuery.get())) {
                        result.next();
                        for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                            figures.add(result.getLong(i));
                        }
                    }
                    statementNanos.add(System.nanoTime() - before);
                }
                connection.commit();
            }
            catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        catch (SQLException e) {
            throw new BatonException(ErrorCode.SQL_FAILED, "hand-written SQL failed: " + firstLine(e.getMessage()), e);
        }
        return new Run(System.nanoTime() - start, statementNanos, figures);
    }

    /** Runs statements outside any measurement (auto-commit). */
    void execute(String... statements) {
        withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    /** One row of one query as texts, outside any measurement. */
    List<String> row(String query) {
        return withConnection(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
                if (!result.next()) {
                    throw new SQLException("no row from: " + query);
                }
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    values.add(result.getString(i));
                }
                return values;
            }
        });
    }

    /**
     * DuckDB's {@code EXPLAIN ANALYZE} of {@code select} (with {@code binds}), after {@code before} ran in the same
     * transaction, which is then rolled back: the plan text, with the time and rows of each operator.
     */
    String explainAnalyze(List<String> before, String select, List<Object> binds) {
        return withConnection(connection -> {
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : before) {
                        statement.execute(sql);
                    }
                }
                StringBuilder plan = new StringBuilder();
                try (PreparedStatement statement = connection.prepareStatement("EXPLAIN ANALYZE " + select)) {
                    for (int i = 0; i < binds.size(); i++) {
                        statement.setObject(i + 1, binds.get(i));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            plan.append(result.getString(columns)).append('\n');
                        }
                    }
                }
                return plan.toString();
            }
            finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }

    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }

    <T> T withConnection(SqlFunction<T> work) {
        try (Connection connection = DriverManager.getConnection(url)) {
            return work.apply(connection);
        }
        catch (SQLException e) {
            throw new BatonException(ErrorCode.SQL_FAILED, "benchmark SQL failed: " + firstLine(e.getMessage()), e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown database error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
