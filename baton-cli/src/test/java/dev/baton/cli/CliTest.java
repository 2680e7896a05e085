package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in process, as a user would, and checks output and exit codes. */
final class CliTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-06-15T09:30:00Z"));

    @TempDir
    static Path root;

    static Path workspace;

    record Result(int exitCode, String out, String err) {}

    static Result baton(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void createDemo() {
        workspace = root.resolve("demo");
        Result demo = baton("demo", "--workspace", workspace.toString(), "--recipients", "800", "--seed", "3");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    @Test
    void demoPrintsTheTablesAndTheSeedExampleCounts() throws Exception {
        Result demo = baton("demo", "--workspace", workspace.toString(), "--recipients", "800", "--seed", "3");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("crm.recipients", "800", "crm.bookings", "8,000", "recent-bookers", "succeeded");
        long expected = scalar("SELECT count(DISTINCT recipient_id) FROM crm.bookings WHERE booking_date BETWEEN DATE '2026-05-16' AND DATE '2026-06-15'");
        assertThat(demo.out()).containsPattern("recent-bookers\\s+build-audience\\s+succeeded\\s+\\d+ ms\\s+out\\s+" + String.format(java.util.Locale.ROOT, "%,d", expected));
    }

    @Test
    void testRunAsJsonReportsCountsAndReferenceTime() throws Exception {
        Result run = baton("test", workspace.resolve("campaigns/recent-bookers.yaml").toString(), "--workspace", workspace.toString(), "--as-of", "2026-03-01", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.path("kind").asText()).isEqualTo("run");
        assertThat(json.path("data").path("referenceTime").asText()).isEqualTo("2026-03-01T00:00:00Z");
        long expected = scalar("SELECT count(DISTINCT recipient_id) FROM crm.bookings WHERE booking_date BETWEEN DATE '2026-01-30' AND DATE '2026-03-01'");
        assertThat(json.path("data").path("activities").get(0).path("outputs").get(0).path("rows").asLong()).isEqualTo(expected);
    }

    @Test
    void previewShowsTheSchemaAndFirstRows() {
        Result run = baton("test", "europe-beach-opted-in", "--workspace", workspace.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String runId = run.out().replaceAll("(?s).*\"runId\" : (\\d+).*", "$1");
        Result preview = baton("preview", runId, "opted-out", "--workspace", workspace.toString(), "--limit", "3");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("Schema of the work table:", "recipientId  integer", "crmId", "email");
        assertThat(preview.out().lines().filter(line -> line.matches("\\s+\\d+\\s+.*")).count()).isEqualTo(3);
    }

    @Test
    void compileShowsSqlWithBindValuesAndTouchesNoData() throws Exception {
        long runsBefore = scalar("SELECT count(*) FROM baton_meta.runs");
        Result compiled = baton("compile", "europe-beach-opted-in", "--workspace", workspace.toString(), "--as-of", "2026-06-15T09:30:00Z", "--plan");
        assertThat(compiled.exitCode()).as(compiled.err()).isZero();
        assertThat(compiled.out()).contains("-- plan", "create table \"baton_work\".\"rN_beach-bookers_out\"", "cast(? as date)", "-- $1 = 2026-03-17 (LocalDate)",
                "-- $3 = 'cancelled' (String)");
        assertThat(scalar("SELECT count(*) FROM baton_meta.runs")).isEqualTo(runsBefore);
    }

    @Test
    void validateReportsEveryProblemWithItsCodeAndExitsOne() throws Exception {
        Path bad = root.resolve("bad.yaml");
        Files.writeString(bad, """
                formatVersion: 1
                id: bad
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: shoeSize, operator: equal, value: 42}}
                  - {id: b, type: build-audience, dimension: bookings, rule: {attribute: amount, operator: contains, value: x}}
                  - {id: c, type: combine, operation: union}
                transitions:
                  - {from: a, to: c}
                  - {from: b, to: c}
                  - {from: a, to: nowhere}
                """, StandardCharsets.UTF_8);
        Result result = baton("validate", bad.toString(), "--workspace", workspace.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("BTN202", "BTN301", "BTN304", "shoeSize", "3 problems");
        Result json = baton("validate", bad.toString(), "--workspace", workspace.toString(), "--json");
        JsonNode diagnostics = new ObjectMapper().readTree(json.out()).path("data").path("diagnostics");
        assertThat(diagnostics).hasSize(3);
        assertThat(diagnostics.get(0).path("code").asText()).isNotEmpty();
    }

    @Test
    void failuresExitNonZeroWithOneLineReason() {
        Result missing = baton("test", "no-such-campaign", "--workspace", workspace.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().lines().count()).isEqualTo(1);
        assertThat(missing.err()).startsWith("baton: no campaign file or campaign id 'no-such-campaign'");

        Result notWorkspace = baton("runs", "list", "--workspace", root.resolve("nothing").toString());
        assertThat(notWorkspace.exitCode()).isEqualTo(1);
        assertThat(notWorkspace.err()).contains("is not a Baton workspace");

        Result badLimit = baton("preview", "1", "recent-bookers", "--workspace", workspace.toString(), "--limit", "0");
        assertThat(badLimit.exitCode()).isEqualTo(1);
        assertThat(badLimit.err()).contains("--limit must be between 1 and");

        Result badTime = baton("test", "europe-beach-opted-in", "--workspace", workspace.toString(), "--as-of", "yesterday");
        assertThat(badTime.exitCode()).isEqualTo(1);
        assertThat(badTime.err()).contains("--as-of 'yesterday' is not a time");

        Result usage = baton("test", "--no-such-option");
        assertThat(usage.exitCode()).isEqualTo(2);
    }

    @Test
    void errorsAsJsonCarryCodeTypeAndDiagnostics() throws Exception {
        Result result = baton("test", "no-such-campaign", "--workspace", workspace.toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("kind").asText()).isEqualTo("error");
        assertThat(json.path("data").path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(json.path("data").path("type").asText()).isEqualTo("USER");
    }

    @Test
    void runsListAndShowReadTheRunLog() {
        Result list = baton("runs", "list", "--workspace", workspace.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("RUN", "recent-bookers", "succeeded");
        Result show = baton("runs", "show", "1", "--workspace", workspace.toString(), "--sql");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("Run 1 of campaign 'recent-bookers'", "create table");
    }

    @Test
    void demoRefusesAFolderItDidNotMake() throws Exception {
        Path other = Files.createDirectories(root.resolve("precious"));
        Files.writeString(other.resolve("notes.txt"), "keep me");
        Result result = baton("demo", "--workspace", other.toString(), "--recipients", "10");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("is not empty and was not made by 'baton demo'");
        assertThat(other.resolve("notes.txt")).hasContent("keep me");
    }

    private static long scalar(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + workspace.resolve("workspace.duckdb"));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
