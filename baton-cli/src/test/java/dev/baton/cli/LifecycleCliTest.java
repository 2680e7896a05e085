package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.lifecycle.LifecycleService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle commands run in process, as a user would: output, JSON and exit codes. Each test has its own campaign ids. */
final class LifecycleCliTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-06-15T09:30:00Z"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NL = System.lineSeparator();

    @TempDir
    static Path root;

    static Path workspace;

    record Result(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Result baton(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code baton ARGS --workspace W}. */
    static Result in(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--workspace";
        all[args.length + 1] = workspace.toString();
        return baton(all);
    }

    @BeforeAll
    static void createDemo() {
        workspace = root.resolve("demo");
        Result demo = baton("demo", "--workspace", workspace.toString(), "--recipients", "500", "--seed", "1");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    static String campaign(String id, String label) {
        return """
                # Campaign %1$s: a comment that export keeps.
                formatVersion: 1
                id: %1$s
                name: Campaign %1$s
                activities:
                  - id: booked
                    type: build-audience
                    label: %2$s
                    dimension: recipients
                    rule:
                      exists: bookings
                      where: {attribute: bookingDate, operator: in-last, value: 30 days}
                """.formatted(id, label);
    }

    static Path write(String id, String text) throws Exception {
        Path file = root.resolve(id + ".yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static void publish(String id, int version) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + workspace.resolve("workspace.duckdb"))) {
            LifecycleService.markLive(connection, id, version, CLOCK.instant());
        }
    }

    static String status(String id, int version) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + workspace.resolve("workspace.duckdb"));
                PreparedStatement statement = connection.prepareStatement("SELECT status FROM baton_meta.campaign_versions WHERE campaign_id = ? AND version = ?")) {
            statement.setString(1, id);
            statement.setInt(2, version);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    @Test
    void applyRecordsDraftsAndNewVersions() throws Exception {
        Path file = write("cli-apply", campaign("cli-apply", "First"));
        Result created = in("apply", file.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).isEqualTo("Created campaign cli-apply: version 1, draft" + NL);

        Result unchanged = in("apply", file.toString());
        assertThat(unchanged.out()).isEqualTo("Campaign cli-apply unchanged: version 1 (draft) has this text already" + NL);

        write("cli-apply", campaign("cli-apply", "Second"));
        Result updated = in("apply", file.toString(), "--json");
        assertThat(updated.exitCode()).as(updated.err()).isZero();
        JsonNode json = updated.json();
        assertThat(json.path("kind").asText()).isEqualTo("apply");
        assertThat(json.path("data").path("campaignId").asText()).isEqualTo("cli-apply");
        assertThat(json.path("data").path("version").asInt()).isEqualTo(1);
        assertThat(json.path("data").path("status").asText()).isEqualTo("DRAFT");
        assertThat(json.path("data").path("outcome").asText()).isEqualTo("UPDATED");

        publish("cli-apply", 1);
        write("cli-apply", campaign("cli-apply", "Third"));
        Result newVersion = in("apply", file.toString());
        assertThat(newVersion.out()).isEqualTo("Campaign cli-apply: new draft version 2; version 1 stays live" + NL);
        assertThat(status("cli-apply", 1)).isEqualTo("LIVE");
        assertThat(status("cli-apply", 2)).isEqualTo("DRAFT");
    }

    @Test
    void applyRefusesInvalidAndMissingFilesWithExitOne() throws Exception {
        Path bad = write("cli-bad", campaign("cli-bad", "Bad").replace("attribute: bookingDate", "attribute: shoeSize"));
        Result invalid = in("apply", bad.toString());
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.err().lines().count()).isEqualTo(1);
        assertThat(invalid.err()).startsWith("baton: cli-bad.yaml has 1 problem: ").contains("shoeSize", "nothing was applied");
        assertThat(status("cli-bad", 1)).isNull();

        JsonNode json = in("apply", bad.toString(), "--json").json();
        assertThat(json.path("kind").asText()).isEqualTo("error");
        assertThat(json.path("data").path("code").asText()).isEqualTo("INVALID_CAMPAIGN");
        assertThat(json.path("data").path("diagnostics")).hasSize(1);

        Result missing = in("apply", root.resolve("nowhere.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("baton: no campaign file ").contains("nowhere.yaml");

        assertThat(in("apply").exitCode()).as("no FILE is a usage error").isEqualTo(2);
    }

    @Test
    void exportPrintsOrWritesTheTextByteForByte() throws Exception {
        String text = campaign("cli-export", "Export me").replace("\n", "\r\n") + "# no line end at the end";
        in("apply", write("cli-export", text).toString());

        Result printed = in("export", "cli-export");
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertThat(printed.out()).isEqualTo(text);

        Path target = root.resolve("exported.yaml");
        Result written = in("export", "cli-export", "--output", target.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).startsWith("Wrote campaign cli-export version 1 (draft, yaml) to ");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(text);

        JsonNode json = in("export", "cli-export", "--version", "1", "--json").json();
        assertThat(json.path("kind").asText()).isEqualTo("export");
        assertThat(json.path("data").path("definition").asText()).isEqualTo(text);
        assertThat(json.path("data").path("format").asText()).isEqualTo("yaml");

        Result noVersion = in("export", "cli-export", "--version", "4");
        assertThat(noVersion.exitCode()).isEqualTo(1);
        assertThat(noVersion.err()).isEqualTo("baton: campaign cli-export has no version 4; its versions: 1" + NL);
        Result unknown = in("export", "cli-nobody", "--json");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.json().path("data").path("code").asText()).isEqualTo("NOT_FOUND");
        Result noFolder = in("export", "cli-export", "--output", root.resolve("missing/folder/x.yaml").toString());
        assertThat(noFolder.exitCode()).isEqualTo(1);
        assertThat(noFolder.err()).contains("there is no folder");
    }

    @Test
    void campaignsListAndShow() throws Exception {
        in("apply", write("cli-list", campaign("cli-list", "Listed")).toString());
        publish("cli-list", 1);
        in("apply", write("cli-list", campaign("cli-list", "Listed, v2")).toString());

        Result list = in("campaigns", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("CAMPAIGN", "STATUS").containsPattern("cli-list\\s+Campaign cli-list\\s+live, draft v2\\s+2\\s+1\\s");

        JsonNode listed = in("campaigns", "list", "--json").json();
        assertThat(listed.path("kind").asText()).isEqualTo("campaigns");
        JsonNode entry = null;
        for (JsonNode candidate : listed.path("data")) {
            if (candidate.path("id").asText().equals("cli-list")) {
                entry = candidate;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("status").asText()).isEqualTo("LIVE");
        assertThat(entry.path("versions")).hasSize(2);
        assertThat(entry.path("versions").get(0).path("publishedAt").asText()).isEqualTo("2026-06-15T09:30:00Z");

        Result show = in("campaigns", "show", "cli-list");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).startsWith("Campaign cli-list: Campaign cli-list" + NL + "Status: live, draft v2; created 2026-06-15T09:30:00Z")
                .containsPattern("\\s+1\\s+live\\s+Campaign cli-list\\s+yaml").containsPattern("\\s+2\\s+draft\\s+Campaign cli-list");
        JsonNode shown = in("campaigns", "show", "cli-list", "--json").json();
        assertThat(shown.path("kind").asText()).isEqualTo("campaign");
        assertThat(shown.path("data").path("liveVersion").asInt()).isEqualTo(1);
        assertThat(shown.path("data").path("draftVersion").asInt()).isEqualTo(2);

        Result unknown = in("campaigns", "show", "cli-nobody");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("baton: no campaign cli-nobody in the workspace (campaigns: ");
        Result badId = in("campaigns", "show", "Not/An/Id");
        assertThat(badId.exitCode()).isEqualTo(1);
        assertThat(badId.err()).startsWith("baton: 'Not/An/Id' is not a campaign id");
    }

    @Test
    void deleteRemovesDraftsOnly() throws Exception {
        in("apply", write("cli-delete", campaign("cli-delete", "Doomed")).toString());
        Result deleted = in("campaigns", "delete", "cli-delete");
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(deleted.out()).startsWith("Deleted campaign cli-delete (1 draft version)");
        assertThat(status("cli-delete", 1)).isNull();

        in("apply", write("cli-keep", campaign("cli-keep", "Kept")).toString());
        publish("cli-keep", 1);
        Result refused = in("campaigns", "delete", "cli-keep");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("baton: campaign cli-keep cannot be deleted: version 1 is LIVE; only drafts that were never published can be"
                + " deleted (stop it with 'baton stop cli-keep')" + NL);
        assertThat(status("cli-keep", 1)).isEqualTo("LIVE");
    }

    @Test
    void duplicateMakesANewDraftCampaign() throws Exception {
        in("apply", write("cli-source", campaign("cli-source", "Source")).toString());
        Result copy = in("duplicate", "cli-source", "cli-copy");
        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.out()).startsWith("Created campaign cli-copy, a copy of cli-source: version 1, draft" + NL);
        assertThat(in("export", "cli-copy").out()).contains("id: \"cli-copy\"", "name: \"Campaign cli-source (copy)\"");

        JsonNode json = in("duplicate", "cli-source", "cli-copy-2", "--json").json();
        assertThat(json.path("data").path("campaignId").asText()).isEqualTo("cli-copy-2");

        Result exists = in("duplicate", "cli-source", "cli-copy");
        assertThat(exists.exitCode()).isEqualTo(1);
        assertThat(exists.err()).isEqualTo("baton: campaign cli-copy exists already; choose another id for the copy of cli-source" + NL);
        Result badId = in("duplicate", "cli-source", "Copy!");
        assertThat(badId.exitCode()).isEqualTo(1);
        assertThat(badId.err()).startsWith("baton: 'Copy!' is not a valid campaign id");
        assertThat(in("duplicate", "cli-source").exitCode()).as("NEW-ID is required").isEqualTo(2);
    }

    @Test
    void stopAndArchive() throws Exception {
        in("apply", write("cli-stop", campaign("cli-stop", "Stop me")).toString());
        Result notLive = in("stop", "cli-stop");
        assertThat(notLive.exitCode()).isEqualTo(1);
        assertThat(notLive.err()).startsWith("baton: campaign cli-stop is a draft; only a live campaign can be stopped");

        publish("cli-stop", 1);
        Result liveArchive = in("archive", "cli-stop");
        assertThat(liveArchive.exitCode()).isEqualTo(1);
        assertThat(liveArchive.err()).contains("stop it first with 'baton stop cli-stop'");

        Result stopped = in("stop", "cli-stop");
        assertThat(stopped.exitCode()).as(stopped.err()).isZero();
        assertThat(stopped.out()).isEqualTo("Stopped campaign cli-stop; it cannot restart. To run it again: baton duplicate cli-stop NEW-ID" + NL);
        assertThat(status("cli-stop", 1)).isEqualTo("STOPPED");

        Result reapply = in("apply", root.resolve("cli-stop.yaml").toString());
        assertThat(reapply.exitCode()).isEqualTo(1);
        assertThat(reapply.err()).startsWith("baton: campaign cli-stop is stopped; duplicate it to change it");

        JsonNode archived = in("archive", "cli-stop", "--json").json();
        assertThat(archived.path("kind").asText()).isEqualTo("campaign");
        assertThat(archived.path("data").path("status").asText()).isEqualTo("ARCHIVED");
        Result again = in("archive", "cli-stop");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("baton: campaign cli-stop is archived already" + NL);

        in("apply", write("cli-archive-draft", campaign("cli-archive-draft", "Never mind")).toString());
        Result archiveDraft = in("archive", "cli-archive-draft");
        assertThat(archiveDraft.exitCode()).as(archiveDraft.err()).isZero();
        assertThat(archiveDraft.out()).isEqualTo("Archived campaign cli-archive-draft" + NL);
        assertThat(in("stop", "cli-nobody").exitCode()).isEqualTo(1);
    }
}
