package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.catalog.StoredField.FieldRole;
import dev.baton.compiler.sql.SqlStatement;
import dev.baton.engine.CampaignService;
import dev.baton.engine.audience.AudienceDefinition;
import dev.baton.engine.audience.AudienceRegistry;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.workspace.Workspace;
import dev.baton.engine.workspace.WorkspaceDatabase;
import dev.baton.model.datamodel.AttributeType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baton audiences …} in process. The workspace holds two audiences saved through the registry with hand-made
 * content selects: "Recent bookers" (v1: recipients of FR, v2: of FR and DE; read by one campaign) and "Germany" (v1:
 * recipients of DE). Expected figures are hand-written SQL over {@code crm.recipients}.
 */
final class AudiencesCliTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-06-15T09:30:00Z"));
    private static final List<StoredField> FIELDS = List.of(new StoredField("crmId", AttributeType.STRING, FieldRole.IDENTITY),
            new StoredField("recipients_recipientId", AttributeType.INTEGER, FieldRole.SOURCE_KEY));
    private static final String FR_DE = "country IN ('FR', 'DE') AND crm_id IS NOT NULL";

    @TempDir
    static Path root;

    static Path workspace;

    record Result(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Result baton(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code baton audiences <args> --workspace <demo>}. */
    static Result audiences(String... args) {
        List<String> all = new ArrayList<>(List.of("audiences"));
        all.addAll(List.of(args));
        all.addAll(List.of("--workspace", workspace.toString()));
        return baton(all.toArray(String[]::new));
    }

    @BeforeAll
    static void saveAudiences() {
        workspace = root.resolve("demo");
        new CampaignService(CLOCK).createDemo(workspace, 500, 1, false);
        try (Engine engine = WorkspaceDatabase.open(Workspace.open(workspace), CLOCK)) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            AudienceDefinition recent = new AudienceDefinition("Recent bookers", "recent-bookers", "save-recent", "Recipients - CRMID", "recipients", "crmId", FIELDS);
            registry.save(recent, select("FR"), 3, 1);
            registry.save(recent, select("FR", "DE"), 4, 2);
            registry.save(new AudienceDefinition("Germany", "germany", "save-de", "Recipients - CRMID", "recipients", "crmId", FIELDS), select("DE"), 0, 3);
            registry.recordRead("recent BOOKERS", "reader-campaign", 4);
        }
    }

    private static SqlStatement select(String... countries) {
        return new SqlStatement("SELECT crm_id AS \"crmId\", recipient_id AS \"recipients_recipientId\" FROM crm.recipients WHERE country IN ("
                + String.join(", ", java.util.Collections.nCopies(countries.length, "?")) + ") AND crm_id IS NOT NULL", List.of((Object[]) countries));
    }

    // ---- list

    @Test
    void listShowsEveryAudienceWithItsSizeOwnerAndVersion() throws Exception {
        Result list = audiences("list");

        assertThat(list.exitCode()).as(list.err()).isZero();
        long rows = scalar("SELECT count(*) FROM crm.recipients WHERE " + FR_DE);
        assertThat(list.out().lines().findFirst().orElseThrow()).contains("LABEL", "ROWS", "PROFILES", "TARGET DIMENSION", "CAMPAIGN / ACTIVITY", "VERSION", "SAVED AT");
        assertThat(list.out()).containsPattern("Recent bookers\\s+" + number(rows) + "\\s+" + number(rows)
                + "\\s+Recipients - CRMID\\s+recent-bookers / save-recent\\s+v2\\s+2026-06-15T09:30:00Z");
        assertThat(list.out()).contains("Germany", "germany / save-de");

        JsonNode json = audiences("list", "--json").json();
        assertThat(json.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.path("kind").asText()).isEqualTo("audiences");
        JsonNode data = json.path("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0).path("label").asText()).isEqualTo("Germany");
        JsonNode recent = data.get(1);
        assertThat(recent.path("label").asText()).isEqualTo("Recent bookers");
        assertThat(recent.path("current").path("version").asInt()).isEqualTo(2);
        assertThat(recent.path("current").path("rows").asLong()).isEqualTo(rows);
        assertThat(recent.path("current").path("skippedEmptyIdentity").asLong()).isEqualTo(4);
        assertThat(recent.path("current").path("savedAt").asText()).isEqualTo("2026-06-15T09:30:00Z");
        assertThat(recent.path("versions")).hasSize(2);
    }

    @Test
    void listOfAWorkspaceWithoutAudiencesSaysSo() throws Exception {
        Path empty = root.resolve("empty");
        new CampaignService(CLOCK).createDemo(empty, 20, 1, false);

        Result list = baton("audiences", "list", "--workspace", empty.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("No saved audiences.");
        Result json = baton("audiences", "list", "--workspace", empty.toString(), "--json");
        assertThat(json.json().path("data")).isEmpty();
    }

    // ---- show

    @Test
    void showPrintsOwnerFieldsVersionsAndReaders() throws Exception {
        Result show = audiences("show", " recent BOOKERS");

        assertThat(show.exitCode()).as(show.err()).isZero();
        long fr = scalar("SELECT count(*) FROM crm.recipients WHERE country = 'FR' AND crm_id IS NOT NULL");
        long frDe = scalar("SELECT count(*) FROM crm.recipients WHERE " + FR_DE);
        assertThat(show.out()).contains("Audience 'Recent bookers'", "campaign 'recent-bookers', activity 'save-recent'",
                "Recipients - CRMID (entity recipients, identity crmId)", "v2, saved 2026-06-15T09:30:00Z by run 2", "Read by:          reader-campaign");
        assertThat(show.out()).containsPattern("crmId\\s+string\\s+identity").containsPattern("recipients_recipientId\\s+integer\\s+source key");
        assertThat(show.out()).containsPattern("v2\\s+" + number(frDe) + "\\s+" + number(frDe) + "\\s+4\\s+2026-06-15T09:30:00Z\\s+2\\s+baton_audiences\\.a\\d+_v2");
        assertThat(show.out()).containsPattern("v1\\s+" + number(fr) + "\\s+" + number(fr) + "\\s+3\\s+");

        JsonNode json = audiences("show", "Recent bookers", "--json").json();
        assertThat(json.path("kind").asText()).isEqualTo("audience");
        JsonNode data = json.path("data");
        assertThat(data.path("campaignId").asText()).isEqualTo("recent-bookers");
        assertThat(data.path("activityId").asText()).isEqualTo("save-recent");
        assertThat(data.path("fields").get(0).path("name").asText()).isEqualTo("crmId");
        assertThat(data.path("fields").get(0).path("role").asText()).isEqualTo("IDENTITY");
        assertThat(data.path("versions").get(1).path("rows").asLong()).isEqualTo(fr);
        assertThat(data.path("readBy").get(0).asText()).isEqualTo("reader-campaign");
    }

    // ---- content

    @Test
    void contentPagesThroughTheRowsInIdentityOrder() throws Exception {
        Result content = audiences("content", "Recent bookers", "--offset", "2", "--limit", "3");

        assertThat(content.exitCode()).as(content.err()).isZero();
        long frDe = scalar("SELECT count(*) FROM crm.recipients WHERE " + FR_DE);
        List<List<String>> expected = strings("SELECT crm_id, recipient_id FROM crm.recipients WHERE " + FR_DE + " ORDER BY crm_id, recipient_id LIMIT 3 OFFSET 2");
        assertThat(content.out()).contains("Audience 'Recent bookers' v2: rows 3 to 5 of " + number(frDe), "crmId", "recipients_recipientId");
        for (List<String> row : expected) {
            assertThat(content.out()).containsPattern(row.get(0) + "\\s+" + row.get(1));
        }

        JsonNode json = audiences("content", "Recent bookers", "--offset", "2", "--limit", "3", "--json").json();
        assertThat(json.path("kind").asText()).isEqualTo("audienceContent");
        assertThat(json.path("data").path("totalRows").asLong()).isEqualTo(frDe);
        assertThat(json.path("data").path("columns").get(1).path("role").asText()).isEqualTo("source-key");
        List<List<String>> rows = new ArrayList<>();
        json.path("data").path("rows").forEach(row -> rows.add(List.of(row.get(0).asText(), row.get(1).asText())));
        assertThat(rows).isEqualTo(expected);
    }

    @Test
    void contentOfAnOlderVersion() throws Exception {
        JsonNode json = audiences("content", "Recent bookers", "--version", "1", "--limit", "10000", "--json").json();

        assertThat(json.path("data").path("version").asInt()).isEqualTo(1);
        List<String> ids = new ArrayList<>();
        json.path("data").path("rows").forEach(row -> ids.add(row.get(0).asText()));
        assertThat(ids).isEqualTo(strings("SELECT crm_id FROM crm.recipients WHERE country = 'FR' AND crm_id IS NOT NULL ORDER BY crm_id").stream()
                .map(List::getFirst).toList());
    }

    // ---- export

    @Test
    void exportWritesCsvAndParquetThatReadBackAsTheAudience() throws Exception {
        Path csv = root.resolve("recent.csv");
        Path parquet = root.resolve("germany.parquet");

        Result toCsv = audiences("export", "Recent bookers", "--format", "csv", "--output", csv.toString());
        Result toParquet = audiences("export", "Germany", "--format", "parquet", "--output", parquet.toString(), "--json");

        assertThat(toCsv.exitCode()).as(toCsv.err()).isZero();
        long frDe = scalar("SELECT count(*) FROM crm.recipients WHERE " + FR_DE);
        assertThat(toCsv.out()).contains("Wrote " + number(frDe) + " rows of audience 'Recent bookers' (current version) to " + csv + " (csv)");
        assertThat(strings("SELECT * FROM read_csv('" + csv + "', header = true)"))
                .isEqualTo(strings("SELECT crm_id, recipient_id FROM crm.recipients WHERE " + FR_DE + " ORDER BY crm_id, recipient_id"));
        assertThat(toParquet.exitCode()).as(toParquet.err()).isZero();
        JsonNode json = toParquet.json();
        assertThat(json.path("kind").asText()).isEqualTo("audienceExport");
        assertThat(json.path("data").path("format").asText()).isEqualTo("parquet");
        assertThat(json.path("data").path("output").asText()).isEqualTo(parquet.toString());
        long de = scalar("SELECT count(*) FROM crm.recipients WHERE country = 'DE' AND crm_id IS NOT NULL");
        assertThat(json.path("data").path("rows").asLong()).isEqualTo(de);
        assertThat(strings("SELECT * FROM read_parquet('" + parquet + "')"))
                .isEqualTo(strings("SELECT crm_id, recipient_id FROM crm.recipients WHERE country = 'DE' AND crm_id IS NOT NULL ORDER BY crm_id, recipient_id"));
    }

    @Test
    void exportOfAnOlderVersion() throws Exception {
        Path csv = root.resolve("recent-v1.csv");

        Result export = audiences("export", "Recent bookers", "--format", "csv", "--output", csv.toString(), "--version", "1");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("rows of audience 'Recent bookers' v1 to ");
        assertThat(Files.readAllLines(csv)).hasSize(1 + (int) scalar("SELECT count(*) FROM crm.recipients WHERE country = 'FR' AND crm_id IS NOT NULL"));
    }

    // ---- diff

    @Test
    void diffCountsProfilesThatEnteredLeftAndStayed() throws Exception {
        Result diff = audiences("diff", "Recent bookers");

        assertThat(diff.exitCode()).as(diff.err()).isZero();
        long fr = scalar("SELECT count(DISTINCT crm_id) FROM crm.recipients WHERE country = 'FR'");
        long de = scalar("SELECT count(DISTINCT crm_id) FROM crm.recipients WHERE country = 'DE'");
        assertThat(diff.out()).contains("Audience 'Recent bookers', v1 (" + number(fr) + " profiles) to v2 (" + number(fr + de) + " profiles):");
        assertThat(diff.out()).containsPattern("entered\\s+" + number(de)).containsPattern("left\\s+0").containsPattern("stayed\\s+" + number(fr));

        JsonNode json = audiences("diff", "Recent bookers", "--from", "2", "--to", "1", "--json").json();
        assertThat(json.path("kind").asText()).isEqualTo("audienceDiff");
        assertThat(json.path("data").path("fromVersion").asInt()).isEqualTo(2);
        assertThat(json.path("data").path("toVersion").asInt()).isEqualTo(1);
        assertThat(json.path("data").path("entered").asLong()).isZero();
        assertThat(json.path("data").path("left").asLong()).isEqualTo(de);
        assertThat(json.path("data").path("stayed").asLong()).isEqualTo(fr);
    }

    // ---- failures

    @Test
    void anUnknownLabelExitsOneWithTheKnownLabels() throws Exception {
        for (String[] command : List.of(new String[] {"show", "Nope"}, new String[] {"content", "Nope"}, new String[] {"diff", "Nope"},
                new String[] {"export", "Nope", "--format", "csv", "--output", root.resolve("nope.csv").toString()})) {
            Result result = audiences(command);
            assertThat(result.exitCode()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(result.err()).isEqualTo("baton: no audience 'Nope'; audiences: 'Germany', 'Recent bookers'" + System.lineSeparator());
        }
        assertThat(root.resolve("nope.csv")).doesNotExist();

        JsonNode json = audiences("show", "Nope", "--json").json();
        assertThat(json.path("kind").asText()).isEqualTo("error");
        assertThat(json.path("data").path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(json.path("data").path("message").asText()).isEqualTo("no audience 'Nope'; audiences: 'Germany', 'Recent bookers'");
    }

    @Test
    void badRequestsExitNonZeroWithOneLine() {
        Result version = audiences("content", "Germany", "--version", "9");
        assertThat(version.exitCode()).isEqualTo(1);
        assertThat(version.err()).isEqualTo("baton: audience 'Germany' has no version 9; kept versions: 1" + System.lineSeparator());

        Result single = audiences("diff", "Germany");
        assertThat(single.exitCode()).isEqualTo(1);
        assertThat(single.err()).startsWith("baton: audience 'Germany' has no kept version before version 1");

        Result format = audiences("export", "Germany", "--format", "xlsx", "--output", root.resolve("g.xlsx").toString());
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err()).isEqualTo("baton: --format must be one of csv, parquet, not 'xlsx'" + System.lineSeparator());

        Result noOutput = audiences("export", "Germany", "--format", "csv");
        assertThat(noOutput.exitCode()).isEqualTo(2);

        Result limit = audiences("content", "Germany", "--limit", "0");
        assertThat(limit.exitCode()).isEqualTo(1);
        assertThat(limit.err()).contains("--limit must be between 1 and 10000, not 0");

        Result notWorkspace = baton("audiences", "list", "--workspace", root.resolve("nothing").toString());
        assertThat(notWorkspace.exitCode()).isEqualTo(1);
        assertThat(notWorkspace.err()).contains("is not a Baton workspace");
    }

    @Test
    void audiencesAloneListsItsCommands() {
        Result usage = baton("audiences");
        assertThat(usage.exitCode()).isZero();
        assertThat(usage.out()).contains("list", "show", "content", "export", "diff");
    }

    // ---- hand SQL

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static long scalar(String sql) throws Exception {
        return Long.parseLong(strings(sql).getFirst().getFirst());
    }

    private static List<List<String>> strings(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + workspace.resolve("workspace.duckdb"));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
