package dev.baton.engine.duckdb.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.CampaignService;
import dev.baton.engine.lifecycle.ApplyOutcome;
import dev.baton.engine.lifecycle.ApplyResult;
import dev.baton.engine.lifecycle.CampaignStatus;
import dev.baton.engine.lifecycle.CampaignSummary;
import dev.baton.engine.lifecycle.CampaignVersion;
import dev.baton.engine.lifecycle.LifecycleService;
import dev.baton.engine.lifecycle.VersionSummary;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.workspace.Workspace;
import dev.baton.engine.workspace.WorkspaceDatabase;
import dev.baton.model.campaign.Campaign;
import dev.baton.model.campaign.CampaignReader;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign lifecycle on a real DuckDB workspace: apply, versions and statuses, export, delete, duplicate, stop and
 * archive. Every expectation about what is stored is read back with the test's own SQL, on a connection opened only
 * while no service call holds the file.
 */
final class LifecycleServiceTest {
    private static final Instant START = Instant.parse("2026-06-15T09:30:00Z");
    /** The tests' own campaigns, independent of the demo's files. */
    static final String BOOKERS = """
            # Recipients who booked a trip lately.
            formatVersion: 1
            id: bookers
            name: Recent bookers
            activities:
              - id: booked
                type: build-audience
                label: Booked in the last 30 days
                dimension: recipients
                rule:
                  exists: bookings
                  where: {attribute: bookingDate, operator: in-last, value: 30 days}
            """;
    static final String BEACH = """
            # European beach bookers minus those who opted out (a comment the duplicate does not keep).
            formatVersion: 1
            id: beach
            name: European beach bookers who accept email
            description: Beach trips in Europe, without opted-out recipients; "quoted", yes/no/NO stay texts.
            activities:
              - id: beach-bookers
                type: build-audience
                label: Booked a European beach trip
                dimension: recipients
                rule:
                  exists: bookings
                  where:
                    all:
                      - {attribute: bookingDate, operator: in-last, value: 90 days}
                      - {attribute: status, operator: not-equal, value: cancelled}
                      - {attribute: trip.category, operator: equal, value: beach}
                      - {attribute: trip.destination.region, operator: equal, value: Europe}
              - id: opted-out
                type: build-audience
                label: Opted out of email
                dimension: recipients
                outboundWhenEmpty: true
                rule:
                  any:
                    - {attribute: emailOptIn, operator: equal, value: false}
                    - {attribute: email, operator: is-empty}
                    - {attribute: country, operator: in, value: [NO, "yes", "2026-01-01"]}
              - id: reachable
                type: combine
                label: Beach bookers who accept email
                operation: exclusion
                primary: beach-bookers
                complement: true
            transitions:
              - {from: beach-bookers, to: reachable, label: Beach bookers}
              - {from: opted-out, to: reachable, label: Opted out}
            """;

    @TempDir
    Path directory;

    private MovableClock clock;
    private LifecycleService lifecycle;
    private Path recentBookers;
    private Path beach;

    @BeforeEach
    void createWorkspace() {
        clock = new MovableClock(START);
        new CampaignService(clock).createDemo(directory, 500, 1, false);
        lifecycle = new LifecycleService(clock);
        try {
            recentBookers = writeCampaign("bookers.yaml", BOOKERS);
            beach = writeCampaign("beach.yaml", BEACH);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- apply

    @Test
    void applyingANewCampaignMakesVersionOneADraft() throws Exception {
        ApplyResult result = lifecycle.apply(directory, recentBookers);

        assertThat(result).isEqualTo(new ApplyResult("bookers", 1, CampaignStatus.DRAFT, ApplyOutcome.CREATED, Optional.empty()));
        assertThat(rows("SELECT campaign_id, version, status, name, format, file_name, created_at, published_at FROM baton_meta.campaign_versions"))
                .containsExactly(List.of("bookers", 1, "DRAFT", "Recent bookers", "yaml", "bookers.yaml", utc(START), "null"));
        assertThat(rows("SELECT campaign_id, created_at, updated_at FROM baton_meta.campaigns")).containsExactly(List.of("bookers", utc(START), utc(START)));
        assertThat(scalar("SELECT definition FROM baton_meta.campaign_versions")).isEqualTo(read(recentBookers));
    }

    @Test
    void reapplyingADraftReplacesItsTextAndIdenticalTextIsANoOp() throws Exception {
        lifecycle.apply(directory, recentBookers);
        clock.advance(Duration.ofMinutes(5));
        String edited = read(recentBookers).replace("name: Recent bookers", "name: Recent bookers, edited");
        write(recentBookers, edited);

        ApplyResult updated = lifecycle.apply(directory, recentBookers);

        assertThat(updated.outcome()).isEqualTo(ApplyOutcome.UPDATED);
        assertThat(updated.version()).isEqualTo(1);
        assertThat(rows("SELECT version, status, name, created_at, updated_at FROM baton_meta.campaign_versions"))
                .containsExactly(List.of(1, "DRAFT", "Recent bookers, edited", utc(START), utc(START.plus(Duration.ofMinutes(5)))));
        assertThat(scalar("SELECT definition FROM baton_meta.campaign_versions")).isEqualTo(edited);

        clock.advance(Duration.ofMinutes(5));
        List<List<Object>> before = snapshot();
        ApplyResult again = lifecycle.apply(directory, recentBookers);
        assertThat(again).isEqualTo(new ApplyResult("bookers", 1, CampaignStatus.DRAFT, ApplyOutcome.UNCHANGED, Optional.empty()));
        assertThat(snapshot()).as("an identical apply changes nothing, not even times").isEqualTo(before);
    }

    @Test
    void applyingToALiveCampaignMakesANewDraftWhileTheLiveVersionStays() throws Exception {
        lifecycle.apply(directory, recentBookers);
        Instant published = START.plus(Duration.ofHours(1));
        onConnection(connection -> LifecycleService.markLive(connection, "bookers", 1, published));
        clock.advance(Duration.ofHours(2));

        ApplyResult identical = lifecycle.apply(directory, recentBookers);
        assertThat(identical).as("the live version has this text already")
                .isEqualTo(new ApplyResult("bookers", 1, CampaignStatus.LIVE, ApplyOutcome.UNCHANGED, Optional.of(1)));

        String v1 = read(recentBookers);
        String v2 = v1.replace("value: 30 days", "value: 14 days");
        write(recentBookers, v2);
        ApplyResult newVersion = lifecycle.apply(directory, recentBookers);
        assertThat(newVersion).isEqualTo(new ApplyResult("bookers", 2, CampaignStatus.DRAFT, ApplyOutcome.NEW_VERSION, Optional.of(1)));

        String v2b = v2.replace("value: 14 days", "value: 21 days");
        write(recentBookers, v2b);
        assertThat(lifecycle.apply(directory, recentBookers).outcome()).as("the new draft is edited in place").isEqualTo(ApplyOutcome.UPDATED);

        assertThat(rows("SELECT version, status, published_at FROM baton_meta.campaign_versions ORDER BY version"))
                .containsExactly(List.of(1, "LIVE", utc(published)), List.of(2, "DRAFT", "null"));
        assertThat(lifecycle.export(directory, "bookers", Optional.of(1))).as("the live text is untouched").isEqualTo(v1);
        assertThat(lifecycle.export(directory, "bookers", Optional.empty())).isEqualTo(v2b);

        CampaignSummary summary = lifecycle.show(directory, "bookers");
        assertThat(summary.status()).isEqualTo(CampaignStatus.LIVE);
        assertThat(summary.liveVersion()).contains(1);
        assertThat(summary.draftVersion()).contains(2);

        // Publishing the draft completes the earlier live version.
        Instant republished = START.plus(Duration.ofDays(1));
        onConnection(connection -> {
            CampaignVersion draft = LifecycleService.draft(connection, "bookers");
            assertThat(draft.version()).isEqualTo(2);
            assertThat(draft.definition()).isEqualTo(v2b);
            LifecycleService.markLive(connection, "bookers", draft.version(), republished);
        });
        assertThat(rows("SELECT version, status, completed_at, published_at FROM baton_meta.campaign_versions ORDER BY version"))
                .containsExactly(List.of(1, "COMPLETED", utc(republished), utc(published)), List.of(2, "LIVE", "null", utc(republished)));
        onConnection(connection -> {
            assertThat(LifecycleService.latest(connection, "bookers")).map(CampaignVersion::status).contains(CampaignStatus.LIVE);
            assertThat(LifecycleService.latest(connection, "no-such")).isEmpty();
            assertThatThrownBy(() -> LifecycleService.draft(connection, "bookers")).isInstanceOf(BatonException.class)
                    .hasMessage("campaign bookers version 2 is LIVE; test runs only run drafts — apply the file to create a new draft");
            assertThatThrownBy(() -> LifecycleService.markLive(connection, "bookers", 2, republished))
                    .hasMessage("campaign bookers version 2 is LIVE; only a draft can be published");
            assertThatThrownBy(() -> LifecycleService.markLive(connection, "bookers", 7, republished))
                    .hasMessage("campaign bookers has no version 7; its versions: 1, 2");
            assertThatThrownBy(() -> LifecycleService.draft(connection, "no-such")).isInstanceOf(BatonException.class)
                    .extracting(e -> ((BatonException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThatThrownBy(() -> LifecycleService.draft(connection, "bookers", "only a draft can be published"))
                    .hasMessage("campaign bookers version 2 is LIVE; only a draft can be published — apply the file to create a new draft");
            assertThat(LifecycleService.live(connection, "bookers").version()).isEqualTo(2);
            assertThatThrownBy(() -> LifecycleService.live(connection, "no-such")).isInstanceOf(BatonException.class)
                    .extracting(e -> ((BatonException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
        });
    }

    @Test
    void markLiveJoinsTheCallersTransaction() throws Exception {
        lifecycle.apply(directory, recentBookers);
        onConnection(connection -> {
            assertThatThrownBy(() -> LifecycleService.live(connection, "bookers")).isInstanceOf(BatonException.class)
                    .hasMessage("campaign bookers is a draft; it has no live version: publish it first ('baton publish bookers')");
            connection.setAutoCommit(false);
            LifecycleService.markLive(connection, "bookers", 1, START);
            assertThat(LifecycleService.latest(connection, "bookers")).map(CampaignVersion::status).contains(CampaignStatus.LIVE);
            connection.rollback();
            connection.setAutoCommit(true);
        });
        assertThat(scalar("SELECT status FROM baton_meta.campaign_versions")).as("rolled back with the caller").isEqualTo("DRAFT");
    }

    @Test
    void anInvalidFileChangesNothing() throws Exception {
        lifecycle.apply(directory, recentBookers);
        List<List<Object>> before = snapshot();
        clock.advance(Duration.ofMinutes(1));

        Path unknownAttribute = writeCampaign("bookers-bad.yaml", read(recentBookers).replace("attribute: bookingDate", "attribute: shoeSize"));
        assertThatThrownBy(() -> lifecycle.apply(directory, unknownAttribute)).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CAMPAIGN);
            assertThat(e.getMessage()).contains("bookers-bad.yaml has 1 problem", "shoeSize", "nothing was applied").doesNotContain("\n");
            assertThat(e.diagnostics()).hasSize(1);
        });
        Path malformed = writeCampaign("malformed.yaml", "formatVersion: 1\nid: [unclosed\n");
        assertThatThrownBy(() -> lifecycle.apply(directory, malformed)).isInstanceOfSatisfying(BatonException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CAMPAIGN));
        Path noId = writeCampaign("no-id.json", "{\"formatVersion\": 1, \"activities\": []}");
        assertThatThrownBy(() -> lifecycle.apply(directory, noId)).isInstanceOfSatisfying(BatonException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CAMPAIGN));
        assertThatThrownBy(() -> lifecycle.apply(directory, directory.resolve("campaigns/missing.yaml"))).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(e.getMessage()).startsWith("no campaign file ").endsWith("missing.yaml; give the path of a .yaml, .yml or .json campaign file");
        });
        Path text = writeCampaign("notes.txt", read(recentBookers));
        assertThatThrownBy(() -> lifecycle.apply(directory, text)).hasMessageEndingWith("is not a campaign file: its name must end in .yaml, .yml or .json");
        assertThatThrownBy(() -> lifecycle.apply(directory, directory.resolve("campaigns"))).hasMessageContaining("is not a file");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void applyChecksReadAudienceAgainstTheSavedAudiences() throws Exception {
        Path reader = writeCampaign("reader.yaml", """
                formatVersion: 1
                id: reader
                activities:
                  - {id: members, type: read-audience, audience: Nobody saved this, dimension: Recipients - CRMID, fields: [email]}
                """);
        List<List<Object>> before = snapshot();
        assertThatThrownBy(() -> lifecycle.apply(directory, reader)).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CAMPAIGN);
            assertThat(e.getMessage()).startsWith("reader.yaml has 1 problem: ").contains("Nobody saved this", "nothing was applied");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theApplyListenerRunsInTheTransactionWhenADraftIsWritten() throws Exception {
        List<String> seen = new ArrayList<>();
        LifecycleService listened = new LifecycleService(clock, (engine, campaignId) -> {}, (engine, campaign) -> {
            Connection connection = engine.connection();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT max(version) FROM baton_meta.campaign_versions WHERE campaign_id = '" + campaign.id() + "'")) {
                result.next();
                seen.add(campaign.id() + " " + campaign.name() + " autoCommit=" + connection.getAutoCommit() + " latest=" + result.getInt(1));
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (campaign.name().contains("refused")) {
                throw new BatonException(ErrorCode.INVALID_CAMPAIGN, "label taken");
            }
        });
        listened.apply(directory, recentBookers);
        listened.apply(directory, recentBookers);
        write(recentBookers, BOOKERS.replace("name: Recent bookers", "name: Renamed"));
        listened.apply(directory, recentBookers);
        onConnection(connection -> LifecycleService.markLive(connection, "bookers", 1, START));
        write(recentBookers, BOOKERS.replace("name: Recent bookers", "name: Version two"));
        listened.apply(directory, recentBookers);
        listened.duplicate(directory, "bookers", "bookers-copy");
        assertThat(seen).as("not for the unchanged apply").containsExactly("bookers Recent bookers autoCommit=false latest=1",
                "bookers Renamed autoCommit=false latest=1", "bookers Version two autoCommit=false latest=2",
                "bookers-copy Version two (copy) autoCommit=false latest=1");

        List<List<Object>> before = snapshot();
        write(recentBookers, BOOKERS.replace("name: Recent bookers", "name: refused"));
        assertThatThrownBy(() -> listened.apply(directory, recentBookers)).hasMessage("label taken");
        assertThat(snapshot()).as("the listener's failure rolls the apply back").isEqualTo(before);
    }

    @Test
    void aFileRelativeToTheWorkspaceIsFound() {
        assertThat(lifecycle.apply(directory, Path.of("campaigns/bookers.yaml")).outcome()).isEqualTo(ApplyOutcome.CREATED);
    }

    // ---- export

    @Test
    void exportReturnsTheTextExactlyAsApplied() throws Exception {
        String yaml = "# A comment on top  \r\n" + read(recentBookers).replace("\n", "\r\n").replace("name: Recent bookers", "name: 'Récents — «bookers» ✈'  # trailing comment")
                + "\r\n\r\n# the end, no line end after this";
        write(recentBookers, yaml);
        lifecycle.apply(directory, recentBookers);
        assertThat(lifecycle.export(directory, "bookers", Optional.empty())).isEqualTo(yaml);
        assertThat(lifecycle.export(directory, "bookers", Optional.of(1))).isEqualTo(yaml);

        String json = "{\n  \"formatVersion\": 1, \"id\": \"as-json\",\n\t\"activities\": [{\"id\": \"a\", \"type\": \"build-audience\", \"dimension\": \"recipients\"}]}";
        Path file = writeCampaign("as-json.json", json);
        lifecycle.apply(directory, file);
        CampaignVersion stored = lifecycle.version(directory, "as-json", Optional.empty());
        assertThat(stored.definition()).isEqualTo(json);
        assertThat(stored.format()).isEqualTo("json");

        assertThatThrownBy(() -> lifecycle.export(directory, "bookers", Optional.of(2))).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo("campaign bookers has no version 2; its versions: 1");
        });
        assertThatThrownBy(() -> lifecycle.export(directory, "bookers", Optional.of(0))).hasMessageContaining("versions are numbered from 1");
        assertThatThrownBy(() -> lifecycle.export(directory, "nobody", Optional.empty())).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo("no campaign nobody in the workspace (campaigns: as-json, bookers); apply its file first with 'baton apply FILE'");
        });
        assertThatThrownBy(() -> lifecycle.export(directory, "Not An Id\n", Optional.empty())).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(e.getMessage()).startsWith("'Not An Id\\u000a' is not a campaign id");
        });
    }

    @Test
    void hostileTextIsStoredAsGiven() throws Exception {
        String name = "x'); DROP TABLE baton_meta.campaigns; -- \"quoted\" \\ back ‮ rtl";
        String yaml = "formatVersion: 1\nid: hostile\nname: \"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "description: \"'; DELETE FROM baton_meta.campaign_versions; --\"\n"
                + "activities:\n  - {id: a, type: build-audience, dimension: recipients, label: \"$1 ? :x ${y}\"}\n";
        Path file = writeCampaign("hostile.yaml", yaml);
        lifecycle.apply(directory, file);
        assertThat(lifecycle.show(directory, "hostile").name()).isEqualTo(name);
        assertThat(lifecycle.export(directory, "hostile", Optional.empty())).isEqualTo(yaml);
        assertThat(lifecycle.list(directory)).extracting(CampaignSummary::id).containsExactly("hostile");
    }

    // ---- list and show

    @Test
    void listAndShowGiveEveryVersionWithItsStatusTimesAndLatestRun() throws Exception {
        lifecycle.apply(directory, recentBookers);
        lifecycle.apply(directory, beach);
        onConnection(connection -> LifecycleService.markLive(connection, "bookers", 1, START));
        write(recentBookers, read(recentBookers) + "# v2\n");
        clock.advance(Duration.ofMinutes(1));
        lifecycle.apply(directory, recentBookers);
        RunResult run = new CampaignService(clock).testRun(directory, "bookers", Optional.empty());

        List<CampaignSummary> campaigns = lifecycle.list(directory);
        assertThat(campaigns).extracting(CampaignSummary::id).containsExactly("beach", "bookers");
        CampaignSummary first = campaigns.getFirst();
        assertThat(first.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(first.name()).isEqualTo("European beach bookers who accept email");
        assertThat(first.latestRunId()).isEmpty();

        CampaignSummary bookers = lifecycle.show(directory, "bookers");
        assertThat(bookers).isEqualTo(campaigns.get(1));
        assertThat(bookers.latestRunId()).contains(run.runId());
        assertThat(bookers.latestVersion()).isEqualTo(2);
        assertThat(bookers.versions()).extracting(VersionSummary::version, VersionSummary::status, VersionSummary::publishedAt, VersionSummary::createdAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, CampaignStatus.LIVE, Optional.of(START), START),
                        org.assertj.core.groups.Tuple.tuple(2, CampaignStatus.DRAFT, Optional.empty(), START.plus(Duration.ofMinutes(1))));
        assertThat(bookers.versions()).as("the run log does not record versions").allSatisfy(version -> assertThat(version.latestRunId()).isEmpty());

        // When the run log records versions (a column campaign_version), each version shows its latest run.
        execute("ALTER TABLE baton_meta.runs ADD COLUMN IF NOT EXISTS campaign_version INTEGER", "UPDATE baton_meta.runs SET campaign_version = 2");
        assertThat(lifecycle.show(directory, "bookers").versions()).extracting(VersionSummary::latestRunId)
                .containsExactly(Optional.empty(), Optional.of(run.runId()));

        assertThatThrownBy(() -> lifecycle.show(directory, "nobody")).isInstanceOfSatisfying(BatonException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    // ---- delete

    @Test
    void onlyDraftsAreDeletedInOneTransactionWithTheListener() throws Exception {
        List<String> seen = new ArrayList<>();
        LifecycleService withListener = new LifecycleService(clock, (engine, campaignId) -> {
            Connection connection = engine.connection();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT count(*) FROM baton_meta.campaign_versions WHERE campaign_id = '" + campaignId + "'")) {
                result.next();
                seen.add(campaignId + " autoCommit=" + connection.getAutoCommit() + " versions=" + result.getLong(1));
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        withListener.apply(directory, recentBookers);
        withListener.apply(directory, beach);

        CampaignSummary deleted = withListener.delete(directory, "bookers");
        assertThat(deleted.id()).isEqualTo("bookers");
        assertThat(seen).containsExactly("bookers autoCommit=false versions=1");
        assertThat(rows("SELECT campaign_id FROM baton_meta.campaigns")).containsExactly(List.of("beach"));
        assertThat(rows("SELECT DISTINCT campaign_id FROM baton_meta.campaign_versions")).containsExactly(List.of("beach"));
        assertThat(recentBookers).as("the file is not touched").exists();

        // A listener that fails rolls the delete back.
        LifecycleService failing = new LifecycleService(clock, (engine, campaignId) -> {
            Connection connection = engine.connection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM baton_meta.campaign_versions");
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "labels cannot be released");
        });
        List<List<Object>> before = snapshot();
        assertThatThrownBy(() -> failing.delete(directory, "beach")).hasMessage("labels cannot be released");
        assertThat(snapshot()).isEqualTo(before);

        // Published campaigns are not deleted; nothing changes.
        withListener.apply(directory, recentBookers);
        onConnection(connection -> LifecycleService.markLive(connection, "bookers", 1, START));
        seen.clear();
        before = snapshot();
        assertThatThrownBy(() -> withListener.delete(directory, "bookers")).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(e.getMessage()).isEqualTo("campaign bookers cannot be deleted: version 1 is LIVE; only drafts that were never published can be"
                    + " deleted (stop it with 'baton stop bookers')");
        });
        assertThat(seen).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
        assertThatThrownBy(() -> withListener.delete(directory, "nobody")).isInstanceOfSatisfying(BatonException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    // ---- duplicate

    @Test
    void duplicateRewritesIdAndNameInTheSameFormat() throws Exception {
        lifecycle.apply(directory, beach);
        ApplyResult copy = lifecycle.duplicate(directory, "beach", "beach-copy");
        assertThat(copy).isEqualTo(new ApplyResult("beach-copy", 1, CampaignStatus.DRAFT, ApplyOutcome.CREATED, Optional.empty()));

        String text = lifecycle.export(directory, "beach-copy", Optional.empty());
        Campaign original = CampaignReader.read(read(beach), "a.yaml").value().orElseThrow();
        Campaign duplicated = CampaignReader.read(text, "b.yaml").value().orElseThrow();
        assertThat(duplicated.id()).isEqualTo("beach-copy");
        assertThat(duplicated.name()).isEqualTo("European beach bookers who accept email (copy)");
        assertThat(duplicated.activities()).isEqualTo(original.activities());
        assertThat(duplicated.transitions()).isEqualTo(original.transitions());
        assertThat(duplicated.description()).isEqualTo(original.description());
        assertThat(text).startsWith("# Duplicated from campaign beach version 1.\nformatVersion: 1\nid: \"beach-copy\"\nname: ");
        assertThat(lifecycle.show(directory, "beach-copy").versions().getFirst().format()).isEqualTo("yaml");

        String json = "{\"formatVersion\": 1, \"id\": \"json-source\", \"activities\": [{\"id\": \"a\", \"type\": \"build-audience\", \"dimension\": \"recipients\","
                + " \"rule\": {\"attribute\": \"country\", \"operator\": \"equal\", \"value\": \"NO\"}}]}";
        lifecycle.apply(directory, writeCampaign("json-source.json", json));
        lifecycle.duplicate(directory, "json-source", "json-copy");
        String jsonCopy = lifecycle.export(directory, "json-copy", Optional.empty());
        assertThat(jsonCopy).startsWith("{").contains("\"id\" : \"json-copy\",\n  \"name\" : \"json-source (copy)\"", "\"value\" : \"NO\"");
        assertThat(lifecycle.version(directory, "json-copy", Optional.empty()).format()).isEqualTo("json");
    }

    @Test
    void duplicateRefusesBadIdsAndInvalidCopies() throws Exception {
        lifecycle.apply(directory, recentBookers);
        lifecycle.apply(directory, beach);
        String longName = "n".repeat(495);
        lifecycle.apply(directory, writeCampaign("long.yaml", BOOKERS.replace("id: bookers\n", "id: long\n").replace("name: Recent bookers",
                "name: " + longName)));
        List<List<Object>> before = snapshot();

        assertThatThrownBy(() -> lifecycle.duplicate(directory, "bookers", "beach")).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(e.getMessage()).isEqualTo("campaign beach exists already; choose another id for the copy of bookers");
        });
        assertThatThrownBy(() -> lifecycle.duplicate(directory, "bookers", "bookers")).hasMessageContaining("exists already");
        assertThatThrownBy(() -> lifecycle.duplicate(directory, "bookers", "Bad Id")).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(e.getMessage()).startsWith("'Bad Id' is not a valid campaign id");
        });
        assertThatThrownBy(() -> lifecycle.duplicate(directory, "nobody", "copy")).isInstanceOfSatisfying(BatonException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> lifecycle.duplicate(directory, "long", "long-copy")).as("the copy's name is too long").isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CAMPAIGN);
            assertThat(e.getMessage()).contains("copied as long-copy has 1 problem", "nothing was duplicated");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    // ---- stop, archive, complete

    @Test
    void stopTakesOnlyALiveCampaignAndItCannotChangeAfterwards() throws Exception {
        lifecycle.apply(directory, recentBookers);
        assertThatThrownBy(() -> lifecycle.stop(directory, "bookers")).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(e.getMessage()).isEqualTo("campaign bookers is a draft; only a live campaign can be stopped (archive it with 'baton archive bookers')");
        });
        onConnection(connection -> LifecycleService.markLive(connection, "bookers", 1, START));
        write(recentBookers, read(recentBookers) + "# pending\n");
        lifecycle.apply(directory, recentBookers);
        clock.advance(Duration.ofDays(2));

        CampaignSummary stopped = lifecycle.stop(directory, "bookers");

        assertThat(stopped.status()).isEqualTo(CampaignStatus.STOPPED);
        assertThat(rows("SELECT version, status, stopped_at FROM baton_meta.campaign_versions ORDER BY version")).as("the pending draft is stopped with it")
                .containsExactly(List.of(1, "STOPPED", utc(clock.instant())), List.of(2, "STOPPED", utc(clock.instant())));
        List<List<Object>> before = snapshot();
        assertThatThrownBy(() -> lifecycle.stop(directory, "bookers")).hasMessage(
                "campaign bookers is stopped; only a live campaign can be stopped (archive it with 'baton archive bookers')");
        assertThatThrownBy(() -> lifecycle.apply(directory, recentBookers)).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(e.getMessage()).startsWith("campaign bookers is stopped; duplicate it to change it");
        });
        onConnection(connection -> {
            assertThatThrownBy(() -> LifecycleService.draft(connection, "bookers")).hasMessageStartingWith(
                    "campaign bookers version 2 is STOPPED; test runs only run drafts — duplicate it");
            assertThatThrownBy(() -> LifecycleService.markLive(connection, "bookers", 2, START)).hasMessageContaining("only a draft can be published");
        });
        assertThatThrownBy(() -> lifecycle.delete(directory, "bookers")).hasMessageContaining("only drafts that were never published can be deleted");
        assertThat(snapshot()).isEqualTo(before);

        // A stopped campaign runs again as a duplicate.
        lifecycle.duplicate(directory, "bookers", "bookers-again");
        assertThat(lifecycle.show(directory, "bookers-again").status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(lifecycle.export(directory, "bookers-again", Optional.empty())).contains("name: \"Recent bookers (copy)\"");
    }

    @Test
    void archiveTakesCompletedStoppedOrDraftCampaigns() throws Exception {
        lifecycle.apply(directory, recentBookers);
        lifecycle.apply(directory, beach);
        onConnection(connection -> LifecycleService.markLive(connection, "bookers", 1, START));

        List<List<Object>> before = snapshot();
        assertThatThrownBy(() -> lifecycle.archive(directory, "bookers")).isInstanceOfSatisfying(BatonException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(e.getMessage()).isEqualTo("campaign bookers is live (version 1); only completed, stopped or draft campaigns can be archived;"
                    + " stop it first with 'baton stop bookers'");
        });
        assertThat(snapshot()).isEqualTo(before);

        clock.advance(Duration.ofHours(3));
        CampaignSummary completed = lifecycle.complete(directory, "bookers");
        assertThat(completed.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(completed.versions().getFirst().completedAt()).contains(clock.instant());
        assertThatThrownBy(() -> lifecycle.complete(directory, "bookers")).hasMessage("campaign bookers is completed; only a live campaign can complete");

        clock.advance(Duration.ofHours(1));
        assertThat(lifecycle.archive(directory, "bookers").status()).isEqualTo(CampaignStatus.ARCHIVED);
        assertThat(rows("SELECT status, archived_at FROM baton_meta.campaign_versions WHERE campaign_id = 'bookers'"))
                .containsExactly(List.of("ARCHIVED", utc(clock.instant())));
        assertThat(lifecycle.archive(directory, "beach").status()).as("a draft").isEqualTo(CampaignStatus.ARCHIVED);

        before = snapshot();
        assertThatThrownBy(() -> lifecycle.archive(directory, "bookers")).hasMessage("campaign bookers is archived already");
        assertThatThrownBy(() -> lifecycle.apply(directory, recentBookers)).hasMessageStartingWith("campaign bookers is archived; duplicate it to change it");
        assertThatThrownBy(() -> lifecycle.delete(directory, "beach")).hasMessageStartingWith(
                "campaign beach cannot be deleted: version 1 is ARCHIVED");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void applyingToACompletedCampaignMakesANewDraft() {
        lifecycle.apply(directory, recentBookers);
        onConnection(connection -> {
            LifecycleService.markLive(connection, "bookers", 1, START);
            LifecycleService.markCompleted(connection, "bookers", START.plus(Duration.ofHours(1)));
        });
        ApplyResult again = lifecycle.apply(directory, recentBookers);
        assertThat(again).as("running a completed one-time campaign again")
                .isEqualTo(new ApplyResult("bookers", 2, CampaignStatus.DRAFT, ApplyOutcome.NEW_VERSION, Optional.empty()));
        assertThat(lifecycle.show(directory, "bookers").status()).isEqualTo(CampaignStatus.DRAFT);
    }

    // ---- helpers

    /** Runs {@code work} on a connection opened as the publish code would, closed afterwards. */
    private void onConnection(SqlConsumer work) {
        try (Engine engine = WorkspaceDatabase.open(Workspace.open(directory), clock)) {
            work.accept(engine.connection());
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface SqlConsumer {
        void accept(Connection connection) throws SQLException;
    }

    /** Both lifecycle tables, every column, in a stable order. */
    private List<List<Object>> snapshot() throws SQLException {
        List<List<Object>> all = new ArrayList<>(rows("SELECT * FROM baton_meta.campaigns ORDER BY campaign_id"));
        all.add(List.of("----"));
        all.addAll(rows("SELECT * FROM baton_meta.campaign_versions ORDER BY campaign_id, version"));
        return all;
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + directory.resolve("workspace.duckdb").toAbsolutePath());
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value == null ? "null" : value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : value);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private Object scalar(String sql) throws SQLException {
        return rows(sql).getFirst().getFirst();
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + directory.resolve("workspace.duckdb").toAbsolutePath());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Path writeCampaign(String name, String text) throws IOException {
        Path file = directory.resolve("campaigns").resolve(name);
        write(file, text);
        return file;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock implements InstantSource {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }
    }
}
