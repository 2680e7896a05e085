package dev.baton.engine.store;

import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/** Applies the metadata migrations that a database does not have yet, each in its own transaction. */
public final class Migrations {
    /** In order; a migration is never edited once released, only followed by a new one. */
    static final List<String> SCRIPTS = List.of("V1__runs.sql", "V2__campaigns.sql", "V3__audiences.sql", "V4__run_metrics.sql");

    private Migrations() {}

    /** Brings the metadata schema up to date; returns the version it is at. */
    public static int migrate(Connection connection, Instant now) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS baton_meta");
            statement.execute("CREATE TABLE IF NOT EXISTS baton_meta.schema_version (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
            int current = currentVersion(connection);
            if (current > SCRIPTS.size()) {
                throw new BatonException(ErrorCode.WORKSPACE_INVALID, "the workspace database is at metadata version " + current
                        + ", newer than this Baton (" + SCRIPTS.size() + "); use a newer Baton");
            }
            for (int version = current + 1; version <= SCRIPTS.size(); version++) {
                apply(connection, version, SCRIPTS.get(version - 1), now);
            }
            return SCRIPTS.size();
        }
        catch (SQLException e) {
            throw new BatonException(ErrorCode.SQL_FAILED, "cannot prepare Baton's metadata: " + e.getMessage(), e);
        }
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT coalesce(max(version), 0) FROM baton_meta.schema_version")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void apply(Connection connection, int version, String script, Instant now) throws SQLException {
        Transactions.run(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(script)) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO baton_meta.schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, script);
                insert.setObject(3, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The statements of a script: split on semicolons at line ends; comments dropped. */
    static List<String> statements(String script) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + script);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
        String withoutComments = text.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (left, right) -> left + right + "\n");
        return java.util.Arrays.stream(withoutComments.split(";\\s*\n")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
    }
}
