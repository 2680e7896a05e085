package dev.baton.engine.duckdb.audience;

import static dev.baton.engine.duckdb.audience.AudienceWorkspace.CLOCK;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.NOW;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.content;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.count;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.recipients;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.recipientsModulo;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.recipientsOf;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.rows;
import static dev.baton.engine.duckdb.audience.AudienceWorkspace.tableExists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.catalog.AudienceTable;
import dev.baton.compiler.catalog.LabelOwner;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.sql.Dialect;
import dev.baton.compiler.sql.SqlStatement;
import dev.baton.engine.audience.AudienceDefinition;
import dev.baton.engine.audience.AudienceRegistry;
import dev.baton.engine.audience.AudienceRegistrySeam;
import dev.baton.engine.audience.AudienceVersion;
import dev.baton.engine.audience.SavedAudience;
import dev.baton.engine.spi.Engine;
import dev.baton.model.datamodel.AttributeType;
import dev.baton.model.datamodel.TableName;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audience registry on a real DuckDB demo workspace. Each test uses its own labels; every expected content is a
 * query over {@code crm.recipients} / {@code crm.bookings} written here, never read back through the registry.
 */
final class AudienceRegistryIntegrationTest {
    @TempDir
    static Path directory;

    private static AudienceWorkspace workspace;

    @BeforeAll
    static void createWorkspace() {
        workspace = AudienceWorkspace.create(directory);
    }

    private static final String FR = "SELECT crm_id, recipient_id FROM crm.recipients WHERE country = 'FR' AND crm_id IS NOT NULL ORDER BY ALL";
    private static final String DE = "SELECT crm_id, recipient_id FROM crm.recipients WHERE country = 'DE' AND crm_id IS NOT NULL ORDER BY ALL";

    // ---- save: versions, content, retention

    @Test
    void firstSaveCreatesVersionOneWithExactlyTheSelectedRows() {
        try (Engine engine = workspace.open()) {
            Connection connection = engine.connection();
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);

            AudienceVersion saved = registry.save(recipients("France v1", "camp-first"), recipientsOf("FR"), 7, 41);

            List<List<Object>> expected = rows(connection, FR);
            assertThat(expected).hasSizeGreaterThan(10);
            assertThat(saved.version()).isEqualTo(1);
            assertThat(saved.table()).matches("baton_audiences\\.a\\d+_v1");
            assertThat(saved.rows()).isEqualTo(expected.size());
            assertThat(saved.distinctProfiles()).isEqualTo(count(connection, "SELECT count(DISTINCT crm_id) FROM crm.recipients WHERE country = 'FR'"));
            assertThat(saved.skippedEmptyIdentity()).isEqualTo(7);
            assertThat(saved.runId()).isEqualTo(41);
            assertThat(saved.savedAt()).isEqualTo(NOW);
            assertThat(content(connection, saved.table())).isEqualTo(expected);
            assertThat(rows(connection, "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'baton_audiences'"
                    + " AND table_name = ? ORDER BY ordinal_position", TableName.parse(saved.table()).name()))
                    .containsExactly(List.of("crmId", "VARCHAR"), List.of("recipients_recipientId", "BIGINT"));

            SavedAudience audience = registry.find("France v1").orElseThrow();
            assertThat(audience.label()).isEqualTo("France v1");
            assertThat(audience.campaignId()).isEqualTo("camp-first");
            assertThat(audience.activityId()).isEqualTo("save");
            assertThat(audience.targetDimension()).isEqualTo("Recipients - CRMID");
            assertThat(audience.entity()).isEqualTo("recipients");
            assertThat(audience.identityNamespace()).isEqualTo("crmId");
            assertThat(audience.fields()).isEqualTo(AudienceWorkspace.RECIPIENT_FIELDS);
            assertThat(audience.current()).contains(saved);
            assertThat(audience.versions()).containsExactly(saved);
            assertThat(audience.readBy()).isEmpty();
            assertThat(audience.createdAt()).isEqualTo(NOW);

            AudienceCatalog catalog = registry.catalog();
            AudienceTable table = catalog.audience(" FRANCE V1 ").orElseThrow();
            assertThat(table.version()).isEqualTo(1);
            assertThat(table.table()).isEqualTo(TableName.parse(saved.table()));
            assertThat(table.fields()).isEqualTo(AudienceWorkspace.RECIPIENT_FIELDS);
            assertThat(table.identity().name()).isEqualTo("crmId");
            assertThat(table.identityNamespace()).isEqualTo("crmId");
            assertThat(catalog.owner("france v1")).contains(new LabelOwner("France v1", "camp-first", "save"));
        }
    }

    @Test
    void secondSaveMakesVersionTwoWithTheNewContentAndKeepsVersionOne() {
        try (Engine engine = workspace.open()) {
            Connection connection = engine.connection();
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            AudienceVersion first = registry.save(recipients("Overwritten", "camp-second"), recipientsOf("FR"), 0, 1);

            AudienceVersion second = registry.save(recipients("Overwritten", "camp-second"), recipientsOf("DE"), 0, 2);

            assertThat(second.version()).isEqualTo(2);
            assertThat(second.table()).isNotEqualTo(first.table());
            assertThat(content(connection, second.table())).isEqualTo(rows(connection, DE));
            assertThat(second.rows()).isEqualTo(rows(connection, DE).size());
            assertThat(content(connection, first.table())).as("version 1 is untouched").isEqualTo(rows(connection, FR));
            SavedAudience audience = registry.find("overwritten").orElseThrow();
            assertThat(audience.current()).contains(second);
            assertThat(audience.versions()).containsExactly(second, first);
            assertThat(registry.catalog().audience("Overwritten").orElseThrow().table()).isEqualTo(TableName.parse(second.table()));
        }
    }

    @Test
    void theOwnerSavingUnderAnotherSpellingOfTheLabelOverwritesTheSameAudience() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.save(recipients("Spelled Once", "camp-spelling"), recipientsOf("FR"), 0, 1);

            AudienceVersion second = registry.save(recipients("  spelled ONCE ", "camp-spelling"), recipientsOf("ES"), 0, 2);

            assertThat(second.version()).isEqualTo(2);
            assertThat(registry.list().stream().filter(audience -> audience.label().strip().equalsIgnoreCase("spelled once")).count()).isEqualTo(1);
            assertThat(registry.find("SPELLED once").orElseThrow().label()).as("stored as last given").isEqualTo("  spelled ONCE ");
        }
    }

    @Test
    void afterSixSavesOnlyTheLastFiveVersionsKeepTheirTables() {
        try (Engine engine = workspace.open()) {
            Connection connection = engine.connection();
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            String[] countries = {"FR", "DE", "GB", "ES", "IT", "US", "NL"};
            List<AudienceVersion> saved = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                saved.add(registry.save(recipients("Retained", "camp-retention"), recipientsOf(countries[i]), 0, i + 1));
            }

            assertThat(tableExists(connection, "baton_audiences", TableName.parse(saved.get(0).table()).name())).as("v1 dropped").isFalse();
            for (int i = 1; i < 6; i++) {
                assertThat(content(connection, saved.get(i).table())).as("v%d kept, whole", i + 1).isEqualTo(rows(connection,
                        "SELECT crm_id, recipient_id FROM crm.recipients WHERE country = ? AND crm_id IS NOT NULL ORDER BY ALL", countries[i]));
            }
            assertThat(registry.find("Retained").orElseThrow().versions()).extracting(AudienceVersion::version).containsExactly(6, 5, 4, 3, 2);
            assertThat(count(connection, "SELECT count(*) FROM baton_meta.audience_versions v JOIN baton_meta.audiences a USING (audience_id)"
                    + " WHERE a.label = 'Retained' AND v.dropped")).as("v1 is marked, not forgotten").isEqualTo(1);

            AudienceVersion seventh = registry.save(recipients("Retained", "camp-retention"), recipientsOf(countries[6]), 0, 7);
            assertThat(seventh.version()).isEqualTo(7);
            assertThat(tableExists(connection, "baton_audiences", TableName.parse(saved.get(1).table()).name())).as("v2 dropped").isFalse();
            assertThat(registry.find("Retained").orElseThrow().versions()).extracting(AudienceVersion::version).containsExactly(7, 6, 5, 4, 3);
            assertThat(AudienceRegistry.DEFAULT_VERSIONS_KEPT).isEqualTo(5);
        }
    }

    // ---- failed saves

    static List<String> stepsBeforeTheSwitch() {
        return AudienceRegistrySeam.STEPS_BEFORE_SWITCH;
    }

    @ParameterizedTest(name = "failing after ''{0}''")
    @MethodSource("stepsBeforeTheSwitch")
    void aSaveFailingBeforeTheSwitchLeavesThePreviousVersionCurrentAndIntact(String failingStep) {
        String label = "Failing at " + failingStep;
        try (Engine engine = workspace.open()) {
            Connection connection = engine.connection();
            AudienceVersion first = new AudienceRegistry(engine, CLOCK).save(recipients(label, "camp-failing"), recipientsOf("FR"), 3, 1);
            List<String> seen = new ArrayList<>();
            AudienceRegistry failing = AudienceRegistrySeam.withSeam(engine, CLOCK, step -> {
                seen.add(step);
                if (step.equals(failingStep)) {
                    throw new IllegalStateException("injected failure at " + step);
                }
            });

            assertThatThrownBy(() -> failing.save(recipients(label, "camp-failing"), recipientsOf("DE"), 0, 2))
                    .isInstanceOf(IllegalStateException.class).hasMessage("injected failure at " + failingStep);

            assertThat(seen).last().isEqualTo(failingStep);
            assertThat(autoCommit(connection)).as("auto-commit restored").isTrue();
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            SavedAudience audience = registry.find(label).orElseThrow();
            assertThat(audience.current()).contains(first);
            assertThat(audience.versions()).containsExactly(first);
            assertThat(registry.catalog().audience(label).orElseThrow().table()).isEqualTo(TableName.parse(first.table()));
            assertThat(content(connection, first.table())).isEqualTo(rows(connection, FR));
            String halfMade = first.table().replace("_v1", "_v2");
            assertThat(tableExists(connection, "baton_audiences", TableName.parse(halfMade).name())).as("half-made table dropped").isFalse();
            assertThat(count(connection, "SELECT count(*) FROM baton_meta.audience_versions v JOIN baton_meta.audiences a USING (audience_id)"
                    + " WHERE a.label = ?", label)).isEqualTo(1);

            AudienceVersion retried = registry.save(recipients(label, "camp-failing"), recipientsOf("DE"), 0, 3);
            assertThat(retried.version()).isEqualTo(2);
            assertThat(content(connection, retried.table())).isEqualTo(rows(connection, DE));
        }
    }

    @Test
    void aFailureAfterTheSwitchKeepsTheNewVersion() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.save(recipients("Failing after switch", "camp-after"), recipientsOf("FR"), 0, 1);
            AudienceRegistry failing = AudienceRegistrySeam.withSeam(engine, CLOCK, step -> {
                if (step.equals(AudienceRegistrySeam.STEP_SWITCHED)) {
                    throw new IllegalStateException("after the switch");
                }
            });

            assertThatThrownBy(() -> failing.save(recipients("Failing after switch", "camp-after"), recipientsOf("DE"), 0, 2))
                    .hasMessage("after the switch");

            AudienceVersion current = registry.find("Failing after switch").orElseThrow().current().orElseThrow();
            assertThat(current.version()).isEqualTo(2);
            assertThat(content(engine.connection(), current.table())).isEqualTo(rows(engine.connection(), DE));
        }
    }

    @Test
    void aSelectFailingInTheDatabaseOrNotMatchingTheFieldsChangesNothing() {
        try (Engine engine = workspace.open()) {
            Connection connection = engine.connection();
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            AudienceVersion first = registry.save(recipients("Bad selects", "camp-bad"), recipientsOf("FR"), 0, 1);
            String halfMade = TableName.parse(first.table().replace("_v1", "_v2")).name();

            SqlStatement failsWhileRunning = new SqlStatement("SELECT crm_id AS \"crmId\", CAST(CASE WHEN recipient_id > ? THEN 'x' ELSE '1' END AS BIGINT)"
                    + " AS \"recipients_recipientId\" FROM crm.recipients WHERE crm_id IS NOT NULL", List.of(250L));
            assertThatThrownBy(() -> registry.save(recipients("Bad selects", "camp-bad"), failsWhileRunning, 0, 2))
                    .isInstanceOfSatisfying(BatonException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL_FAILED))
                    .hasMessageStartingWith("cannot save audience 'Bad selects': ");
            SqlStatement wrongColumns = new SqlStatement("SELECT crm_id AS \"crmId\", recipient_id AS \"recipientId\" FROM crm.recipients", List.of());
            assertThatThrownBy(() -> registry.save(recipients("Bad selects", "camp-bad"), wrongColumns, 0, 3))
                    .isInstanceOfSatisfying(BatonException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL))
                    .hasMessageContaining("has columns [crmId, recipientId], not the audience's fields [crmId, recipients_recipientId]");
            assertThat(tableExists(connection, "baton_audiences", halfMade)).isFalse();
            SqlStatement emptyIdentities = new SqlStatement("SELECT crm_id AS \"crmId\", recipient_id AS \"recipients_recipientId\" FROM crm.recipients", List.of());
            assertThat(count(connection, "SELECT count(*) FROM crm.recipients WHERE crm_id IS NULL")).as("demo recipients without CRM id").isPositive();
            assertThatThrownBy(() -> registry.save(recipients("Bad selects", "camp-bad"), emptyIdentities, 0, 4))
                    .hasMessageContaining("rows without identity crmId");

            assertThat(registry.find("Bad selects").orElseThrow().versions()).containsExactly(first);
            assertThat(tableExists(connection, "baton_audiences", halfMade)).isFalse();
            assertThat(content(connection, first.table())).isEqualTo(rows(connection, FR));
        }
    }

    @Test
    void aTableLeftByAnInterruptedSaveIsReplacedByTheNextSave() {
        try (Engine engine = workspace.open()) {
            Connection connection = engine.connection();
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            AudienceVersion first = registry.save(recipients("Interrupted", "camp-interrupted"), recipientsOf("FR"), 0, 1);
            String leftover = first.table().replace("_v1", "_v2");
            execute(connection, "CREATE TABLE " + quoted(leftover) + " AS SELECT 'junk' AS \"crmId\", 0 AS \"recipients_recipientId\"");

            AudienceVersion second = registry.save(recipients("Interrupted", "camp-interrupted"), recipientsOf("DE"), 0, 2);

            assertThat(second.table()).isEqualTo(leftover);
            assertThat(content(connection, second.table())).isEqualTo(rows(connection, DE));
        }
    }

    // ---- readers during overwrites

    /**
     * One writer overwrites the audience {@code N} times, each version a different known set of recipients (disjoint:
     * recipient id modulo N), while two readers on their own connections to the same database resolve the current
     * version through {@link AudienceRegistry#catalog()} and read its table. The transactional reader (resolve and read
     * in one transaction) must always get exactly the set of the version it resolved. The auto-commit reader must get
     * that too, or an error saying the table no longer exists (its version was retired in between), never a mix.
     */
    @Test
    void readersDuringRepeatedOverwritesSeeWholeVersionsOnly() throws Exception {
        int saves = 15;
        String label = "Overwritten under readers";
        try (Engine engine = workspace.open()) {
            Connection connection = engine.connection();
            List<Set<String>> expected = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                Set<String> ids = new HashSet<>();
                rows(connection, "SELECT crm_id FROM crm.recipients WHERE recipient_id % " + saves + " = " + i + " AND crm_id IS NOT NULL")
                        .forEach(row -> ids.add((String) row.getFirst()));
                assertThat(ids).as("set %d", i).isNotEmpty();
                expected.add(ids);
            }
            AudienceRegistry writer = new AudienceRegistry(engine, CLOCK);
            writer.save(recipients(label, "camp-readers"), recipientsModulo(saves, 0), 0, 1);

            AtomicBoolean writing = new AtomicBoolean(true);
            List<String> problems = new CopyOnWriteArrayList<>();
            AtomicInteger transactionalReads = new AtomicInteger();
            AtomicInteger autoCommitReads = new AtomicInteger();
            Set<Integer> versionsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Thread transactional = reader(connection, label, true, expected, writing, problems, transactionalReads, versionsSeen);
            Thread autoCommit = reader(connection, label, false, expected, writing, problems, autoCommitReads, versionsSeen);
            transactional.start();
            autoCommit.start();
            for (int i = 1; i < saves; i++) {
                AudienceVersion saved = writer.save(recipients(label, "camp-readers"), recipientsModulo(saves, i), 0, i + 1);
                assertThat(saved.version()).isEqualTo(i + 1);
                Thread.sleep(5);
            }
            writing.set(false);
            transactional.join(60_000);
            autoCommit.join(60_000);

            assertThat(problems).isEmpty();
            assertThat(transactionalReads.get()).as("transactional reads").isGreaterThan(0);
            assertThat(autoCommitReads.get()).as("auto-commit reads").isGreaterThan(0);
            assertThat(versionsSeen).as("readers saw more than one version").hasSizeGreaterThan(1);
        }
    }

    private static Thread reader(Connection writerConnection, String label, boolean inTransaction, List<Set<String>> expected, AtomicBoolean writing,
            List<String> problems, AtomicInteger reads, Set<Integer> versionsSeen) throws SQLException {
        Connection own = ((DuckDBConnection) writerConnection).duplicate();
        AudienceRegistry registry = new AudienceRegistry(engineOn(own), CLOCK);
        return new Thread(() -> {
            try (own) {
                boolean last = false;
                while (!last) {
                    last = !writing.get();
                    try {
                        if (inTransaction) {
                            own.setAutoCommit(false);
                        }
                        AudienceTable table = registry.catalog().audience(label).orElseThrow();
                        Set<String> read = new HashSet<>();
                        rows(own, "SELECT \"crmId\" FROM " + quoted(table.table().toString())).forEach(row -> read.add((String) row.getFirst()));
                        if (inTransaction) {
                            own.commit();
                            own.setAutoCommit(true);
                        }
                        Set<String> wanted = expected.get(table.version() - 1);
                        if (!read.equals(wanted)) {
                            problems.add((inTransaction ? "transactional" : "auto-commit") + " reader got " + read.size() + " ids for version "
                                    + table.version() + ", expected exactly its " + wanted.size());
                        }
                        reads.incrementAndGet();
                        versionsSeen.add(table.version());
                    }
                    catch (IllegalStateException e) {
                        boolean retired = String.valueOf(e.getMessage()).contains("does not exist");
                        if (inTransaction || !retired) {
                            problems.add((inTransaction ? "transactional" : "auto-commit") + " reader failed: " + e.getMessage());
                        }
                        if (inTransaction) {
                            own.rollback();
                            own.setAutoCommit(true);
                        }
                    }
                }
            }
            catch (SQLException | RuntimeException e) {
                problems.add("reader stopped: " + e);
            }
        }, "audience-reader-" + (inTransaction ? "tx" : "auto"));
    }

    /** An engine over a duplicate connection of the same DuckDB database, for a second reader in this process. */
    private static Engine engineOn(Connection connection) {
        return new Engine() {
            @Override
            public Dialect dialect() {
                return Dialect.DUCKDB;
            }

            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public String defaultSchema() {
                return "main";
            }

            @Override
            public void close() {
                // The reader thread closes its connection.
            }
        };
    }

    // ---- label ownership

    @Test
    void anotherCampaignCannotClaimOrReserveALabelWhateverItsCaseAndSpacesAndNothingChanges() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.claim("camp-owner", Map.of("Beach Lovers", "save-beach"));

            Map<String, String> both = new LinkedHashMap<>();
            both.put("Free label of intruder", "save-free");
            both.put("  beach LOVERS ", "save-intruder");
            assertThatThrownBy(() -> registry.claim("camp-intruder", both))
                    .isInstanceOfSatisfying(BatonException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CAMPAIGN))
                    .hasMessage("audience label '  beach LOVERS ' is owned by campaign 'camp-owner' (activity 'save-beach'); choose another label");
            assertThatThrownBy(() -> registry.reserve("camp-intruder", both))
                    .hasMessage("audience label '  beach LOVERS ' is owned by campaign 'camp-owner' (activity 'save-beach'); choose another label");
            AudienceCatalog catalog = registry.catalog();
            assertThat(catalog.owner("free label of intruder")).as("nothing of the refused claim was kept").isEmpty();
            assertThat(catalog.owner("BEACH LOVERS")).contains(new LabelOwner("Beach Lovers", "camp-owner", "save-beach"));

            registry.claim("camp-owner", Map.of("beach lovers", "save-beach-2"));
            assertThat(registry.catalog().owner("Beach Lovers")).as("the owner may claim again").contains(new LabelOwner("beach lovers", "camp-owner", "save-beach-2"));
            registry.reserve("camp-owner", Map.of("Beach Lovers", "save-beach"));
            assertThat(published(engine, "beach lovers")).isTrue();
            assertThatThrownBy(() -> registry.save(recipients("Beach lovers", "camp-intruder"), recipientsOf("FR"), 0, 1))
                    .hasMessage("audience label 'Beach lovers' is owned by campaign 'camp-owner' (activity 'save-beach'); choose another label");
            assertThat(registry.find("Beach lovers")).as("the refused save created nothing").isEmpty();
            assertThat(count(engine.connection(), "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'baton_audiences'"))
                    .isEqualTo(count(engine.connection(), "SELECT count(*) FROM baton_meta.audience_versions WHERE NOT dropped"));
        }
    }

    @Test
    void claimingAgainReplacesTheCampaignsUnpublishedClaimsAndKeepsItsPublishedOnes() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.reserve("camp-replace", Map.of("Replace published", "save-p"));
            registry.claim("camp-replace", Map.of("Replace a", "save-a", "Replace b", "save-b"));

            registry.claim("camp-replace", Map.of("replace A", "save-a2", "Replace c", "save-c"));

            AudienceCatalog catalog = registry.catalog();
            assertThat(catalog.owner("replace a")).contains(new LabelOwner("replace A", "camp-replace", "save-a2"));
            assertThat(catalog.owner("replace b")).as("dropped from the draft: freed").isEmpty();
            assertThat(catalog.owner("replace c")).contains(new LabelOwner("Replace c", "camp-replace", "save-c"));
            assertThat(catalog.owner("replace published")).as("published stays").contains(new LabelOwner("Replace published", "camp-replace", "save-p"));
        }
    }

    @Test
    void releasingADraftThatNeverPublishedFreesItsLabelsButNotPublishedOnes() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.claim("camp-draft", Map.of("Draft label", "save-d"));
            registry.reserve("camp-live", Map.of("Live label", "save-l"));
            registry.claim("camp-live", Map.of("Live label", "save-l", "Live draft label", "save-ld"));

            registry.releaseUnpublished("camp-draft");
            registry.releaseUnpublished("camp-live");

            AudienceCatalog catalog = registry.catalog();
            assertThat(catalog.owner("draft label")).isEmpty();
            assertThat(catalog.owner("live draft label")).isEmpty();
            assertThat(catalog.owner("live label")).contains(new LabelOwner("Live label", "camp-live", "save-l"));
            registry.claim("camp-other", Map.of("DRAFT LABEL", "save-o"));
            assertThat(registry.catalog().owner("draft label")).contains(new LabelOwner("DRAFT LABEL", "camp-other", "save-o"));
        }
    }

    @Test
    void theDatabaseRefusesASecondOwnerForTheSameNormalisedLabel() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.reserve("camp-racing-1", Map.of("Raced Label", "save"));

            // What a second process would write if it had checked before the first committed.
            assertThatThrownBy(() -> execute(engine.connection(), "INSERT INTO baton_meta.audience_labels"
                    + " (label_key, label, campaign_id, activity_id, published, claimed_at) VALUES ('raced label', 'RACED LABEL', 'camp-racing-2', 'save', true, TIMESTAMP '2026-06-15 09:30:00')"))
                    .hasMessageContaining("raced label");
            assertThat(registry.catalog().owner("raced label")).contains(new LabelOwner("Raced Label", "camp-racing-1", "save"));
        }
    }

    @Test
    void labelsInOneClaimThatAreTheSameLabelAreRefused() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            Map<String, String> twice = new LinkedHashMap<>();
            twice.put("Twice", "save-1");
            twice.put(" twice", "save-2");
            assertThatThrownBy(() -> registry.claim("camp-twice", twice)).hasMessage(
                    "audience labels 'Twice' and ' twice' are the same label (labels compare trimmed, ignoring case)");
            assertThatThrownBy(() -> registry.claim("camp-twice", Map.of("   ", "save-1"))).hasMessage("the audience label of activity 'save-1' is empty");
            assertThat(registry.catalog().owner("twice")).isEmpty();
        }
    }

    @Test
    void aSaveMakesItsLabelThePublishedLabelOfItsCampaign() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.claim("camp-saver", Map.of("Saved label", "save"));
            assertThat(published(engine, "saved label")).isFalse();

            registry.save(new AudienceDefinition("Saved label", "camp-saver", "save", "Recipients - CRMID", "recipients", "crmId",
                    AudienceWorkspace.RECIPIENT_FIELDS), recipientsOf("FR"), 0, 1);
            registry.releaseUnpublished("camp-saver");

            assertThat(published(engine, "saved label")).isTrue();
            assertThat(registry.catalog().owner("saved label")).contains(new LabelOwner("Saved label", "camp-saver", "save"));
        }
    }

    // ---- lineage

    @Test
    void readsAreRecordedPerCampaign() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.save(recipients("Read often", "camp-writer"), recipientsOf("FR"), 0, 1);

            registry.recordRead("read often", "camp-reader-b", 10);
            registry.recordRead("READ OFTEN", "camp-reader-b", 10);
            registry.recordRead("Read often", "camp-reader-b", 11);
            registry.recordRead("Read often", "camp-reader-a", 12);

            assertThat(registry.find("Read often").orElseThrow().readBy()).containsExactly("camp-reader-a", "camp-reader-b");
            assertThat(count(engine.connection(), "SELECT count(*) FROM baton_meta.audience_reads r JOIN baton_meta.audiences a USING (audience_id)"
                    + " WHERE a.label = 'Read often'")).isEqualTo(3);
            assertThatThrownBy(() -> registry.recordRead("Never saved", "camp-reader-a", 13))
                    .isInstanceOfSatisfying(BatonException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                    .hasMessageStartingWith("no audience 'Never saved'; audiences: ");
        }
    }

    @Test
    void theCatalogHoldsEveryOwnerAndEveryCurrentVersion() {
        try (Engine engine = workspace.open()) {
            AudienceRegistry registry = new AudienceRegistry(engine, CLOCK);
            registry.claim("camp-catalog", Map.of("Catalog only claimed", "save-c"));
            AudienceVersion saved = registry.save(new AudienceDefinition("Catalog saved", "camp-catalog", "save-s", "Recipients - CRMID", "bookings", "crmId",
                    AudienceWorkspace.BOOKING_FIELDS), AudienceWorkspace.bookingsOf("FR"), 2, 5);

            AudienceCatalog catalog = registry.catalog();

            assertThat(catalog.owner("catalog only claimed")).contains(new LabelOwner("Catalog only claimed", "camp-catalog", "save-c"));
            assertThat(catalog.audience("catalog only claimed")).isEmpty();
            AudienceTable table = catalog.audience("catalog saved").orElseThrow();
            assertThat(table).isEqualTo(new AudienceTable("Catalog saved", "Recipients - CRMID", "crmId", 1, TableName.parse(saved.table()),
                    AudienceWorkspace.BOOKING_FIELDS, saved.rows(), saved.distinctProfiles()));
            assertThat(table.onePerProfile()).isFalse();
            assertThat(table.fields()).extracting(StoredField::type).containsExactly(AttributeType.STRING, AttributeType.INTEGER, AttributeType.DECIMAL,
                    AttributeType.DATE, AttributeType.STRING);
            assertThat(saved.rows()).isEqualTo(count(engine.connection(), "SELECT count(*) FROM crm.bookings b JOIN crm.recipients r USING (recipient_id)"
                    + " WHERE r.country = 'FR' AND r.crm_id IS NOT NULL"));
            assertThat(saved.distinctProfiles()).isEqualTo(count(engine.connection(), "SELECT count(DISTINCT r.crm_id) FROM crm.bookings b"
                    + " JOIN crm.recipients r USING (recipient_id) WHERE r.country = 'FR'"));
            assertThat(saved.distinctProfiles()).as("several bookings per profile").isLessThan(saved.rows());
            assertThat(registry.list()).extracting(SavedAudience::label).contains("Catalog saved").doesNotContain("Catalog only claimed");
        }
    }

    // ---- helpers

    private static boolean published(Engine engine, String key) {
        return (Boolean) rows(engine.connection(), "SELECT published FROM baton_meta.audience_labels WHERE label_key = ?", key).getFirst().getFirst();
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql) {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String quoted(String schemaDotName) {
        int dot = schemaDotName.indexOf('.');
        return "\"" + schemaDotName.substring(0, dot) + "\".\"" + schemaDotName.substring(dot + 1) + "\"";
    }
}
