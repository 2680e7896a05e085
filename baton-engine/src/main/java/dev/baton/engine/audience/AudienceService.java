package dev.baton.engine.audience;

import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.sql.Dialect;
import dev.baton.engine.audience.AudienceContent.ContentColumn;
import dev.baton.engine.audience.AudienceRegistry.StoredVersion;
import dev.baton.engine.run.WorkTables;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.workspace.Workspace;
import dev.baton.engine.workspace.WorkspaceDatabase;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.Text;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Saved audiences for people: list, detail, content, export, differences between versions. Each call opens the
 * workspace database and closes it; reads of one call come from one snapshot.
 */
public final class AudienceService {
    /** At most this many rows per page of {@link #content}. */
    public static final int MAX_LIMIT = 10_000;
    /** The export formats. */
    public static final List<String> FORMATS = List.of("csv", "parquet");

    private final InstantSource clock;

    public AudienceService(InstantSource clock) {
        this.clock = clock;
    }

    /** Every saved audience, by label. */
    public List<SavedAudience> list(Path workspaceDirectory) {
        return withRegistry(workspaceDirectory, AudienceRegistry::list);
    }

    /** One audience: fields, kept versions, owning campaign and activity, readers. */
    public SavedAudience show(Path workspaceDirectory, String label) {
        return withRegistry(workspaceDirectory, registry -> registry.read("read the audience registry", () -> registry.version(label, Optional.empty()).audience()));
    }

    /** A page of a version's rows (the current version by default), ordered by identity, then source keys, then the other fields. */
    public AudienceContent content(Path workspaceDirectory, String label, Optional<Integer> version, long offset, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "--limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "--offset must be 0 or more, not " + offset);
        }
        return withRegistry(workspaceDirectory, registry -> registry.read("read audience '" + Text.quoteForMessage(label) + "'", () -> {
            StoredVersion stored = registry.version(label, version);
            Engine engine = registry.engine();
            DSLContext context = DSL.using(engine.dialect().jooq());
            var query = context.select(stored.fields().stream().map(field -> DSL.field(DSL.name(field.name()))).toList())
                    .from(WorkTables.table(stored.table()))
                    .orderBy(order(stored.fields()))
                    .limit(DSL.val(limit)).offset(DSL.val(offset));
            List<List<String>> rows = new ArrayList<>();
            try (PreparedStatement statement = engine.connection().prepareStatement(query.getSQL(ParamType.INDEXED))) {
                bind(statement, query.getBindValues());
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= stored.fields().size(); i++) {
                            row.add(text(result.getObject(i)));
                        }
                        rows.add(row);
                    }
                }
            }
            List<ContentColumn> columns = stored.fields().stream().map(field -> new ContentColumn(field.name(), field.type().fileName(), role(field))).toList();
            return new AudienceContent(stored.audience().label(), stored.version().version(), stored.version().rows(), offset, columns, rows);
        }));
    }

    /**
     * Writes a version's rows (the current version by default) to {@code output}, in the order of {@link #content}; the
     * database streams them ({@code COPY … TO}), so memory does not grow with the audience. The file appears whole or
     * not at all: it is written next to {@code output} and moved into place. Returns the rows written.
     *
     * @param format {@code csv} (with a header line) or {@code parquet}
     */
    public long export(Path workspaceDirectory, String label, Optional<Integer> version, String format, Path output) {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(chosen)) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "--format must be one of " + String.join(", ", FORMATS) + ", not '"
                    + Text.quoteForMessage(format) + "'");
        }
        Path target = output.toAbsolutePath().normalize();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "cannot export to " + target + ": the folder " + target.getParent() + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "cannot export to " + target + ": it is a folder");
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            long rows = withRegistry(workspaceDirectory, registry -> registry.read("export audience '" + Text.quoteForMessage(label) + "'", () -> {
                StoredVersion stored = registry.version(label, version);
                Engine engine = registry.engine();
                if (engine.dialect() != Dialect.DUCKDB) {
                    throw new BatonException(ErrorCode.INVALID_ARGUMENT, "export is streamed by DuckDB's COPY and is not available on "
                            + engine.dialect().fileName() + " yet");
                }
                DSLContext context = DSL.using(engine.dialect().jooq());
                String select = context.select(stored.fields().stream().map(field -> DSL.field(DSL.name(field.name()))).toList())
                        .from(WorkTables.table(stored.table())).orderBy(order(stored.fields())).getSQL(ParamType.INLINED);
                String options = chosen.equals("csv") ? "(FORMAT csv, HEADER)" : "(FORMAT parquet)";
                try (PreparedStatement statement = engine.connection().prepareStatement("COPY (" + select + ") TO ? " + options)) {
                    statement.setString(1, partial.toString());
                    statement.execute();
                    int count = statement.getUpdateCount();
                    return count >= 0 ? (long) count : stored.version().rows();
                }
            }));
            move(partial, target);
            return rows;
        }
        catch (IOException e) {
            throw new BatonException(ErrorCode.FILE_UNREADABLE, "cannot write " + target + ": " + e.getMessage(), e);
        }
        finally {
            try {
                Files.deleteIfExists(partial);
            }
            catch (IOException e) {
                // Only a leftover hidden file; the export itself has succeeded or already reported its failure.
            }
        }
    }

    /**
     * How the distinct profiles changed from one kept version to another; by default from the version before the
     * current one to the current one.
     */
    public AudienceDiff diff(Path workspaceDirectory, String label, Optional<Integer> from, Optional<Integer> to) {
        return withRegistry(workspaceDirectory, registry -> registry.read("compare versions of audience '" + Text.quoteForMessage(label) + "'", () -> {
            StoredVersion target = registry.version(label, to);
            SavedAudience audience = target.audience();
            int fromVersion;
            if (from.isPresent()) {
                fromVersion = from.get();
            }
            else {
                fromVersion = audience.versions().stream().map(AudienceVersion::version).filter(version -> version < target.version().version())
                        .max(Comparator.naturalOrder()).orElseThrow(() -> new BatonException(ErrorCode.INVALID_ARGUMENT, "audience '"
                                + Text.quoteForMessage(audience.label()) + "' has no kept version before version " + target.version().version()
                                + " to compare with; kept versions: " + String.join(", ", audience.versions().stream().map(v -> String.valueOf(v.version())).toList())));
            }
            StoredVersion source = registry.version(label, Optional.of(fromVersion));
            if (!Text.normalized(source.identityNamespace()).equals(Text.normalized(target.identityNamespace()))) {
                throw new BatonException(ErrorCode.INVALID_ARGUMENT, "versions " + fromVersion + " and " + target.version().version() + " of audience '"
                        + Text.quoteForMessage(audience.label()) + "' identify profiles differently (" + source.identityNamespace() + ", "
                        + target.identityNamespace() + "), so their profiles cannot be compared");
            }
            Engine engine = registry.engine();
            DSLContext context = DSL.using(engine.dialect().jooq());
            // jOOQ's select builders are mutable (a set operation changes its left side), so each query gets fresh ones.
            Supplier<SelectJoinStep<Record1<Object>>> oldIds =
                    () -> context.select(DSL.field(DSL.name(source.identity().name())).as("profile")).from(WorkTables.table(source.table()));
            Supplier<SelectJoinStep<Record1<Object>>> newIds =
                    () -> context.select(DSL.field(DSL.name(target.identity().name())).as("profile")).from(WorkTables.table(target.table()));
            long entered = count(engine, context.selectCount().from(newIds.get().except(oldIds.get()).asTable("d")).getSQL());
            long left = count(engine, context.selectCount().from(oldIds.get().except(newIds.get()).asTable("d")).getSQL());
            long stayed = count(engine, context.selectCount().from(oldIds.get().intersect(newIds.get()).asTable("d")).getSQL());
            return new AudienceDiff(audience.label(), fromVersion, target.version().version(), source.version().distinctProfiles(),
                    target.version().distinctProfiles(), entered, left, stayed);
        }));
    }

    private <T> T withRegistry(Path workspaceDirectory, Function<AudienceRegistry, T> work) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        try (Engine engine = WorkspaceDatabase.open(workspace, clock)) {
            return work.apply(new AudienceRegistry(engine, clock));
        }
    }

    /** Identity, then source keys, then the mapped fields: a total order, since the source keys identify a row. */
    private static List<SortField<?>> order(List<StoredField> fields) {
        List<SortField<?>> order = new ArrayList<>();
        for (StoredField.FieldRole role : StoredField.FieldRole.values()) {
            fields.stream().filter(field -> field.role() == role).forEach(field -> order.add(DSL.field(DSL.name(field.name())).asc()));
        }
        return order;
    }

    private static String role(StoredField field) {
        return switch (field.role()) {
            case IDENTITY -> "identity";
            case SOURCE_KEY -> "source-key";
            case MAPPED -> "mapped";
        };
    }

    private static long count(Engine engine, String sql) throws SQLException {
        try (PreparedStatement statement = engine.connection().prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            statement.setObject(i + 1, binds.get(i));
        }
    }

    /** A value as people read it: dates and times in ISO form, decimals without exponent. */
    public static String text(Object value) {
        return switch (value) {
            case null -> null;
            case java.sql.Timestamp timestamp -> timestamp.toLocalDateTime().toString();
            case java.sql.Date date -> date.toLocalDate().toString();
            case java.math.BigDecimal decimal -> decimal.toPlainString();
            default -> value.toString();
        };
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
