package dev.baton.engine.audience;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.catalog.AudienceTable;
import dev.baton.compiler.catalog.LabelOwner;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.sql.SqlStatement;
import dev.baton.engine.run.WorkTables;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.store.Transactions;
import dev.baton.model.campaign.Campaign;
import dev.baton.model.campaign.SaveAudience;
import dev.baton.model.datamodel.AttributeType;
import dev.baton.model.datamodel.TableName;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The audience registry of one open database: label ownership, saved audiences and their versions, lineage.
 *
 * <p>Metadata is in {@code baton_meta} (migration {@code V3__audiences.sql}); each version's content is its own table
 * {@code baton_audiences."a<audienceId>_v<version>"}, made once with {@code CREATE TABLE … AS} and never changed. A save
 * switches the audience's current version in one transaction, so a reader that resolves the current version and reads
 * its table in one transaction sees one whole version; see {@code docs/audiences.md} for what holds outside one.
 *
 * <p>Labels compare trimmed and ignoring case ({@link Text#normalized}); they are stored as given. Writing methods
 * manage their own transactions (label claims join the caller's when one is open); {@link LabelClaims} holds the
 * label rules.
 */
public final class AudienceRegistry {
    public static final String SCHEMA = "baton_audiences";
    /** How many versions of an audience keep their content table; older ones are dropped after each save. */
    public static final int DEFAULT_VERSIONS_KEPT = 5;

    /** Steps of {@link #save} reported to the test seam: the content table exists, not yet counted. */
    static final String STEP_TABLE_CREATED = "table created";
    /** The content table is counted and checked; the switch has not started. */
    static final String STEP_COUNTED = "counted";
    /** Inside the switch transaction: the version row is written and the audience points at it, not committed yet. */
    static final String STEP_VERSION_RECORDED = "version recorded";
    /** The switch is committed; retention has not run. */
    static final String STEP_SWITCHED = "switched";

    private static final int LABELS_IN_MESSAGES = 10;

    private final Engine engine;
    private final InstantSource clock;
    private final Consumer<String> afterStep;
    private final LabelClaims labels;

    public AudienceRegistry(Engine engine, InstantSource clock) {
        this(engine, clock, step -> {});
    }

    /** With a seam called after each step of a save, by name ({@code STEP_…}); tests throw from it to inject failures. */
    AudienceRegistry(Engine engine, InstantSource clock, Consumer<String> afterStep) {
        this.engine = requireNonNull(engine, "engine is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.afterStep = requireNonNull(afterStep, "afterStep is null");
        this.labels = new LabelClaims(engine.connection(), clock);
    }

    // ---- the compiler's view

    /** A snapshot: every label owner (published or not) and every saved audience's current version. */
    public AudienceCatalog catalog() {
        return read("read the audience registry", () -> {
            List<LabelOwner> owners = new ArrayList<>();
            try (PreparedStatement statement = connection().prepareStatement(
                    "SELECT label, campaign_id, activity_id FROM baton_meta.audience_labels ORDER BY label_key");
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    owners.add(new LabelOwner(result.getString(1), result.getString(2), result.getString(3)));
                }
            }
            // Three queries whatever the number of audiences: owners, current versions, their fields.
            Map<Long, List<StoredField>> fields = new HashMap<>();
            try (PreparedStatement statement = connection().prepareStatement("SELECT f.audience_id, f.name, f.type, f.role"
                    + " FROM baton_meta.audience_fields f JOIN baton_meta.audiences a ON a.audience_id = f.audience_id AND a.current_version = f.version"
                    + " ORDER BY f.audience_id, f.position");
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    fields.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(storedField(result, 2));
                }
            }
            List<AudienceTable> audiences = new ArrayList<>();
            try (PreparedStatement statement = connection().prepareStatement("SELECT a.audience_id, a.label, a.current_version, "
                    + VERSION_COLUMN_NAMES.stream().map("v."::concat).collect(Collectors.joining(", "))
                    + " FROM baton_meta.audiences a LEFT JOIN baton_meta.audience_versions v ON v.audience_id = a.audience_id AND v.version = a.current_version"
                    + " ORDER BY a.label_key");
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (result.getObject(4) == null) {
                        throw new BatonException(ErrorCode.INTERNAL, "audience '" + Text.quoteForMessage(result.getString(2)) + "' points at version "
                                + result.getInt(3) + ", which is not recorded");
                    }
                    VersionRow current = versionRow(result, 4);
                    audiences.add(new AudienceTable(result.getString(2), current.targetDimension(), current.identityNamespace(), current.version(),
                            tableName(current.table()), fields.getOrDefault(result.getLong(1), List.of()), current.rows(), current.profiles()));
                }
            }
            return new AudienceCatalog(owners, audiences);
        });
    }

    // ---- label ownership

    /** The audience labels a campaign's Save audience activities write, each with its activity, in file order. */
    public static Map<String, String> labelsOf(Campaign campaign) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (var activity : campaign.activities()) {
            if (activity instanceof SaveAudience save) {
                labels.put(save.audience(), save.id());
            }
        }
        return labels;
    }

    /**
     * At apply: this campaign's unpublished claims become exactly {@code labelToActivity} (its published labels stay
     * its own). A label owned by another campaign is refused and nothing changes. Joins the caller's transaction when
     * one is open.
     */
    public void claim(String campaignId, Map<String, String> labelToActivity) {
        labels.claim(campaignId, labelToActivity);
    }

    /**
     * At publish: the same check, then these claims are this campaign's published labels. The primary key on the
     * normalised label makes the second of two racing processes fail; it gets the ownership error.
     */
    public void reserve(String campaignId, Map<String, String> labelToActivity) {
        labels.reserve(campaignId, labelToActivity);
    }

    /** A deleted draft that never published frees its labels; published labels stay owned. */
    public void releaseUnpublished(String campaignId) {
        labels.releaseUnpublished(campaignId);
    }

    // ---- saving

    /**
     * Saves a new version: creates its content table from {@code contentSelect}, counts it, then in one transaction
     * records the version and makes it current (creating the audience on its first save, and making the label this
     * campaign's published label). Then drops the content of versions older than the last {@value #DEFAULT_VERSIONS_KEPT}.
     * If anything fails before the switch commits, the previous version stays current and intact, and the new table is
     * dropped.
     *
     * @param contentSelect a {@code SELECT} whose columns are {@code definition.fields()}, by name and in order, and
     *     whose rows all have an identity
     */
    public AudienceVersion save(AudienceDefinition definition, SqlStatement contentSelect, long skippedEmptyIdentity, long runId) {
        return save(definition, contentSelect, rows -> skippedEmptyIdentity, runId);
    }

    /**
     * As {@link #save(AudienceDefinition, SqlStatement, long, long)} for a content select that yields one row per
     * inbound row with an identity: the rows skipped for an empty identity are {@code inboundRows} minus the rows
     * saved, so no query has to count them beforehand.
     */
    public AudienceVersion saveInbound(AudienceDefinition definition, SqlStatement contentSelect, long inboundRows, long runId) {
        return save(definition, contentSelect, rows -> inboundRows - rows, runId);
    }

    private AudienceVersion save(AudienceDefinition definition, SqlStatement contentSelect, java.util.function.LongUnaryOperator skippedFor, long runId) {
        requireNonNull(definition, "definition is null");
        requireNonNull(contentSelect, "contentSelect is null");
        StoredField identity = checkDefinition(definition);
        requireAutoCommit();
        String key = Text.normalized(definition.label());
        Instant savedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<AudienceRow> existing;
        long audienceId;
        int version;
        TableName table;
        try {
            Optional<LabelClaims.Owner> owner = labels.owner(key);
            if (owner.isPresent() && !owner.get().campaignId().equals(definition.campaignId())) {
                throw LabelClaims.ownedByAnother(definition.label(), owner.get());
            }
            existing = audienceRows(Optional.of(key)).stream().findFirst();
            if (existing.isPresent() && !existing.get().campaignId().equals(definition.campaignId())) {
                throw LabelClaims.ownedByAnother(definition.label(), new LabelClaims.Owner(existing.get().campaignId(), existing.get().activityId(), true));
            }
            audienceId = existing.isPresent() ? existing.get().id() : nextAudienceId();
            version = nextVersion(audienceId);
            table = new TableName(Optional.of(SCHEMA), "a" + audienceId + "_v" + version);
            execute(WorkTables.createSchema(engine.dialect(), SCHEMA));
            if (tableExists(table)) {
                // Left by a save that stopped before recording its version (no version row names it): nothing reads it.
                execute(WorkTables.drop(engine.dialect(), table));
            }
        }
        catch (SQLException e) {
            throw failure("prepare saving audience '" + Text.quoteForMessage(definition.label()) + "'", e);
        }
        long rows;
        long profiles;
        long skipped;
        try {
            createTable(table, contentSelect);
            afterStep.accept(STEP_TABLE_CREATED);
            checkColumns(table, definition);
            long[] counts = counts(table, identity);
            rows = counts[0];
            profiles = counts[1];
            if (counts[2] != rows) {
                throw new BatonException(ErrorCode.INTERNAL, "the content of audience '" + Text.quoteForMessage(definition.label()) + "' has "
                        + (rows - counts[2]) + " rows without identity " + identity.name() + "; rows with an empty identity must be left out and counted");
            }
            afterStep.accept(STEP_COUNTED);
            skipped = skippedFor.applyAsLong(rows);
            switchTo(definition, key, existing, audienceId, version, table, rows, profiles, skipped, runId, savedAt);
        }
        catch (SQLException e) {
            dropQuietly(table, e);
            throw failure("save audience '" + Text.quoteForMessage(definition.label()) + "'", e);
        }
        catch (RuntimeException | Error e) {
            dropQuietly(table, e);
            throw e;
        }
        afterStep.accept(STEP_SWITCHED);
        dropOldVersions(audienceId);
        return new AudienceVersion(version, table.toString(), rows, profiles, skipped, savedAt, runId);
    }

    private void switchTo(AudienceDefinition definition, String key, Optional<AudienceRow> existing, long audienceId, int version, TableName table,
            long rows, long profiles, long skipped, long runId, Instant savedAt) throws SQLException {
        Transactions.run(connection(), () -> {
            if (existing.isEmpty()) {
                update("INSERT INTO baton_meta.audiences (audience_id, label_key, label, campaign_id, activity_id, target_dimension, entity,"
                        + " identity_namespace, current_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        audienceId, key, definition.label(), definition.campaignId(), definition.activityId(), definition.targetDimension(),
                        definition.entity(), definition.identityNamespace(), version, utc(savedAt));
            }
            update("INSERT INTO baton_meta.audience_versions (audience_id, version, table_name, target_dimension, entity, identity_namespace,"
                    + " row_count, distinct_profiles, skipped_empty_identity, run_id, saved_at, dropped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)",
                    audienceId, version, table.toString(), definition.targetDimension(), definition.entity(), definition.identityNamespace(),
                    rows, profiles, skipped, runId, utc(savedAt));
            int position = 0;
            for (StoredField field : definition.fields()) {
                update("INSERT INTO baton_meta.audience_fields (audience_id, version, position, name, type, role) VALUES (?, ?, ?, ?, ?, ?)",
                        audienceId, version, position++, field.name(), field.type().name(), field.role().name());
            }
            Optional<LabelClaims.Owner> owner = labels.owner(key);
            if (owner.isEmpty()) {
                labels.insertClaim(key, new LabelClaims.Claim(definition.label(), definition.activityId()), definition.campaignId(), true);
            }
            else if (!owner.get().published()) {
                update("UPDATE baton_meta.audience_labels SET published = true WHERE label_key = ?", key);
            }
            if (existing.isPresent()) {
                // The switch: the one statement that changes what readers get.
                update("UPDATE baton_meta.audiences SET label = ?, activity_id = ?, target_dimension = ?, entity = ?, identity_namespace = ?,"
                        + " current_version = ? WHERE audience_id = ?",
                        definition.label(), definition.activityId(), definition.targetDimension(), definition.entity(), definition.identityNamespace(),
                        version, audienceId);
            }
            afterStep.accept(STEP_VERSION_RECORDED);
            return null;
        });
    }

    /**
     * Drops the content tables of versions older than the last {@value #DEFAULT_VERSIONS_KEPT} and marks them, each in a
     * transaction. It runs after the switch: the save has succeeded by then, so a failure here does not undo it or
     * fail it; the next save tries again (it drops every unmarked version beyond the last ones).
     */
    private void dropOldVersions(long audienceId) {
        try {
            List<VersionRow> kept = versionRows(audienceId);
            for (VersionRow old : kept.subList(Math.min(DEFAULT_VERSIONS_KEPT, kept.size()), kept.size())) {
                Transactions.run(connection(), () -> {
                    execute(WorkTables.drop(engine.dialect(), tableName(old.table())));
                    update("UPDATE baton_meta.audience_versions SET dropped = true WHERE audience_id = ? AND version = ?", audienceId, old.version());
                    return null;
                });
            }
        }
        catch (SQLException e) {
            // Retention is retried by the next save; see above.
        }
    }

    // ---- reading

    public Optional<SavedAudience> find(String label) {
        requireNonNull(label, "label is null");
        return read("read the audience registry", () -> {
            List<AudienceRow> rows = audienceRows(Optional.of(Text.normalized(label)));
            return rows.isEmpty() ? Optional.<SavedAudience>empty() : Optional.of(saved(rows.getFirst()));
        });
    }

    /** Every saved audience, by label. */
    public List<SavedAudience> list() {
        return read("read the audience registry", () -> {
            List<SavedAudience> audiences = new ArrayList<>();
            for (AudienceRow row : audienceRows(Optional.empty())) {
                audiences.add(saved(row));
            }
            return audiences;
        });
    }

    /** Lineage: a run of {@code campaignId} read the audience. Recording the same run twice changes nothing. */
    public void recordRead(String label, String campaignId, long runId) {
        requireNonNull(label, "label is null");
        requireNonNull(campaignId, "campaignId is null");
        requireAutoCommit();
        try {
            AudienceRow row = audienceRows(Optional.of(Text.normalized(label))).stream().findFirst().orElseThrow(() -> notFound(label));
            try (PreparedStatement statement = connection().prepareStatement(
                    "SELECT count(*) FROM baton_meta.audience_reads WHERE audience_id = ? AND campaign_id = ? AND run_id = ?")) {
                statement.setLong(1, row.id());
                statement.setString(2, campaignId);
                statement.setLong(3, runId);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (result.getLong(1) > 0) {
                        return;
                    }
                }
            }
            update("INSERT INTO baton_meta.audience_reads (audience_id, campaign_id, run_id, read_at) VALUES (?, ?, ?, ?)",
                    row.id(), campaignId, runId, utc(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
        catch (SQLException e) {
            throw failure("record a read of audience '" + Text.quoteForMessage(label) + "'", e);
        }
    }

    // ---- for AudienceService

    /** A kept version of a saved audience, with what reading its table needs. */
    record StoredVersion(SavedAudience audience, AudienceVersion version, TableName table, List<StoredField> fields, String identityNamespace) {
        StoredField identity() {
            return fields.stream().filter(field -> field.role() == StoredField.FieldRole.IDENTITY).findFirst().orElseThrow();
        }
    }

    /** Runs {@code work} in one read transaction (or in the caller's, when auto-commit is off). */
    <T> T read(String what, Transactions.SqlWork<T> work) {
        try {
            return Transactions.run(connection(), work);
        }
        catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** The audience and one of its kept versions (the current one when empty); call inside {@link #read}. */
    StoredVersion version(String label, Optional<Integer> version) throws SQLException {
        AudienceRow row = audienceRows(Optional.of(Text.normalized(label))).stream().findFirst().orElseThrow(() -> notFound(label));
        SavedAudience audience = saved(row);
        int wanted = version.orElse(row.currentVersion());
        Optional<VersionRow> stored = versionRow(row.id(), wanted);
        String kept = String.join(", ", audience.versions().stream().map(candidate -> String.valueOf(candidate.version())).toList());
        if (stored.isEmpty()) {
            throw new BatonException(ErrorCode.NOT_FOUND, "audience '" + Text.quoteForMessage(row.label()) + "' has no version " + wanted
                    + "; kept versions: " + kept);
        }
        if (stored.get().dropped()) {
            throw new BatonException(ErrorCode.NOT_FOUND, "the content of version " + wanted + " of audience '" + Text.quoteForMessage(row.label())
                    + "' was dropped (only the last " + DEFAULT_VERSIONS_KEPT + " versions are kept); kept versions: " + kept);
        }
        return new StoredVersion(audience, stored.get().toVersion(), tableName(stored.get().table()), fields(row.id(), wanted),
                stored.get().identityNamespace());
    }

    Engine engine() {
        return engine;
    }

    // ---- internals

    private record AudienceRow(long id, String label, String campaignId, String activityId, String targetDimension, String entity,
            String identityNamespace, int currentVersion, Instant createdAt) {}

    private record VersionRow(int version, String table, String targetDimension, String entity, String identityNamespace, long rows, long profiles,
            long skipped, long runId, Instant savedAt, boolean dropped) {
        AudienceVersion toVersion() {
            return new AudienceVersion(version, table, rows, profiles, skipped, savedAt, runId);
        }
    }

    private Connection connection() {
        return engine.connection();
    }

    /** The identity field; the definition must list it first, once, with unique field names. */
    private static StoredField checkDefinition(AudienceDefinition definition) {
        if (Text.normalized(definition.label()).isEmpty()) {
            throw new BatonException(ErrorCode.INVALID_CAMPAIGN, "the audience label of activity '" + Text.quoteForMessage(definition.activityId()) + "' is empty");
        }
        List<StoredField> fields = definition.fields();
        if (fields.isEmpty() || fields.getFirst().role() != StoredField.FieldRole.IDENTITY
                || fields.stream().filter(field -> field.role() == StoredField.FieldRole.IDENTITY).count() != 1) {
            throw new BatonException(ErrorCode.INTERNAL, "the fields of audience '" + Text.quoteForMessage(definition.label())
                    + "' must start with the one identity field: " + fields);
        }
        Set<String> names = new HashSet<>();
        for (StoredField field : fields) {
            if (!names.add(field.name().toLowerCase(Locale.ROOT))) {
                throw new BatonException(ErrorCode.INTERNAL, "audience '" + Text.quoteForMessage(definition.label()) + "' has two fields named '"
                        + Text.quoteForMessage(field.name()) + "'");
            }
        }
        return fields.getFirst();
    }

    private void requireAutoCommit() {
        try {
            if (!connection().getAutoCommit()) {
                throw new IllegalStateException("the audience registry manages its own transactions; call it with auto-commit on");
            }
        }
        catch (SQLException e) {
            throw failure("use the database connection", e);
        }
    }

    private long nextAudienceId() throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement("SELECT nextval('baton_meta.audience_ids')");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private int nextVersion(long audienceId) throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT coalesce(max(version), 0) + 1 FROM baton_meta.audience_versions WHERE audience_id = ?")) {
            statement.setLong(1, audienceId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private DSLContext sql() {
        return DSL.using(engine.dialect().jooq());
    }

    private void createTable(TableName table, SqlStatement select) throws SQLException {
        String sql = "CREATE TABLE " + sql().render(WorkTables.table(table)) + " AS " + select.sql();
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < select.binds().size(); i++) {
                statement.setObject(i + 1, select.binds().get(i));
            }
            statement.execute();
        }
    }

    private void checkColumns(TableName table, AudienceDefinition definition) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            statement.setString(1, SCHEMA);
            statement.setString(2, table.name());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add(result.getString(1));
                }
            }
        }
        List<String> expected = definition.fields().stream().map(StoredField::name).toList();
        if (!columns.equals(expected)) {
            throw new BatonException(ErrorCode.INTERNAL, "the content select of audience '" + Text.quoteForMessage(definition.label())
                    + "' has columns " + columns + ", not the audience's fields " + expected);
        }
    }

    /** Rows, distinct identities, rows with an identity. */
    private long[] counts(TableName table, StoredField identity) throws SQLException {
        Field<Object> id = DSL.field(DSL.name(identity.name()));
        String sql = sql().select(DSL.count(), DSL.countDistinct(id), DSL.count(id)).from(WorkTables.table(table)).getSQL();
        try (PreparedStatement statement = connection().prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return new long[] {result.getLong(1), result.getLong(2), result.getLong(3)};
        }
    }

    private boolean tableExists(TableName table) throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            statement.setString(1, table.schema().orElseThrow());
            statement.setString(2, table.name());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) > 0;
            }
        }
    }

    private void dropQuietly(TableName table, Throwable cause) {
        try {
            execute(WorkTables.drop(engine.dialect(), table));
        }
        catch (SQLException | RuntimeException e) {
            // The table is left behind; the next save of the audience drops it (no version row names it).
            cause.addSuppressed(e);
        }
    }

    private List<AudienceRow> audienceRows(Optional<String> key) throws SQLException {
        List<AudienceRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement("SELECT audience_id, label, campaign_id, activity_id, target_dimension, entity,"
                + " identity_namespace, current_version, created_at FROM baton_meta.audiences" + (key.isPresent() ? " WHERE label_key = ?" : "")
                + " ORDER BY label_key")) {
            if (key.isPresent()) {
                statement.setString(1, key.get());
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new AudienceRow(result.getLong(1), result.getString(2), result.getString(3), result.getString(4), result.getString(5),
                            result.getString(6), result.getString(7), result.getInt(8), instant(result.getObject(9, LocalDateTime.class))));
                }
            }
        }
        return rows;
    }

    private static final List<String> VERSION_COLUMN_NAMES = List.of("version", "table_name", "target_dimension", "entity", "identity_namespace",
            "row_count", "distinct_profiles", "skipped_empty_identity", "run_id", "saved_at", "dropped");
    private static final String VERSION_COLUMNS = String.join(", ", VERSION_COLUMN_NAMES);

    /** The versions whose content is kept, newest first. */
    private List<VersionRow> versionRows(long audienceId) throws SQLException {
        List<VersionRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM baton_meta.audience_versions WHERE audience_id = ? AND NOT dropped ORDER BY version DESC")) {
            statement.setLong(1, audienceId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(versionRow(result));
                }
            }
        }
        return rows;
    }

    private Optional<VersionRow> versionRow(long audienceId, int version) throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM baton_meta.audience_versions WHERE audience_id = ? AND version = ?")) {
            statement.setLong(1, audienceId);
            statement.setInt(2, version);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(versionRow(result)) : Optional.empty();
            }
        }
    }

    private static VersionRow versionRow(ResultSet result) throws SQLException {
        return versionRow(result, 1);
    }

    /** A version from {@link #VERSION_COLUMNS}, starting at column {@code first}. */
    private static VersionRow versionRow(ResultSet result, int first) throws SQLException {
        int c = first;
        return new VersionRow(result.getInt(c), result.getString(c + 1), result.getString(c + 2), result.getString(c + 3), result.getString(c + 4),
                result.getLong(c + 5), result.getLong(c + 6), result.getLong(c + 7), result.getLong(c + 8),
                instant(result.getObject(c + 9, LocalDateTime.class)), result.getBoolean(c + 10));
    }

    /** A stored field from its name, type and role, starting at column {@code first}. */
    private static StoredField storedField(ResultSet result, int first) throws SQLException {
        return new StoredField(result.getString(first), AttributeType.valueOf(result.getString(first + 1)),
                StoredField.FieldRole.valueOf(result.getString(first + 2)));
    }

    private List<StoredField> fields(long audienceId, int version) throws SQLException {
        List<StoredField> fields = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT name, type, role FROM baton_meta.audience_fields WHERE audience_id = ? AND version = ? ORDER BY position")) {
            statement.setLong(1, audienceId);
            statement.setInt(2, version);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    fields.add(storedField(result, 1));
                }
            }
        }
        return fields;
    }

    private List<String> readers(long audienceId) throws SQLException {
        List<String> readers = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT DISTINCT campaign_id FROM baton_meta.audience_reads WHERE audience_id = ? ORDER BY campaign_id")) {
            statement.setLong(1, audienceId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    readers.add(result.getString(1));
                }
            }
        }
        return readers;
    }

    private SavedAudience saved(AudienceRow row) throws SQLException {
        List<AudienceVersion> versions = versionRows(row.id()).stream().map(VersionRow::toVersion).toList();
        Optional<AudienceVersion> current = versions.stream().filter(version -> version.version() == row.currentVersion()).findFirst();
        return new SavedAudience(row.label(), row.campaignId(), row.activityId(), row.targetDimension(), row.entity(), row.identityNamespace(),
                fields(row.id(), row.currentVersion()), current, versions, readers(row.id()), row.createdAt());
    }

    /** No saved audience has this label; the message lists the known ones (cut when there are many) or says who claimed it. */
    private BatonException notFound(String label) {
        try {
            Optional<LabelClaims.Owner> owner = labels.owner(Text.normalized(label));
            if (owner.isPresent()) {
                return new BatonException(ErrorCode.NOT_FOUND, "audience '" + Text.quoteForMessage(label) + "' has not been saved yet; its label is "
                        + (owner.get().published() ? "" : "claimed by a draft of ") + "campaign '" + Text.quoteForMessage(owner.get().campaignId())
                        + "' (activity '" + Text.quoteForMessage(owner.get().activityId()) + "'), whose published runs save it");
            }
            List<String> labels = audienceRows(Optional.empty()).stream().map(AudienceRow::label).toList();
            if (labels.isEmpty()) {
                return new BatonException(ErrorCode.NOT_FOUND, "no audience '" + Text.quoteForMessage(label)
                        + "'; no audience has been saved yet (the Save audience activities of published campaigns save them)");
            }
            String known = String.join(", ", labels.stream().limit(LABELS_IN_MESSAGES).map(name -> "'" + Text.quoteForMessage(name) + "'").toList());
            String more = labels.size() > LABELS_IN_MESSAGES ? " and " + (labels.size() - LABELS_IN_MESSAGES) + " more (see 'baton audiences list')" : "";
            return new BatonException(ErrorCode.NOT_FOUND, "no audience '" + Text.quoteForMessage(label) + "'; audiences: " + known + more);
        }
        catch (SQLException e) {
            return failure("read the audience registry", e);
        }
    }

    static TableName tableName(String stored) {
        return TableName.parse(stored);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection().createStatement()) {
            statement.execute(sql);
        }
    }

    private void update(String sql, Object... binds) throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            statement.executeUpdate();
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    static BatonException failure(String what, SQLException e) {
        return new BatonException(ErrorCode.SQL_FAILED, "cannot " + what + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
    }
}
