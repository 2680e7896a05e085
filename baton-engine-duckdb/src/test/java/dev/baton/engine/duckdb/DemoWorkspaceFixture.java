package dev.baton.engine.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.CampaignService;
import dev.baton.engine.Preview;
import dev.baton.engine.run.ActivityResult;
import dev.baton.engine.run.ActivityStatus;
import dev.baton.engine.run.OutputResult;
import dev.baton.engine.run.RunResult;
import dev.baton.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;

/**
 * A demo workspace made through {@link CampaignService#createDemo}, plus the hand-written SQL side of the tests: every
 * expectation is a query the test writes itself against the workspace database. The test's own connection is opened
 * only after a service call has returned (the service closes its connection) and is closed before the next one, so
 * that the two never hold the file at the same time; in between it is reused, since opening DuckDB is the slow part.
 */
final class DemoWorkspaceFixture {
    static final Instant NOW = Instant.parse("2026-06-15T09:30:00Z");
    static final long RECIPIENTS = 3000;
    static final long SEED = 7;

    final Path directory;
    final TestingClock clock;
    private final CampaignService service;
    private Connection connection;

    private DemoWorkspaceFixture(Path directory) {
        this.directory = directory;
        this.clock = new TestingClock(NOW);
        this.service = new CampaignService(clock);
    }

    static DemoWorkspaceFixture create(Path directory) {
        DemoWorkspaceFixture fixture = new DemoWorkspaceFixture(directory);
        fixture.service.createDemo(directory, RECIPIENTS, SEED, false);
        return fixture;
    }

    Path database() {
        return directory.resolve("workspace.duckdb");
    }

    Path campaigns() {
        return directory.resolve("campaigns");
    }

    /** Writes {@code campaigns/<name>.yaml} and returns its path. */
    Path writeCampaign(String name, String yaml) {
        Path file = campaigns().resolve(name + ".yaml");
        write(file, yaml);
        return file;
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RunResult run(Path campaign, Instant asOf) {
        return testRun(campaign.toString(), Optional.of(asOf));
    }

    RunResult run(Path campaign) {
        return run(campaign, NOW);
    }

    // ---- the service, always called with the test's connection closed

    CampaignService service() {
        release();
        return service;
    }

    RunResult testRun(String fileOrId, Optional<Instant> asOf) {
        return service().testRun(directory, fileOrId, asOf);
    }

    RunResult runLog(long runId) {
        return service().run(directory, runId);
    }

    Preview preview(long runId, String activity, String output, int limit) {
        return service().preview(directory, runId, activity, output, limit);
    }

    List<Diagnostic> checkModel() {
        return service().checkModel(directory);
    }

    /** Closes the test's connection, if open, so that the service can open the file. */
    void release() {
        if (connection != null) {
            try {
                connection.close();
            }
            catch (SQLException e) {
                throw new IllegalStateException("cannot close " + database() + ": " + e.getMessage(), e);
            }
            connection = null;
        }
    }

    // ---- hand-written SQL

    /** The test's own connection to the workspace database; do not close it, {@link #release()} does. */
    Connection connection() {
        if (connection == null) {
            try {
                connection = DriverManager.getConnection("jdbc:duckdb:" + database().toAbsolutePath());
            }
            catch (SQLException e) {
                throw new IllegalStateException("cannot open " + database() + ": " + e.getMessage(), e);
            }
        }
        return connection;
    }

    void execute(String... statements) {
        try (Statement statement = connection().createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("hand SQL failed: " + e.getMessage(), e);
        }
    }

    /** The first column of every row, as the query orders them. */
    List<Object> column(String sql, Object... binds) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getObject(1));
                }
            }
            return values;
        }
        catch (SQLException e) {
            throw new IllegalStateException("hand SQL failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** The keys a hand-written query selects, sorted; the query's first column must be a whole number. */
    List<Long> keys(String sql, Object... binds) {
        return column(sql, binds).stream().map(value -> ((Number) value).longValue()).sorted().toList();
    }

    long count(String sql, Object... binds) {
        return ((Number) column(sql, binds).getFirst()).longValue();
    }

    boolean tableExists(String schema, String table) {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?", schema, table) == 1;
    }

    /**
     * Every value of the work table's key column, sorted; also checks the table's first column is {@code key} (the
     * columns after it are attributes carried for a Save audience, see {@link #workTableColumns}).
     */
    List<Long> workTableKeys(OutputResult output, String key) {
        String table = quotedTable(output.workTable());
        assertThat(workTableColumns(output)).as("columns of work table %s", output.workTable()).startsWith(key);
        return keys("SELECT " + quote(key) + " FROM " + table);
    }

    List<Object> workTableColumns(OutputResult output) {
        return column("SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
                schemaOf(output.workTable()), nameOf(output.workTable()));
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String quotedTable(String schemaDotName) {
        return quote(schemaOf(schemaDotName)) + "." + quote(nameOf(schemaDotName));
    }

    private static String schemaOf(String schemaDotName) {
        return schemaDotName.substring(0, schemaDotName.indexOf('.'));
    }

    private static String nameOf(String schemaDotName) {
        return schemaDotName.substring(schemaDotName.indexOf('.') + 1);
    }

    // ---- comparing a run with hand-written SQL

    static ActivityResult activity(RunResult run, String id) {
        return run.activity(id).orElseThrow(() -> new AssertionError("run " + run.runId() + " has no activity " + id + ": " + run.activities()));
    }

    static OutputResult output(RunResult run, String activity, String output) {
        ActivityResult result = activity(run, activity);
        return result.outputs().stream().filter(candidate -> candidate.output().equals(output)).findFirst()
                .orElseThrow(() -> new AssertionError("activity " + activity + " has no output " + output + ": " + result.outputs()));
    }

    /**
     * The activity succeeded, the row count it reported equals the number of keys the hand query selects, and the work
     * table holds exactly those keys, each once.
     */
    List<Long> assertOutputMatches(SoftAssertions softly, RunResult run, String activity, String output, String key, String handSql, Object... binds) {
        ActivityResult result = activity(run, activity);
        softly.assertThat(result.status()).as("status of %s (reason %s)", activity, result.reason()).isEqualTo(ActivityStatus.SUCCEEDED);
        List<Long> expected = keys(handSql, binds);
        softly.assertThat(expected).as("hand SQL for %s.%s returns each key once", activity, output).doesNotHaveDuplicates();
        OutputResult out = output(run, activity, output);
        softly.assertThat(out.rows()).as("row count of %s.%s", activity, output).contains((long) expected.size());
        if (result.status() == ActivityStatus.SUCCEEDED) {
            softly.assertThat(workTableKeys(out, key)).as("keys of %s.%s (work table %s)", activity, output, out.workTable()).containsExactlyElementsOf(expected);
        }
        return expected;
    }

    List<Long> assertOutputMatches(RunResult run, String activity, String output, String key, String handSql, Object... binds) {
        SoftAssertions softly = new SoftAssertions();
        List<Long> keys = assertOutputMatches(softly, run, activity, output, key, handSql, binds);
        softly.assertAll();
        return keys;
    }
}
