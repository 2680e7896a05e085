package dev.baton.engine.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.audience.AudienceRegistry;
import dev.baton.engine.audience.AudienceService;
import dev.baton.engine.audience.SavedAudience;
import dev.baton.engine.lifecycle.LifecycleService;
import dev.baton.engine.run.ActivityStatus;
import dev.baton.engine.run.Metrics;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.workspace.Workspace;
import dev.baton.engine.workspace.WorkspaceDatabase;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.error.BatonException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed, rule by rule, end to end on DuckDB: campaigns applied and published, audiences saved, overwritten and
 * read back. Every expected content is a query written here against the customer tables.
 */
final class SaveAudienceAcceptanceTest {
    private static final String RECENT_BOOKERS = """
            formatVersion: 1
            id: recent-bookers
            activities:
              - id: recent
                type: build-audience
                dimension: Recipients - CRMID
                rule: {exists: bookings, where: {attribute: bookingDate, operator: in-last, value: 30 days}}
              - id: save
                type: save-audience
                audience: Recent purchasers
                profileMapping: Recipients - CRMID
                mappings: [{source: email, field: email}]
            transitions:
              - {from: recent, to: save}
            """;

    /** Recipients with a booking in the 30 days up to {@code day}, that have a CRM id (the audience's rows). */
    private static final String RECENT_BOOKERS_SQL = """
            SELECT r.recipient_id FROM crm.recipients r
            WHERE r.crm_id IS NOT NULL AND r.crm_id <> ''
              AND EXISTS (SELECT 1 FROM crm.bookings b WHERE b.recipient_id = r.recipient_id
                          AND b.booking_date BETWEEN CAST(? AS DATE) - INTERVAL 30 DAY AND CAST(? AS DATE))
            ORDER BY 1""";

    @TempDir
    Path directory;

    private DemoWorkspaceFixture fixture;
    private LifecycleService lifecycle;
    private AudienceService audiences;

    @BeforeEach
    void createWorkspace() {
        fixture = DemoWorkspaceFixture.create(directory);
        lifecycle = new LifecycleService(fixture.clock);
        audiences = new AudienceService(fixture.clock);
    }

    @Test
    void aTestRunChangesNoAudiencePublishingSaves() {
        Path file = fixture.writeCampaign("recent-bookers", RECENT_BOOKERS);
        fixture.release();
        lifecycle.apply(directory, file);

        RunResult test = fixture.testRun("recent-bookers", Optional.empty());
        List<Long> expected = fixture.keys(RECENT_BOOKERS_SQL, "2026-06-15", "2026-06-15");
        assertThat(DemoWorkspaceFixture.activity(test, "save").status()).isEqualTo(ActivityStatus.DRY_RUN);
        assertThat(DemoWorkspaceFixture.activity(test, "save").metrics()).containsEntry(Metrics.ROWS, (long) expected.size());
        assertThat(fixture.tableExists("baton_audiences", "a1_v1")).isFalse();
        fixture.release();
        assertThat(audiences.list(directory)).isEmpty();

        RunResult live = fixture.service().publish(directory, "recent-bookers", Optional.empty());
        assertThat(DemoWorkspaceFixture.activity(live, "save").status()).isEqualTo(ActivityStatus.SUCCEEDED);
        SavedAudience saved = audiences.show(directory, "recent purchasers");
        assertThat(saved.current().orElseThrow().version()).isEqualTo(1);
        assertThat(saved.current().orElseThrow().rows()).isEqualTo(expected.size());
        assertThat(audienceKeys(saved)).isEqualTo(expected);
    }

    @Test
    void anotherCampaignCannotUseAnOwnedLabelAtApplyOrPublish() {
        fixture.release();
        lifecycle.apply(directory, fixture.writeCampaign("recent-bookers", RECENT_BOOKERS));
        fixture.service().publish(directory, "recent-bookers", Optional.empty());
        Path thief = fixture.writeCampaign("thief", RECENT_BOOKERS.replace("id: recent-bookers", "id: thief").replace("Recent purchasers", "  RECENT purchasers "));
        fixture.release();

        assertThatThrownBy(() -> lifecycle.apply(directory, thief))
                .isInstanceOf(BatonException.class)
                .hasMessageContaining("owned by campaign 'recent-bookers'")
                .satisfies(error -> assertThat(((BatonException) error).diagnostics()).extracting(problem -> problem.code())
                        .contains(DiagnosticCode.AUDIENCE_LABEL_TAKEN));
        assertThat(lifecycle.list(directory)).extracting(summary -> summary.id()).containsExactly("recent-bookers");
    }

    @Test
    void publishingRefusesALabelClaimedMeanwhileByAnotherCampaign() {
        fixture.release();
        lifecycle.apply(directory, fixture.writeCampaign("recent-bookers", RECENT_BOOKERS));
        // Another process claims the label between this campaign's apply and its publish.
        fixture.release();
        try (var engine = WorkspaceDatabase.open(Workspace.open(directory), fixture.clock)) {
            var registry = new AudienceRegistry(engine, fixture.clock);
            registry.releaseUnpublished("recent-bookers");
            registry.claim("rival", java.util.Map.of("Recent Purchasers", "save"));
        }

        assertThatThrownBy(() -> fixture.service().publish(directory, "recent-bookers", Optional.empty()))
                .isInstanceOf(BatonException.class)
                .hasMessageContaining("owned by campaign 'rival'");
        fixture.release();
        assertThat(audiences.list(directory)).isEmpty();
        assertThat(lifecycle.show(directory, "recent-bookers").status().name()).isEqualTo("DRAFT");
    }

    @Test
    void rerunningTheOwnerOverwritesWithTheNewPopulation() {
        fixture.release();
        lifecycle.apply(directory, fixture.writeCampaign("recent-bookers", RECENT_BOOKERS));
        fixture.service().publish(directory, "recent-bookers", Optional.of(Instant.parse("2026-03-01T00:00:00Z")));
        List<Long> march = fixture.keys(RECENT_BOOKERS_SQL, "2026-03-01", "2026-03-01");
        fixture.release();
        assertThat(audienceKeys(audiences.show(directory, "Recent purchasers"))).isEqualTo(march);

        RunResult again = fixture.service().liveRun(directory, "recent-bookers", Optional.of(Instant.parse("2026-06-15T00:00:00Z")));
        List<Long> june = fixture.keys(RECENT_BOOKERS_SQL, "2026-06-15", "2026-06-15");
        fixture.release();
        SavedAudience saved = audiences.show(directory, "Recent purchasers");
        assertThat(DemoWorkspaceFixture.activity(again, "save").metrics()).containsEntry(Metrics.VERSION, 2L);
        assertThat(saved.current().orElseThrow().version()).isEqualTo(2);
        assertThat(june).isNotEqualTo(march);
        assertThat(audienceKeys(saved)).as("never appends: exactly the new population").isEqualTo(june);
    }

    @Test
    void aBookingLevelPopulationStoresOneRowPerBookingAndCountsProfiles() {
        fixture.execute("UPDATE crm.recipients SET crm_id = NULL WHERE recipient_id % 50 = 0");
        Path file = fixture.writeCampaign("recent-bookings", """
                formatVersion: 1
                id: recent-bookings
                activities:
                  - {id: bookings, type: build-audience, dimension: bookings, rule: {attribute: bookingDate, operator: in-last, value: 30 days}}
                  - id: save
                    type: save-audience
                    audience: Recent bookings
                    profileMapping: Recipients - CRMID
                    mappings: [{source: amount, field: amount}, {source: trip.destination.name, field: destination}]
                transitions:
                  - {from: bookings, to: save}
                """);
        String window = " FROM crm.bookings b JOIN crm.recipients r ON r.recipient_id = b.recipient_id"
                + " WHERE b.booking_date BETWEEN DATE '2026-05-16' AND DATE '2026-06-15'";
        long rows = fixture.count("SELECT count(*)" + window + " AND r.crm_id IS NOT NULL");
        long profiles = fixture.count("SELECT count(DISTINCT r.crm_id)" + window);
        long skipped = fixture.count("SELECT count(*)" + window + " AND r.crm_id IS NULL");
        List<Long> bookings = fixture.keys("SELECT b.booking_id" + window + " AND r.crm_id IS NOT NULL ORDER BY 1");
        fixture.release();
        lifecycle.apply(directory, file);

        RunResult live = fixture.service().publish(directory, "recent-bookings", Optional.empty());
        assertThat(DemoWorkspaceFixture.activity(live, "save").metrics())
                .containsEntry(Metrics.ROWS, rows).containsEntry(Metrics.PROFILES, profiles).containsEntry(Metrics.SKIPPED_EMPTY_IDENTITY, skipped);
        assertThat(rows).isGreaterThan(profiles);
        assertThat(skipped).isPositive();
        SavedAudience saved = audiences.show(directory, "Recent bookings");
        assertThat(saved.current().orElseThrow().distinctProfiles()).isEqualTo(profiles);
        String table = saved.current().orElseThrow().table();
        assertThat(fixture.keys("SELECT \"bookings_bookingId\" FROM " + DemoWorkspaceFixture.quotedTable(table) + " ORDER BY 1")).isEqualTo(bookings);
        assertThat(fixture.count("SELECT count(*) FROM " + DemoWorkspaceFixture.quotedTable(table) + " a JOIN crm.bookings b ON b.booking_id = a.\"bookings_bookingId\""
                + " JOIN crm.recipients r ON r.recipient_id = b.recipient_id JOIN crm.trips t ON t.trip_id = b.trip_id"
                + " JOIN crm.destinations d ON d.destination_id = t.destination_id"
                + " WHERE a.\"crmId\" <> r.crm_id OR a.amount <> b.amount OR a.destination IS DISTINCT FROM d.name")).isZero();
        // The bookings population carried what the save reads (fixed-width: the links' keys and the amount), so saving joined no bookings.
        assertThat(fixture.workTableColumns(DemoWorkspaceFixture.output(live, "bookings", "out"))).containsExactly("bookingId", "recipientId", "tripId", "amount");

        // Reading it back: each recipient once, with the stored amount of its saved booking with the lowest id.
        Path reader = fixture.writeCampaign("booking-reader", """
                formatVersion: 1
                id: booking-reader
                activities:
                  - {id: read, type: read-audience, audience: Recent bookings, dimension: Recipients - CRMID, fields: [amount]}
                """);
        fixture.release();
        lifecycle.apply(directory, reader);
        RunResult read = fixture.testRun("booking-reader", Optional.empty());
        String workTable = DemoWorkspaceFixture.quotedTable(DemoWorkspaceFixture.output(read, "read", "out").workTable());
        String firstBookings = "SELECT r.recipient_id, arg_min(b.amount, b.booking_id) AS amount" + window + " AND r.crm_id IS NOT NULL GROUP BY r.recipient_id";
        assertThat(fixture.keys("SELECT \"recipientId\" FROM " + workTable + " ORDER BY 1"))
                .isEqualTo(fixture.keys("SELECT recipient_id FROM (" + firstBookings + ") ORDER BY 1"));
        assertThat(fixture.count("SELECT count(*) FROM " + workTable + " w JOIN (" + firstBookings + ") f ON f.recipient_id = w.\"recipientId\""
                + " WHERE w.amount IS DISTINCT FROM f.amount")).isZero();
        assertThat(DemoWorkspaceFixture.activity(read, "read").metrics()).containsEntry(Metrics.MEMBERS, profiles).containsEntry(Metrics.UNMATCHED, 0L);

        // Profiles that leave the CRM count once each as unmatched, however many of their bookings the audience holds.
        String leaving = String.join(",", fixture.keys("SELECT r.recipient_id" + window + " AND r.crm_id IS NOT NULL GROUP BY r.recipient_id"
                + " HAVING count(*) > 1 ORDER BY 1 LIMIT 4").stream().map(String::valueOf).toList());
        long leavingProfiles = fixture.count("SELECT count(DISTINCT crm_id) FROM crm.recipients WHERE recipient_id IN (" + leaving + ")");
        assertThat(fixture.count("SELECT count(*)" + window + " AND r.recipient_id IN (" + leaving + ")")).isGreaterThan(leavingProfiles);
        fixture.execute("DELETE FROM crm.recipients WHERE recipient_id IN (" + leaving + ")");
        fixture.release();
        RunResult again = fixture.testRun("booking-reader", Optional.empty());
        assertThat(DemoWorkspaceFixture.activity(again, "read").metrics()).containsEntry(Metrics.MEMBERS, profiles)
                .containsEntry(Metrics.UNMATCHED, leavingProfiles);
        assertThat(leavingProfiles).isEqualTo(4);
    }

    @Test
    void readAudienceReturnsTheSavedMembersThatStillExistAndCountsTheOthers() {
        fixture.release();
        lifecycle.apply(directory, fixture.writeCampaign("recent-bookers", RECENT_BOOKERS));
        fixture.service().publish(directory, "recent-bookers", Optional.empty());
        List<Long> saved = fixture.keys(RECENT_BOOKERS_SQL, "2026-06-15", "2026-06-15");
        // Some members leave the CRM after the save: they must be counted as unmatched, not silently dropped.
        fixture.execute("DELETE FROM crm.recipients WHERE recipient_id IN (" + String.join(",", saved.subList(0, 7).stream().map(String::valueOf).toList()) + ")");
        Path reader = fixture.writeCampaign("reader", """
                formatVersion: 1
                id: reader
                activities:
                  - {id: read, type: read-audience, audience: Recent purchasers, dimension: Recipients - CRMID, fields: [email]}
                """);
        fixture.release();
        lifecycle.apply(directory, reader);

        RunResult run = fixture.testRun("reader", Optional.empty());
        List<Long> stillThere = fixture.keys("SELECT recipient_id FROM crm.recipients WHERE recipient_id IN ("
                + String.join(",", saved.stream().map(String::valueOf).toList()) + ") ORDER BY 1");
        String workTable = DemoWorkspaceFixture.quotedTable(DemoWorkspaceFixture.output(run, "read", "out").workTable());
        assertThat(DemoWorkspaceFixture.output(run, "read", "out").rows()).contains((long) stillThere.size());
        assertThat(fixture.keys("SELECT \"recipientId\" FROM " + workTable + " ORDER BY 1")).isEqualTo(stillThere);
        assertThat(fixture.count("SELECT count(*) FROM " + workTable + " w JOIN crm.recipients r ON r.recipient_id = w.\"recipientId\""
                + " WHERE w.email IS DISTINCT FROM r.email")).as("the stored email field comes along").isZero();
        assertThat(stillThere).hasSize(saved.size() - 7);
        assertThat(fixture.preview(run.runId(), "read", "out", 3).columns()).filteredOn(column -> column.inWorkTable())
                .extracting(column -> column.name()).containsExactly("recipientId", "email");
        assertThat(DemoWorkspaceFixture.activity(run, "read").metrics())
                .containsEntry(Metrics.MEMBERS, (long) saved.size()).containsEntry(Metrics.UNMATCHED, 7L).containsEntry(Metrics.VERSION, 1L);
        fixture.release();
        assertThat(audiences.show(directory, "Recent purchasers").readBy()).contains("reader");
    }

    @Test
    void anIncompatibleProfileMappingListsTheValidChoices() {
        Path file = fixture.writeCampaign("trips", """
                formatVersion: 1
                id: trips
                activities:
                  - {id: trips, type: build-audience, dimension: wishlists}
                  - {id: save, type: save-audience, audience: Wishes, profileMapping: Recipients - Typo}
                transitions:
                  - {from: trips, to: save}
                """);
        fixture.release();
        assertThatThrownBy(() -> lifecycle.apply(directory, file))
                .isInstanceOf(BatonException.class)
                .hasMessageContaining("compatible with wishlists: Recipients - CRMID, Recipients - Email");
    }

    /** The source keys stored in the current version of an audience, in order. */
    private List<Long> audienceKeys(SavedAudience audience) {
        String table = audience.current().orElseThrow().table();
        return fixture.keys("SELECT \"recipients_recipientId\" FROM " + DemoWorkspaceFixture.quotedTable(table) + " ORDER BY 1");
    }
}
