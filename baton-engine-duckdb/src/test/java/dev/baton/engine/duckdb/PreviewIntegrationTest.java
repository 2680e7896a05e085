package dev.baton.engine.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.Preview;
import dev.baton.engine.Preview.PreviewColumn;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.RunStatus;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews of work tables: the key column, the dimension's attributes and the first rows in key order; and the refusals. */
final class PreviewIntegrationTest {
    @TempDir
    static Path directory;

    private static DemoWorkspaceFixture fixture;
    private static RunResult run;

    @BeforeAll
    static void prepare() {
        fixture = DemoWorkspaceFixture.create(directory);
        Path file = fixture.writeCampaign("preview", """
                formatVersion: 1
                id: preview
                name: Preview
                activities:
                  - {id: no-email, type: build-audience, label: No email, dimension: recipients, rule: {attribute: email, operator: is-empty}}
                  - {id: late, type: build-audience, label: Late ids, dimension: recipients, rule: {attribute: recipientId, operator: greater, value: 2990}}
                  - {id: without-late, type: combine, label: No email and not late, operation: exclusion, primary: no-email, complement: true}
                  - {id: big, type: build-audience, label: Big bookings, dimension: bookings, rule: {attribute: amount, operator: greater, value: 9000}}
                  - {id: nobody, type: build-audience, label: Nobody, dimension: recipients, rule: {attribute: recipientId, operator: less, value: 0}}
                  - {id: after-nobody, type: combine, label: After nobody, operation: union}
                  - id: save-big
                    type: save-audience
                    label: Save big bookings
                    audience: Preview big bookings
                    profileMapping: Recipients - CRMID
                    mappings: [{source: amount, field: amount}]
                transitions:
                  - {from: big, to: save-big}
                  - {from: no-email, to: without-late}
                  - {from: late, to: without-late}
                  - {from: nobody, to: after-nobody}
                  - {from: late, to: after-nobody}
                """);
        run = fixture.run(file);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void previewShowsTheKeyTheAttributesAndTheFirstRowsInKeyOrder() throws SQLException {
        Preview preview = fixture.preview(run.runId(), "no-email", "out", 5);

        assertThat(preview.runId()).isEqualTo(run.runId());
        assertThat(preview.dimension()).isEqualTo("recipients");
        assertThat(preview.workTable()).isEqualTo("baton_work.r" + run.runId() + "_no-email_out");
        assertThat(preview.totalRows()).isEqualTo(fixture.count("SELECT count(*) FROM crm.recipients WHERE email IS NULL OR email = ''")).isGreaterThan(5);
        assertThat(preview.columns()).containsExactly(
                new PreviewColumn("recipientId", "integer", true),
                new PreviewColumn("crmId", "string", false),
                new PreviewColumn("email", "string", false),
                new PreviewColumn("firstName", "string", false),
                new PreviewColumn("lastName", "string", false),
                new PreviewColumn("country", "string", false),
                new PreviewColumn("city", "string", false),
                new PreviewColumn("birthDate", "date", false),
                new PreviewColumn("loyaltyTier", "enum", false),
                new PreviewColumn("emailOptIn", "boolean", false),
                new PreviewColumn("smsOptIn", "boolean", false),
                new PreviewColumn("createdAt", "timestamp", false));
        List<List<Object>> expected = rows("""
                SELECT recipient_id, crm_id, email, first_name, last_name, country, city, CAST(birth_date AS VARCHAR), loyalty_tier,
                       CAST(email_opt_in AS VARCHAR), CAST(sms_opt_in AS VARCHAR), created_at
                FROM crm.recipients WHERE email IS NULL OR email = '' ORDER BY recipient_id LIMIT 5""");
        assertThat(preview.rows()).hasSize(5);
        for (int r = 0; r < 5; r++) {
            List<String> row = preview.rows().get(r);
            List<Object> hand = expected.get(r);
            assertThat(row).hasSize(12);
            assertThat(Long.parseLong(row.get(0))).isEqualTo(((Number) hand.get(0)).longValue());
            for (int c = 1; c < 11; c++) {
                assertThat(row.get(c)).as("row %d column %s", r, preview.columns().get(c).name()).isEqualTo(hand.get(c));
            }
            assertThat(LocalDateTime.parse(row.get(11))).isEqualTo(hand.get(11));
            assertThat(row.get(2)).as("no email").isNull();
        }
    }

    @Test
    void previewOfBookingsAndOfAComplement() {
        Preview bookings = fixture.preview(run.runId(), "big", "out", 3);
        assertThat(bookings.columns().getFirst()).isEqualTo(new PreviewColumn("bookingId", "integer", true));
        assertThat(bookings.columns()).extracting(PreviewColumn::name).contains("amount", "travelDate", "salesChannel").doesNotHaveDuplicates();
        // The Save audience reading "big" makes its work table carry the attributes it stores and links through: shown once, from the work table.
        assertThat(bookings.columns()).contains(new PreviewColumn("amount", "decimal", true), new PreviewColumn("recipientId", "integer", true),
                new PreviewColumn("travelDate", "date", false));
        List<Long> firstBookings = fixture.keys("SELECT booking_id FROM crm.bookings WHERE amount > 9000 ORDER BY booking_id LIMIT 3");
        assertThat(bookings.rows()).extracting(row -> Long.parseLong(row.getFirst())).containsExactlyElementsOf(firstBookings);
        int amount = bookings.columns().stream().map(PreviewColumn::name).toList().indexOf("amount");
        assertThat(bookings.rows()).extracting(row -> (Object) row.get(amount))
                .containsExactlyElementsOf(fixture.column("SELECT CAST(amount AS VARCHAR) FROM crm.bookings WHERE amount > 9000 ORDER BY booking_id LIMIT 3"));

        Preview complement = fixture.preview(run.runId(), "without-late", "complement", 100);
        List<Long> removed = fixture.keys("SELECT recipient_id FROM crm.recipients WHERE (email IS NULL OR email = '') AND recipient_id > 2990");
        assertThat(complement.totalRows()).isEqualTo(removed.size());
        assertThat(complement.rows()).extracting(row -> Long.parseLong(row.getFirst())).containsExactlyElementsOf(removed);
    }

    @Test
    void aLimitAboveTheRowCountReturnsEveryRow() {
        Preview preview = fixture.preview(run.runId(), "late", "out", 10_000);
        assertThat(preview.rows()).extracting(row -> Long.parseLong(row.getFirst())).containsExactlyElementsOf(fixture.keys("SELECT recipient_id FROM crm.recipients WHERE recipient_id > 2990"));
    }

    @Test
    void badArgumentsAreRefusedWithAClearMessage() {
        assertRefused(() -> fixture.preview(987_654, "no-email", "out", 5), ErrorCode.NOT_FOUND, "no run 987654");
        assertRefused(() -> fixture.preview(run.runId(), "nope", "out", 5), ErrorCode.NOT_FOUND, "has no activity 'nope'", "no-email", "without-late");
        assertRefused(() -> fixture.preview(run.runId(), "'; DROP TABLE crm.recipients; --", "out", 5), ErrorCode.NOT_FOUND, "has no activity");
        assertRefused(() -> fixture.preview(run.runId(), "no-email", "complement", 5), ErrorCode.NOT_FOUND, "has no output 'complement'", "outputs: out");
        assertRefused(() -> fixture.preview(run.runId(), "without-late", "nope", 5), ErrorCode.NOT_FOUND, "has no output 'nope'", "out, complement");
        for (int limit : new int[] {0, -1, 10_001, Integer.MIN_VALUE}) {
            assertRefused(() -> fixture.preview(run.runId(), "no-email", "out", limit), ErrorCode.INVALID_ARGUMENT, "--limit must be between 1 and 10000", "not " + limit);
        }
        assertRefused(() -> fixture.preview(run.runId(), "after-nobody", "out", 5), ErrorCode.NOT_FOUND, "did not run", "skipped", "nobody");
        assertThat(fixture.tableExists("crm", "recipients")).isTrue();
    }

    @Test
    void onlyTheLastRunsOfACampaignKeepTheirWorkTables() {
        Path file = fixture.writeCampaign("retention", """
                formatVersion: 1
                id: retention
                name: Retention
                activities:
                  - {id: gold, type: build-audience, label: Gold, dimension: recipients, rule: {attribute: loyaltyTier, operator: equal, value: gold}}
                """);
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(fixture.testRun(file.toString(), Optional.of(DemoWorkspaceFixture.NOW)));
        }
        String oldest = DemoWorkspaceFixture.output(runs.getFirst(), "gold", "out").workTable();
        assertThat(fixture.tableExists("baton_work", oldest.substring(oldest.indexOf('.') + 1))).isFalse();
        assertRefused(() -> fixture.preview(runs.getFirst().runId(), "gold", "out", 5), ErrorCode.NOT_FOUND, "were dropped", "Run the campaign again");
        Preview latest = fixture.preview(runs.getLast().runId(), "gold", "out", 5);
        assertThat(latest.rows()).extracting(row -> Long.parseLong(row.getFirst()))
                .containsExactlyElementsOf(fixture.keys("SELECT recipient_id FROM crm.recipients WHERE loyalty_tier = 'gold' ORDER BY recipient_id LIMIT 5"));
    }

    private static void assertRefused(Runnable call, ErrorCode code, String... fragments) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(fragments).doesNotContain("\n");
        });
    }

    private static List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = fixture.connection().prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(c == columns ? result.getObject(c, LocalDateTime.class) : result.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
