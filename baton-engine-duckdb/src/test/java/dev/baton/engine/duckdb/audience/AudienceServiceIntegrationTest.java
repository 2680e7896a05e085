package dev.baton.engine.duckdb.audience;

import static dev.baton.engine.duckdb.audience.AudienceWorkspace.CLOCK;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.bookings;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.bookingsOf;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.count;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.recipients;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.recipientsOf;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.audience.AudienceContent;
import dev.baton.engine.audience.AudienceContent.ContentColumn;
import dev.baton.engine.audience.AudienceDiff;
import dev.baton.engine.audience.AudienceRegistry;
import dev.baton.engine.audience.AudienceService;
import dev.baton.engine.audience.AudienceVersion;
import dev.baton.engine.audience.SavedAudience;
import dev.baton.engine.spi.Engine;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AudienceService} on a real DuckDB demo workspace: content pages, exports read back by DuckDB itself, and
 * differences between versions, each compared with hand-written SQL over {@code crm.*}.
 *
 * <p>Audiences: "Bookers" (one row per booking of a French recipient, v1; then of a Spanish one, v2: several rows
 * per profile, decimal and date fields), "Europe" (recipients of FR+DE, v1; of DE+ES, v2; of ES, v3) and "Single"
 * (one version).
 */
final class AudienceServiceIntegrationTest {
    @TempDir
    static Path directory;

    @TempDir
    static Path exports;

    private static AudienceWorkspace workspace;
    private static final AudienceService SERVICE = new AudienceService(CLOCK);

    private static final String BOOKERS_ES = "SELECT r.crm_id, b.booking_id, b.amount, b.booking_date, r.city FROM crm.bookings b"
            + " JOIN crm.recipients r USING (recipient_id) WHERE r.country = 'ES' AND r.crm_id IS NOT NULL ORDER BY r.crm_id, b.booking_id";
    private static final String BOOKERS_FR = BOOKERS_ES.replace("'ES'", "'FR'");

    @BeforeAll
    static void saveAudiences() {
        workspace = AudienceWorkspace.create(directory);
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.save(bookings("Bookers", "camp-bookers"), bookingsOf("FR"), 4, 1);
            registry.save(bookings("Bookers", "camp-bookers"), bookingsOf("ES"), 6, 2);
            registry.save(recipients("Europe", "camp-europe"), recipientsOf("FR", "DE"), 0, 3);
            registry.save(recipients("Europe", "camp-europe"), recipientsOf("DE", "ES"), 0, 4);
            registry.save(recipients("Europe", "camp-europe"), recipientsOf("ES"), 0, 5);
            registry.save(recipients("Single", "camp-single"), recipientsOf("PT"), 0, 6);
            registry.recordRead("Europe", "camp-reader", 7);
        }
    }

    // ---- list and show

    @Test
    void listAndShowDescribeTheSavedAudiences() {
        List<SavedAudience> audiences = SERVICE.list(directory);

        assertThat(audiences).extracting(SavedAudience::label).containsExactly("Bookers", "Europe", "Single");
        SavedAudience europe = SERVICE.show(directory, "  EUROPE ");
        assertThat(europe.campaignId()).isEqualTo("camp-europe");
        assertThat(europe.current().orElseThrow().version()).isEqualTo(3);
        assertThat(europe.versions()).extracting(AudienceVersion::version).containsExactly(3, 2, 1);
        assertThat(europe.readBy()).containsExactly("camp-reader");
        SavedAudience bookers = SERVICE.show(directory, "bookers");
        assertThat(bookers.current().orElseThrow().skippedEmptyIdentity()).isEqualTo(6);
        assertThat(bookers.entity()).isEqualTo("bookings");
    }

    // ---- content

    @Test
    void contentPagesFollowIdentityThenSourceKeyOrder() {
        AudienceContent first = SERVICE.content(directory, "Bookers", Optional.empty(), 0, 7);
        AudienceContent second = SERVICE.content(directory, "Bookers", Optional.empty(), 7, 7);

        try (Engine engine = workspace.open()) {
            List<List<String>> expected = texts(rows(engine.connection(), BOOKERS_ES));
            assertThat(first.totalRows()).isEqualTo(expected.size());
            assertThat(first.version()).isEqualTo(2);
            assertThat(first.offset()).isZero();
            assertThat(first.rows()).isEqualTo(expected.subList(0, 7));
            assertThat(second.offset()).isEqualTo(7);
            assertThat(second.rows()).isEqualTo(expected.subList(7, 14));
        }
        assertThat(first.columns()).containsExactly(new ContentColumn("crmId", "string", "identity"), new ContentColumn("bookings_bookingId", "integer", "source-key"),
                new ContentColumn("amount", "decimal", "mapped"), new ContentColumn("bookingDate", "date", "mapped"), new ContentColumn("city", "string", "mapped"));
    }

    @Test
    void contentOfAnOlderVersionAndPastTheEnd() {
        AudienceContent old = SERVICE.content(directory, "Bookers", Optional.of(1), 0, 10_000);
        AudienceContent beyond = SERVICE.content(directory, "Bookers", Optional.of(1), old.totalRows(), 5);

        try (Engine engine = workspace.open()) {
            assertThat(old.rows()).isEqualTo(texts(rows(engine.connection(), BOOKERS_FR)));
        }
        assertThat(old.version()).isEqualTo(1);
        assertThat(beyond.rows()).isEmpty();
        assertThatThrownBy(() -> SERVICE.content(directory, "Bookers", Optional.of(9), 0, 5))
                .isInstanceOfSatisfying(BatonException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("audience 'Bookers' has no version 9; kept versions: 2, 1");
        assertThatThrownBy(() -> SERVICE.content(directory, "Bookers", Optional.empty(), 0, 0)).hasMessage("--limit must be between 1 and 10000, not 0");
        assertThatThrownBy(() -> SERVICE.content(directory, "Bookers", Optional.empty(), -1, 5)).hasMessage("--offset must be 0 or more, not -1");
    }

    @Test
    void anUnknownLabelIsReportedWithTheKnownOnes() {
        assertThatThrownBy(() -> SERVICE.show(directory, "Nope"))
                .isInstanceOfSatisfying(BatonException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("no audience 'Nope'; audiences: 'Bookers', 'Europe', 'Single'");
        assertThatThrownBy(() -> SERVICE.content(directory, "Nope", Optional.empty(), 0, 5)).hasMessageStartingWith("no audience 'Nope'");
    }

    @Test
    void aLongListOfKnownLabelsIsCut(@TempDir Path other) {
        AudienceWorkspace many = AudienceWorkspace.create(other);
        try (Engine engine = many.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            for (int i = 1; i <= 12; i++) {
                registry.save(recipients(String.format("Audience %02d", i), "camp-" + i), recipientsOf("PT"), 0, i);
            }
            registry.claim("camp-claimer", Map.of("Claimed only", "save-x"));
        }

        assertThatThrownBy(() -> SERVICE.show(other, "Nope")).hasMessage("no audience 'Nope'; audiences: 'Audience 01', 'Audience 02', 'Audience 03', "
                + "'Audience 04', 'Audience 05', 'Audience 06', 'Audience 07', 'Audience 08', 'Audience 09', 'Audience 10' and 2 more (see 'baton audiences list')");
        assertThatThrownBy(() -> SERVICE.show(other, "claimed ONLY")).hasMessage("audience 'claimed ONLY' has not been saved yet; its label is claimed by a"
                + " draft of campaign 'camp-claimer' (activity 'save-x'), whose published runs save it");
    }

    // ---- export

    @Test
    void csvExportReadsBackAsTheSameRowsInTheSameOrder() throws IOException {
        Path file = exports.resolve("bookers.csv");

        long written = SERVICE.export(directory, "Bookers", Optional.empty(), "csv", file);

        try (Engine engine = workspace.open()) {
            List<List<Object>> expected = rows(engine.connection(), BOOKERS_ES);
            assertThat(written).isEqualTo(expected.size());
            List<List<Object>> readBack = rows(engine.connection(), "SELECT \"crmId\", \"bookings_bookingId\", CAST(amount AS DECIMAL(12, 2)), \"bookingDate\", city"
                    + " FROM read_csv('" + file + "', header = true, columns = {'crmId': 'VARCHAR', 'bookings_bookingId': 'BIGINT',"
                    + " 'amount': 'DECIMAL(12, 2)', 'bookingDate': 'DATE', 'city': 'VARCHAR'})");
            assertThat(texts(readBack)).isEqualTo(texts(expected));
        }
        assertThat(Files.readAllLines(file).getFirst()).isEqualTo("crmId,bookings_bookingId,amount,bookingDate,city");
        assertThat(Files.list(exports).map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".partial"))).isEmpty();
    }

    @Test
    void parquetExportKeepsTypesAndRowsOfTheChosenVersion() {
        Path file = exports.resolve("bookers-v1.parquet");

        long written = SERVICE.export(directory, "bookers", Optional.of(1), "PARQUET", file);

        try (Engine engine = workspace.open()) {
            List<List<Object>> expected = rows(engine.connection(), BOOKERS_FR);
            assertThat(written).isEqualTo(expected.size());
            List<List<Object>> readBack = rows(engine.connection(), "SELECT * FROM read_parquet('" + file + "')");
            assertThat(readBack).isEqualTo(expected);
            assertThat(readBack.getFirst().get(2)).isInstanceOf(BigDecimal.class);
            assertThat(readBack.getFirst().get(3)).isInstanceOfAny(LocalDate.class, java.sql.Date.class);
            assertThat(rows(engine.connection(), "SELECT name FROM parquet_schema('" + file + "') WHERE name <> 'duckdb_schema' ORDER BY ALL"))
                    .extracting(List::getFirst).containsExactlyInAnyOrder("crmId", "bookings_bookingId", "amount", "bookingDate", "city");
        }
    }

    @Test
    void exportReplacesAnExistingFileAndRefusesBadRequests() throws IOException {
        Path file = exports.resolve("europe.csv");
        Files.writeString(file, "old content\n");

        long written = SERVICE.export(directory, "Europe", Optional.empty(), "csv", file);

        try (Engine engine = workspace.open()) {
            assertThat(written).isEqualTo(count(engine.connection(), "SELECT count(*) FROM crm.recipients WHERE country = 'ES' AND crm_id IS NOT NULL"));
        }
        assertThat(Files.readAllLines(file)).hasSize((int) written + 1).first().isEqualTo("crmId,recipients_recipientId");
        assertThatThrownBy(() -> SERVICE.export(directory, "Europe", Optional.empty(), "xlsx", exports.resolve("x.xlsx")))
                .isInstanceOfSatisfying(BatonException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessage("--format must be one of csv, parquet, not 'xlsx'");
        Path missingFolder = exports.resolve("missing").resolve("x.csv");
        assertThatThrownBy(() -> SERVICE.export(directory, "Europe", Optional.empty(), "csv", missingFolder))
                .hasMessage("cannot export to " + missingFolder + ": the folder " + missingFolder.getParent() + " does not exist");
        assertThatThrownBy(() -> SERVICE.export(directory, "Nope", Optional.empty(), "csv", exports.resolve("nope.csv"))).hasMessageStartingWith("no audience 'Nope'");
        assertThat(exports.resolve("nope.csv")).doesNotExist();
        assertThat(exports.resolve(".nope.csv.partial")).doesNotExist();
    }

    // ---- diff

    @Test
    void diffCountsProfilesThatEnteredLeftAndStayed() {
        AudienceDiff latest = SERVICE.diff(directory, "Europe", Optional.empty(), Optional.empty());
        AudienceDiff chosen = SERVICE.diff(directory, "Europe", Optional.of(1), Optional.of(2));
        AudienceDiff wide = SERVICE.diff(directory, "Europe", Optional.of(1), Optional.empty());

        try (Engine engine = workspace.open()) {
            var c = engine.connection();
            long fr = count(c, "SELECT count(DISTINCT crm_id) FROM crm.recipients WHERE country = 'FR'");
            long de = count(c, "SELECT count(DISTINCT crm_id) FROM crm.recipients WHERE country = 'DE'");
            long es = count(c, "SELECT count(DISTINCT crm_id) FROM crm.recipients WHERE country = 'ES'");
            // v2 = DE+ES, v3 = ES: nobody entered, DE left, ES stayed.
            assertThat(latest).isEqualTo(new AudienceDiff("Europe", 2, 3, de + es, es, 0, de, es));
            // v1 = FR+DE, v2 = DE+ES.
            assertThat(chosen).isEqualTo(new AudienceDiff("Europe", 1, 2, fr + de, de + es, es, fr, de));
            assertThat(wide).isEqualTo(new AudienceDiff("Europe", 1, 3, fr + de, es, es, fr + de, 0));
        }
    }

    @Test
    void diffOfProfilesCountsEachProfileOnceWhateverItsRows() {
        AudienceDiff diff = SERVICE.diff(directory, "Bookers", Optional.empty(), Optional.empty());

        try (Engine engine = workspace.open()) {
            var c = engine.connection();
            String bookersOf = "SELECT DISTINCT r.crm_id FROM crm.bookings b JOIN crm.recipients r USING (recipient_id) WHERE r.crm_id IS NOT NULL AND r.country = ";
            long fr = count(c, "SELECT count(*) FROM (" + bookersOf + "'FR')");
            long es = count(c, "SELECT count(*) FROM (" + bookersOf + "'ES')");
            assertThat(diff).isEqualTo(new AudienceDiff("Bookers", 1, 2, fr, es, es, fr, 0));
        }
    }

    @Test
    void diffNeedsTwoKeptVersions() {
        assertThatThrownBy(() -> SERVICE.diff(directory, "Single", Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(BatonException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessage("audience 'Single' has no kept version before version 1 to compare with; kept versions: 1");
        assertThatThrownBy(() -> SERVICE.diff(directory, "Europe", Optional.of(7), Optional.empty()))
                .hasMessage("audience 'Europe' has no version 7; kept versions: 3, 2, 1");
        assertThat(SERVICE.diff(directory, "Single", Optional.of(1), Optional.of(1)).stayed()).isPositive();
    }

    @Test
    void aDroppedVersionSaysSo(@TempDir Path other) {
        AudienceWorkspace retained = AudienceWorkspace.create(other);
        try (Engine engine = retained.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            for (int i = 1; i <= 6; i++) {
                registry.save(recipients("Often", "camp-often"), recipientsOf("PT"), 0, i);
            }
        }

        assertThatThrownBy(() -> SERVICE.content(other, "Often", Optional.of(1), 0, 5)).hasMessage(
                "the content of version 1 of audience 'Often' was dropped (only the last 5 versions are kept); kept versions: 6, 5, 4, 3, 2");
    }

    /** Values as the service shows them: ISO dates, plain decimals. */
    private static List<List<String>> texts(List<List<Object>> rows) {
        List<List<String>> texts = new ArrayList<>();
        for (List<Object> row : rows) {
            List<String> text = new ArrayList<>();
            for (Object value : row) {
                text.add(value == null ? null : value instanceof BigDecimal decimal ? decimal.toPlainString()
                        : value instanceof java.sql.Date date ? date.toLocalDate().toString() : value.toString());
            }
            texts.add(text);
        }
        return texts;
    }
}
