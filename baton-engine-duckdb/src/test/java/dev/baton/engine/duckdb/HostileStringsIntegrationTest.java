package dev.baton.engine.duckdb;

import static dev.baton.engine.duckdb.DemoWorkspaceFixture.activity;
import static dev.baton.engine.duckdb.DemoWorkspaceFixture.output;
import static dev.baton.engine.duckdb.DemoWorkspaceFixture.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.Preview;
import dev.baton.engine.ValidationReport;
import dev.baton.engine.run.ActivityStatus;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.RunStatus;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile names and values end to end: a table whose schema, table and column names hold quotes, semicolons,
 * {@code --}, spaces, dots and non-ASCII characters, declared in the data model and linked to the recipients; a
 * campaign whose name, labels and values hold quotes, {@code '; DROP TABLE crm.recipients; --}, unicode and 10,000
 * characters. Every run succeeds, every count equals the hand-written query (which binds the same values), and the
 * demo tables are intact afterwards.
 */
final class HostileStringsIntegrationTest {
    private static final String SCHEMA = "we\"ird schema";
    private static final String TABLE = "we\"ird; --table";
    private static final String ID = "id \"key\" ü";
    private static final String NAME = "na;me--";
    private static final String UNICODE = "ünï cødé 列";
    private static final String DOTTED = "col.with.dots";
    private static final String OWNER = "owner's id";
    private static final String PRICE = "price $ 'quoted'";
    private static final String AT = "when/\"at\"";
    private static final String KIND = "kind";
    private static final String T = quote(SCHEMA) + "." + quote(TABLE);

    private static final String DROP = "'; DROP TABLE crm.recipients; --";
    private static final String LONG = "ab'c".repeat(2500);
    private static final String TOKYO = "東京 🚀";

    @TempDir
    static Path directory;

    private static DemoWorkspaceFixture fixture;

    @BeforeAll
    static void prepare() {
        fixture = DemoWorkspaceFixture.create(directory);
        fixture.execute(
                "CREATE SCHEMA " + quote(SCHEMA),
                "CREATE TABLE " + T + " (" + String.join(", ", quote(ID) + " BIGINT", quote(NAME) + " VARCHAR", quote(UNICODE) + " VARCHAR",
                        quote(DOTTED) + " VARCHAR", quote(OWNER) + " BIGINT", quote(PRICE) + " DECIMAL(10,2)", quote(AT) + " TIMESTAMP", quote(KIND) + " VARCHAR") + ")",
                """
                INSERT INTO %s SELECT i,
                    CASE WHEN i %% 12 = 5 THEN NULL WHEN i %% 12 = 11 THEN '' WHEN i %% 6 = 0 THEN 'O''Brien'
                         WHEN i %% 6 = 1 THEN '''; DROP TABLE crm.recipients; --' WHEN i %% 6 = 2 THEN 'Zürich 東京 🚀'
                         WHEN i %% 6 = 3 THEN repeat('ab''c', 2500) ELSE '"double" \\ back' END,
                    CASE i %% 4 WHEN 0 THEN 'naïve 東京 🚀 ü' WHEN 1 THEN 'plain' WHEN 2 THEN '' END,
                    CASE i %% 3 WHEN 0 THEN 'a.b;c' WHEN 1 THEN 'x%%y_z' ELSE 'semi;colon' END,
                    1 + (i * 37) %% 3000,
                    i * 1.25,
                    TIMESTAMP '2026-06-15 09:30:00' - to_hours(CAST(i * 3 AS BIGINT)),
                    CASE i %% 3 WHEN 0 THEN 'it''s' WHEN 1 THEN 'a "b"' ELSE 'c; --' END
                FROM range(1, 201) AS numbers(i)
                """.formatted(T),
                "UPDATE crm.recipients SET last_name = 'O''Brien' WHERE recipient_id % 50 = 0");
        assertThat(fixture.count("SELECT count(*) FROM " + T + " WHERE length(" + quote(NAME) + ") = 10000")).isPositive();

        Path file = directory.resolve("datamodel.yaml");
        String model = DemoWorkspaceFixture.read(file);
        String wishlistLink = "      - {name: wishlist, label: Wishlist, target: wishlists, cardinality: one-to-many, join: [{source: recipientId, target: recipientId}]}\n";
        assertThat(model).contains(wishlistLink);
        model = model.replace(wishlistLink, wishlistLink
                + "      - {name: weirdThings, label: 'Things \"weird\"; -- ü', target: weird, cardinality: one-to-many, join: [{source: recipientId, target: ownerId}]}\n");
        model = model.replace("\ntargetDimensions:", """

                  - name: weird
                    label: 'We"ird; -- things ü 東京'
                    table: 'we"ird schema.we"ird; --table'
                    primaryKey: weirdId
                    attributes:
                      - {name: weirdId, label: 'Id "key"', column: 'id "key" ü', type: integer}
                      - {name: name, label: 'Na;me --', column: 'na;me--', type: string}
                      - {name: unicode, label: 'Ünïcødé', column: 'ünï cødé 列', type: string}
                      - {name: dotted, column: 'col.with.dots', type: string}
                      - {name: ownerId, column: 'owner''s id', type: integer}
                      - {name: price, column: 'price $ ''quoted''', type: decimal}
                      - {name: at, column: 'when/"at"', type: timestamp}
                      - {name: kind, column: kind, type: enum, values: ["it's", 'a "b"', 'c; --']}
                    links:
                      - {name: owner, label: 'Owner''s', target: recipients, cardinality: many-to-one, join: [{source: ownerId, target: recipientId}]}

                targetDimensions:""");
        DemoWorkspaceFixture.write(file, model);
        assertThat(fixture.checkModel()).isEmpty();
    }

    /** A YAML double-quoted scalar. */
    private static String y(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void hostileNamesAndValuesRunAndCountLikeHandSql() {
        String label = "Label with 'single' and \"double\" quotes; -- 東京 🚀";
        String campaign = """
                formatVersion: 1
                id: hostile
                name: %s
                description: %s
                activities:
                  - {id: drop-value, type: build-audience, label: %s, dimension: weird, rule: {attribute: name, operator: equal, value: %s}}
                  - {id: long-value, type: build-audience, label: %s, dimension: weird, rule: {attribute: name, operator: equal, value: %s}}
                  - {id: long-miss, type: build-audience, label: Long miss, dimension: weird, outboundWhenEmpty: true, rule: {attribute: name, operator: equal, value: %s}}
                  - {id: unicode-contains, type: build-audience, label: %s, dimension: weird, rule: {attribute: unicode, operator: contains, value: %s}}
                  - {id: in-list, type: build-audience, label: In list, dimension: weird, rule: {attribute: name, operator: in, value: [%s, %s]}}
                  - {id: starts-quote, type: build-audience, label: Starts with a quote, dimension: weird, rule: {attribute: name, operator: starts-with, value: "'"}}
                  - {id: not-contains-quote, type: build-audience, label: No quote, dimension: weird, rule: {attribute: name, operator: not-contains, value: "'"}}
                  - {id: dotted-like, type: build-audience, label: Dotted like, dimension: weird, rule: {attribute: dotted, operator: like, value: "%%;%%"}}
                  - {id: dotted-literal, type: build-audience, label: Dotted literal wildcards, dimension: weird, rule: {attribute: dotted, operator: contains, value: "%%y_"}}
                  - {id: owner-country, type: build-audience, label: Owner in France, dimension: weird, rule: {attribute: owner.country, operator: equal, value: FR}}
                  - {id: kind-enum, type: build-audience, label: Kind, dimension: weird, rule: {attribute: kind, operator: in, value: ["it's", "c; --"]}}
                  - {id: price, type: build-audience, label: Price, dimension: weird, rule: {attribute: price, operator: greater, value: 100.5}}
                  - {id: recent, type: build-audience, label: Recent, dimension: weird, rule: {attribute: at, operator: in-last, value: 7 days}}
                  - {id: empty-name, type: build-audience, label: Empty name, dimension: weird, rule: {attribute: name, operator: is-empty}}
                  - id: except-group
                    type: build-audience
                    label: %s
                    dimension: weird
                    rule:
                      except:
                        - {attribute: name, operator: is-not-empty}
                        - {attribute: unicode, operator: contains, value: "ü"}
                  - {id: owners, type: build-audience, label: Owners of a b, dimension: recipients, rule: {exists: weirdThings, where: {attribute: kind, operator: equal, value: %s}}}
                  - {id: obrien, type: build-audience, label: O'Brien, dimension: recipients, rule: {attribute: lastName, operator: equal, value: "O'Brien"}}
                  - {id: drop-city, type: build-audience, label: Drop city, dimension: recipients, outboundWhenEmpty: true, rule: {attribute: city, operator: equal, value: %s}}
                  - {id: one-per-name, type: combine, label: %s, operation: union, primary: in-list, reconcileOn: [name]}
                  - {id: recent-dotted, type: combine, label: Recent sharing a dotted value, operation: intersection, primary: recent, reconcileOn: [dotted], complement: true}
                  - {id: price-not-tokyo, type: combine, label: Expensive without the unicode, operation: exclusion, primary: price, reconcileOn: [unicode], complement: true}
                transitions:
                  - {from: in-list, to: one-per-name, label: %s}
                  - {from: starts-quote, to: one-per-name}
                  - {from: dotted-like, to: recent-dotted}
                  - {from: recent, to: recent-dotted}
                  - {from: price, to: price-not-tokyo}
                  - {from: unicode-contains, to: price-not-tokyo}
                """.formatted(y("Quotes ' \" ; -- " + DROP + " " + TOKYO), y("x".repeat(10_000) + DROP), y(label), y(DROP), y("A " + "é".repeat(498)), y(LONG),
                y(LONG + "x"), y("Ünïcødé 列 " + TOKYO), y(TOKYO), y("O'Brien"), y("\"double\" \\ back"), y("Except \"quoted\"; --"), y("a \"b\""), y(DROP),
                y(DROP + " union"), y(DROP));
        RunResult run = fixture.run(fixture.writeCampaign("hostile", campaign));

        assertThat(run.status()).as("error: %s", run.error()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.campaignName()).isEqualTo("Quotes ' \" ; -- " + DROP + " " + TOKYO);
        assertThat(activity(run, "drop-value").label()).isEqualTo(label);
        String id = quote(ID);
        String name = quote(NAME);
        String unicode = quote(UNICODE);
        String dotted = quote(DOTTED);
        SoftAssertions softly = new SoftAssertions();
        String dropValue = "SELECT " + id + " FROM " + T + " WHERE " + name + " = ?";
        softly.assertThat(fixture.assertOutputMatches(softly, run, "drop-value", "out", "weirdId", dropValue, DROP)).isNotEmpty();
        softly.assertThat(fixture.assertOutputMatches(softly, run, "long-value", "out", "weirdId", dropValue, LONG)).isNotEmpty();
        fixture.assertOutputMatches(softly, run, "long-miss", "out", "weirdId", dropValue, LONG + "x");
        softly.assertThat(fixture.assertOutputMatches(softly, run, "unicode-contains", "out", "weirdId", "SELECT " + id + " FROM " + T + " WHERE strpos(" + unicode + ", ?) > 0", TOKYO)).isNotEmpty();
        fixture.assertOutputMatches(softly, run, "in-list", "out", "weirdId", "SELECT " + id + " FROM " + T + " WHERE " + name + " = ? OR " + name + " = ?", "O'Brien", "\"double\" \\ back");
        fixture.assertOutputMatches(softly, run, "starts-quote", "out", "weirdId", "SELECT " + id + " FROM " + T + " WHERE left(" + name + ", 1) = ''''");
        fixture.assertOutputMatches(softly, run, "not-contains-quote", "out", "weirdId", "SELECT " + id + " FROM " + T + " WHERE strpos(" + name + ", '''') = 0");
        fixture.assertOutputMatches(softly, run, "dotted-like", "out", "weirdId", "SELECT " + id + " FROM " + T + " WHERE strpos(" + dotted + ", ';') > 0");
        fixture.assertOutputMatches(softly, run, "dotted-literal", "out", "weirdId", "SELECT " + id + " FROM " + T + " WHERE " + dotted + " = 'x%y_z'");
        fixture.assertOutputMatches(softly, run, "owner-country", "out", "weirdId",
                "SELECT w." + id + " FROM " + T + " w JOIN crm.recipients r ON r.recipient_id = w." + quote(OWNER) + " WHERE r.country = 'FR'");
        fixture.assertOutputMatches(softly, run, "kind-enum", "out", "weirdId", "SELECT " + id + " FROM " + T + " WHERE " + quote(KIND) + " IN ('it''s', 'c; --')");
        fixture.assertOutputMatches(softly, run, "price", "out", "weirdId", "SELECT " + id + " FROM " + T + " WHERE " + quote(PRICE) + " > 100.5");
        fixture.assertOutputMatches(softly, run, "recent", "out", "weirdId",
                "SELECT " + id + " FROM " + T + " WHERE " + quote(AT) + " BETWEEN TIMESTAMP '2026-06-08 09:30:00' AND TIMESTAMP '2026-06-15 09:30:00'");
        fixture.assertOutputMatches(softly, run, "empty-name", "out", "weirdId", "SELECT " + id + " FROM " + T + " WHERE coalesce(" + name + ", '') = ''");
        fixture.assertOutputMatches(softly, run, "except-group", "out", "weirdId",
                "SELECT " + id + " FROM " + T + " WHERE length(" + name + ") > 0 AND NOT coalesce(strpos(" + unicode + ", 'ü') > 0, false)");
        fixture.assertOutputMatches(softly, run, "owners", "out", "recipientId",
                "SELECT DISTINCT " + quote(OWNER) + " FROM " + T + " WHERE " + quote(KIND) + " = 'a \"b\"'");
        softly.assertThat(fixture.assertOutputMatches(softly, run, "obrien", "out", "recipientId", "SELECT recipient_id FROM crm.recipients WHERE last_name = ?", "O'Brien")).hasSizeGreaterThanOrEqualTo(60);
        fixture.assertOutputMatches(softly, run, "drop-city", "out", "recipientId", "SELECT recipient_id FROM crm.recipients WHERE city = ?", DROP);
        // Reconciliation partitions and matches on the hostile columns.
        fixture.assertOutputMatches(softly, run, "one-per-name", "out", "weirdId", """
                WITH candidates AS (
                    SELECT %1$s AS id, %2$s AS name, CASE WHEN %2$s IN ('O''Brien', '"double" \\ back') THEN 0 ELSE 1 END AS input
                    FROM %3$s WHERE %2$s IN ('O''Brien', '"double" \\ back') OR left(%2$s, 1) = '''')
                SELECT arg_min(id, input * 100000 + id) FROM candidates GROUP BY name""".formatted(id, name, T));
        String recentDotted = "SELECT " + id + " FROM " + T + " WHERE " + quote(AT) + " >= TIMESTAMP '2026-06-08 09:30:00' AND " + quote(AT) + " <= TIMESTAMP '2026-06-15 09:30:00'"
                + " AND " + dotted + " IN (SELECT " + dotted + " FROM " + T + " WHERE strpos(" + dotted + ", ';') > 0)";
        softly.assertThat(fixture.assertOutputMatches(softly, run, "recent-dotted", "out", "weirdId", recentDotted)).isNotEmpty();
        fixture.assertOutputMatches(softly, run, "recent-dotted", "complement", "weirdId", "SELECT " + id + " FROM " + T + " WHERE strpos(" + dotted + ", ';') > 0 OR "
                + quote(AT) + " BETWEEN TIMESTAMP '2026-06-08 09:30:00' AND TIMESTAMP '2026-06-15 09:30:00' EXCEPT " + recentDotted);
        String priceNotTokyo = "SELECT " + id + " FROM " + T + " WHERE " + quote(PRICE) + " > 100.5 AND (" + unicode + " IS NULL OR strpos(" + unicode + ", ?) = 0)";
        softly.assertThat(fixture.assertOutputMatches(softly, run, "price-not-tokyo", "out", "weirdId", priceNotTokyo, TOKYO)).isNotEmpty();
        fixture.assertOutputMatches(softly, run, "price-not-tokyo", "complement", "weirdId", "SELECT " + id + " FROM " + T + " WHERE " + quote(PRICE) + " > 100.5 AND strpos(" + unicode + ", ?) > 0", TOKYO);
        softly.assertThat(run.activities()).allSatisfy(result -> assertThat(result.status()).as(result.id()).isEqualTo(ActivityStatus.SUCCEEDED));
        softly.assertAll();

        // Nothing was dropped or changed.
        assertThat(fixture.tableExists("crm", "recipients")).isTrue();
        assertThat(fixture.count("SELECT count(*) FROM crm.recipients")).isEqualTo(DemoWorkspaceFixture.RECIPIENTS);
        assertThat(fixture.count("SELECT count(*) FROM " + T)).isEqualTo(200);
        // The run log keeps names and labels as they were written.
        RunResult logged = fixture.runLog(run.runId());
        assertThat(logged.campaignName()).isEqualTo(run.campaignName());
        assertThat(activity(logged, "drop-value").label()).isEqualTo(label);
        assertThat(activity(logged, "long-value").label()).hasSize(500);
        assertThat(output(logged, "long-value", "out").sql()).contains("= cast(? as varchar)");

        // Preview reads the hostile columns and returns the 10,000-character value whole.
        Preview preview = fixture.preview(run.runId(), "long-value", "out", 3);
        assertThat(preview.columns()).extracting(Preview.PreviewColumn::name).containsExactly("weirdId", "name", "unicode", "dotted", "ownerId", "price", "at", "kind");
        List<Long> longKeys = fixture.keys(dropValue, LONG);
        assertThat(preview.rows()).extracting(row -> Long.parseLong(row.getFirst())).containsExactlyElementsOf(longKeys.subList(0, 3));
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.get(1)).isEqualTo(LONG));
        assertThat(fixture.tableExists("crm", "recipients")).isTrue();
    }

    @Test
    void aLabelOfTenThousandCharactersIsRefusedWithADiagnosticNotRun() {
        Path file = fixture.writeCampaign("too-long", """
                formatVersion: 1
                id: too-long
                activities:
                  - {id: a, type: build-audience, label: %s, dimension: recipients}
                """.formatted(y(DROP + "x".repeat(10_000))));
        ValidationReport report = fixture.service().validate(directory, file.toString());
        assertThat(report.valid()).isFalse();
        assertThat(report.diagnostics()).extracting(d -> d.code().code() + " " + d.location()).containsExactly("BTN107 activities[0].label");
        assertThat(fixture.tableExists("crm", "recipients")).isTrue();
    }
}
