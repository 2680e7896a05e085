package dev.baton.engine.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.CampaignCompiler;
import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.engine.audience.AudienceRegistry;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.store.Transactions;
import dev.baton.engine.workspace.Workspace;
import dev.baton.engine.workspace.WorkspaceDatabase;
import dev.baton.model.campaign.Campaign;
import dev.baton.model.campaign.CampaignReader;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.diagnostic.Diagnostic;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.Names;
import dev.baton.model.io.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Campaigns as code in the workspace metadata: apply, export, versions and statuses (see {@code docs/lifecycle.md}).
 *
 * <p>The methods taking a {@link Path} open the workspace database, do their work in one transaction and close it;
 * they check everything before they change anything, and refuse bad input with a {@link BatonException}. The static
 * methods taking a {@link Connection} are for code that publishes or test-runs campaigns: they join the caller's
 * transaction when it has one (auto-commit off) and run in their own otherwise.
 */
public final class LifecycleService {
    /** How many campaign ids an error message lists. */
    private static final int IDS_IN_MESSAGES = 10;

    private final InstantSource clock;
    private final BiConsumer<Engine, String> onDelete;
    private final BiConsumer<Engine, Campaign> onApply;

    /** Records audience label claims at apply and frees a deleted draft's claims, through the audience registry. */
    public LifecycleService(InstantSource clock) {
        this(clock, (engine, campaignId) -> new AudienceRegistry(engine, clock).releaseUnpublished(campaignId),
                (engine, campaign) -> new AudienceRegistry(engine, clock).claim(campaign.id(), AudienceRegistry.labelsOf(campaign)));
    }

    /**
     * @param onDelete called by {@link #delete} with the open database and the campaign id, inside the delete's
     *     transaction, after the checks passed and before the campaign's rows are removed. It may read and write
     *     through the connection but must not commit, roll back or close it; an exception it throws rolls the whole
     *     delete back and is passed on. The audience registry frees the labels that the campaign's unpublished Save
     *     audience activities claimed here ({@code LabelClaims.releaseUnpublished}).
     */
    public LifecycleService(InstantSource clock, BiConsumer<Engine, String> onDelete) {
        this(clock, onDelete, (engine, campaign) -> {});
    }

    /**
     * @param onDelete as in {@link #LifecycleService(InstantSource, BiConsumer)}
     * @param onApply called by {@link #apply} and {@link #duplicate} with the open database and the campaign as read
     *     from its text, inside their transaction, after every check passed and after the draft's rows are written,
     *     whenever a draft is created or replaced (not for an unchanged apply). Same rules as {@code onDelete}: no
     *     commit, rollback or close; an exception rolls the apply back. The audience registry records the draft's
     *     claims on its Save audience labels here.
     */
    public LifecycleService(InstantSource clock, BiConsumer<Engine, String> onDelete, BiConsumer<Engine, Campaign> onApply) {
        this.clock = requireNonNull(clock, "clock is null");
        this.onDelete = requireNonNull(onDelete, "onDelete is null");
        this.onApply = requireNonNull(onApply, "onApply is null");
    }

    // ---- commands

    /**
     * Reads a campaign file and validates it against the data model and the saved audiences (label owners, Read
     * audience), then records it: a new campaign becomes version 1, a draft; a draft is
     * replaced (same version); a live or completed campaign gets a new draft version while the earlier one stays as it
     * is. Identical text on the latest draft or live version changes nothing. Stopped and archived campaigns are
     * refused. An invalid file changes nothing.
     */
    public ApplyResult apply(Path workspaceDirectory, Path file) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        Path resolved = campaignFile(workspace, file);
        String fileName = resolved.getFileName().toString();
        String text = Workspace.read(resolved);
        DataModel model = workspace.dataModel();
        String consequence = "nothing was applied";
        Campaign campaign = parse(text, fileName, fileName, consequence);
        String format = Definitions.formatOf(fileName);
        Instant now = now();
        return inTransaction(workspace, "apply " + fileName, (engine, connection) -> {
            check(campaign, model, catalog(engine), fileName, consequence);
            List<CampaignVersion> versions = CampaignVersions.of(connection, campaign.id());
            if (versions.isEmpty()) {
                CampaignVersions.insertCampaign(connection, campaign.id(), now);
                CampaignVersions.insertDraft(connection, campaign.id(), 1, campaign.name(), format, Optional.of(fileName), text, now);
                onApply.accept(engine, campaign);
                return new ApplyResult(campaign.id(), 1, CampaignStatus.DRAFT, ApplyOutcome.CREATED, Optional.empty());
            }
            CampaignVersion latest = versions.getLast();
            Optional<Integer> live = live(versions).map(CampaignVersion::version);
            boolean identical = latest.definition().equals(text) && latest.format().equals(format);
            return switch (latest.status()) {
                case DRAFT -> {
                    if (identical) {
                        yield new ApplyResult(campaign.id(), latest.version(), CampaignStatus.DRAFT, ApplyOutcome.UNCHANGED, live);
                    }
                    if (!CampaignVersions.replaceDraft(connection, campaign.id(), latest.version(), campaign.name(), format, Optional.of(fileName), text, now)) {
                        throw new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaign.id() + " version " + latest.version()
                                + " changed while it was being applied; apply the file again");
                    }
                    onApply.accept(engine, campaign);
                    yield new ApplyResult(campaign.id(), latest.version(), CampaignStatus.DRAFT, ApplyOutcome.UPDATED, live);
                }
                case LIVE, COMPLETED -> {
                    if (identical && latest.status() == CampaignStatus.LIVE) {
                        yield new ApplyResult(campaign.id(), latest.version(), CampaignStatus.LIVE, ApplyOutcome.UNCHANGED, live);
                    }
                    int next = latest.version() + 1;
                    CampaignVersions.insertDraft(connection, campaign.id(), next, campaign.name(), format, Optional.of(fileName), text, now);
                    onApply.accept(engine, campaign);
                    yield new ApplyResult(campaign.id(), next, CampaignStatus.DRAFT, ApplyOutcome.NEW_VERSION, live);
                }
                case STOPPED, ARCHIVED -> throw new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaign.id() + " is " + latest.status().label()
                        + "; duplicate it to change it ('baton duplicate " + campaign.id() + " NEW-ID'); nothing was applied");
            };
        });
    }

    /** The text of the latest version, or of {@code version}, exactly as it was applied. */
    public String export(Path workspaceDirectory, String campaignId, Optional<Integer> version) {
        return version(workspaceDirectory, campaignId, version).definition();
    }

    /** The latest version of a campaign, or the given one, with its text. */
    public CampaignVersion version(Path workspaceDirectory, String campaignId, Optional<Integer> version) {
        checkId(campaignId);
        version.filter(number -> number < 1).ifPresent(number -> {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "--version " + number + " is not a version; versions are numbered from 1");
        });
        return read(Workspace.open(workspaceDirectory), "read campaign " + campaignId, connection -> {
            List<CampaignVersion> versions = requireVersions(connection, campaignId);
            if (version.isEmpty()) {
                return versions.getLast();
            }
            return versions.stream().filter(candidate -> candidate.version() == version.get()).findFirst()
                    .orElseThrow(() -> new BatonException(ErrorCode.NOT_FOUND, "campaign " + campaignId + " has no version " + version.get()
                            + "; its versions: " + versions.stream().map(v -> String.valueOf(v.version())).collect(Collectors.joining(", "))));
        });
    }

    /** Every campaign with its versions, sorted by id. */
    public List<CampaignSummary> list(Path workspaceDirectory) {
        return read(Workspace.open(workspaceDirectory), "list the campaigns", connection -> summaries(connection, Optional.empty()));
    }

    /** One campaign with its versions. */
    public CampaignSummary show(Path workspaceDirectory, String campaignId) {
        checkId(campaignId);
        return read(Workspace.open(workspaceDirectory), "read campaign " + campaignId, connection -> {
            requireVersions(connection, campaignId);
            return summaries(connection, Optional.of(campaignId)).getFirst();
        });
    }

    /**
     * Removes a campaign that was never published (every version a draft) and its versions, in one transaction that
     * also runs the {@code onDelete} listener. Returns what was removed.
     */
    public CampaignSummary delete(Path workspaceDirectory, String campaignId) {
        checkId(campaignId);
        return inTransaction(Workspace.open(workspaceDirectory), "delete campaign " + campaignId, (engine, connection) -> {
            List<CampaignVersion> versions = requireVersions(connection, campaignId);
            Optional<CampaignVersion> published = versions.stream().filter(version -> version.status() != CampaignStatus.DRAFT).findFirst();
            if (published.isPresent()) {
                throw new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaignId + " cannot be deleted: version " + published.get().version()
                        + " is " + published.get().status().name() + "; only drafts that were never published can be deleted"
                        + advice(campaignId, effectiveStatus(versions)));
            }
            CampaignSummary summary = summaries(connection, Optional.of(campaignId)).getFirst();
            onDelete.accept(engine, campaignId);
            CampaignVersions.delete(connection, campaignId);
            return summary;
        });
    }

    /**
     * Copies the latest version of {@code sourceId} into a new campaign {@code newId}, version 1, a draft: the
     * top-level {@code id} becomes {@code newId} and the name gets " (copy)" appended. The copy is validated against
     * the data model before it is recorded. The source may have any status; duplicating is how a stopped campaign is
     * run again.
     */
    public ApplyResult duplicate(Path workspaceDirectory, String sourceId, String newId) {
        checkId(sourceId);
        if (!Names.CAMPAIGN_ID.matcher(newId).matches()) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "'" + Text.quoteForMessage(newId) + "' is not a valid campaign id: use lowercase letters,"
                    + " digits, - and _, starting with a letter, at most 64 characters");
        }
        Workspace workspace = Workspace.open(workspaceDirectory);
        DataModel model = workspace.dataModel();
        Instant now = now();
        return inTransaction(workspace, "duplicate campaign " + sourceId, (engine, connection) -> {
            AudienceCatalog catalog = catalog(engine);
            CampaignVersion source = requireVersions(connection, sourceId).getLast();
            if (CampaignVersions.exists(connection, newId)) {
                throw new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + newId + " exists already; choose another id for the copy of " + sourceId);
            }
            String text = Definitions.withIdAndName(source, newId, source.name() + " (copy)");
            String fileName = Definitions.fileName(newId, source.format());
            String what = "campaign " + sourceId + " version " + source.version() + " copied as " + newId;
            Campaign copy = parse(text, fileName, what, "nothing was duplicated");
            check(copy, model, catalog, what, "nothing was duplicated");
            Campaign original = CampaignReader.read(source.definition(), Definitions.fileName(sourceId, source.format())).value()
                    .orElseThrow(() -> new BatonException(ErrorCode.INTERNAL, "the stored text of campaign " + sourceId + " cannot be read"));
            if (!new Campaign(original.formatVersion(), copy.id(), copy.name(), original.description(), original.activities(), original.transitions())
                    .equals(copy)) {
                throw new BatonException(ErrorCode.INTERNAL, "the copy of campaign " + sourceId + " does not read back as the original; nothing was duplicated");
            }
            CampaignVersions.insertCampaign(connection, newId, now);
            CampaignVersions.insertDraft(connection, newId, 1, copy.name(), source.format(), Optional.empty(), text, now);
            onApply.accept(engine, copy);
            return new ApplyResult(newId, 1, CampaignStatus.DRAFT, ApplyOutcome.CREATED, Optional.empty());
        });
    }

    /** Stops the live version for good; a newer draft, if any, is stopped with it. Only a live campaign can be stopped. */
    public CampaignSummary stop(Path workspaceDirectory, String campaignId) {
        checkId(campaignId);
        Instant now = now();
        return inTransaction(Workspace.open(workspaceDirectory), "stop campaign " + campaignId, connection -> {
            List<CampaignVersion> versions = requireVersions(connection, campaignId);
            CampaignVersion live = live(versions)
                    .orElseThrow(() -> new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaignId + " is " + phrase(effectiveStatus(versions))
                            + "; only a live campaign can be stopped" + advice(campaignId, effectiveStatus(versions))));
            transition(connection, campaignId, live.version(), CampaignStatus.LIVE, CampaignStatus.STOPPED, now);
            for (CampaignVersion version : versions) {
                if (version.status() == CampaignStatus.DRAFT) {
                    transition(connection, campaignId, version.version(), CampaignStatus.DRAFT, CampaignStatus.STOPPED, now);
                }
            }
            return summaries(connection, Optional.of(campaignId)).getFirst();
        });
    }

    /** Archives a completed, stopped or draft campaign (its latest version). A live campaign must be stopped first. */
    public CampaignSummary archive(Path workspaceDirectory, String campaignId) {
        checkId(campaignId);
        Instant now = now();
        return inTransaction(Workspace.open(workspaceDirectory), "archive campaign " + campaignId, connection -> {
            List<CampaignVersion> versions = requireVersions(connection, campaignId);
            CampaignStatus status = effectiveStatus(versions);
            switch (status) {
                case ARCHIVED -> throw new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaignId + " is archived already");
                case LIVE -> throw new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaignId + " is live (version "
                        + live(versions).map(CampaignVersion::version).orElseThrow() + "); only completed, stopped or draft campaigns can be archived; stop it first with 'baton stop "
                        + campaignId + "'");
                case DRAFT, COMPLETED, STOPPED -> {
                    CampaignVersion latest = versions.getLast();
                    transition(connection, campaignId, latest.version(), latest.status(), CampaignStatus.ARCHIVED, now);
                }
            }
            return summaries(connection, Optional.of(campaignId)).getFirst();
        });
    }

    /** Marks the live version completed (a one-time campaign after its live run). */
    public CampaignSummary complete(Path workspaceDirectory, String campaignId) {
        checkId(campaignId);
        Instant now = now();
        return inTransaction(Workspace.open(workspaceDirectory), "complete campaign " + campaignId, connection -> {
            markCompleted(connection, campaignId, now);
            return summaries(connection, Optional.of(campaignId)).getFirst();
        });
    }

    // ---- for publishing and test runs, on the caller's connection

    /** The latest version of a campaign, empty when there is no such campaign. */
    public static Optional<CampaignVersion> latest(Connection connection, String campaignId) {
        return sql("read campaign " + campaignId, () -> {
            List<CampaignVersion> versions = CampaignVersions.of(connection, campaignId);
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
        });
    }

    /** Every version of a campaign, oldest first; empty when there is no such campaign. */
    public static List<CampaignVersion> versions(Connection connection, String campaignId) {
        return sql("read campaign " + campaignId, () -> CampaignVersions.of(connection, campaignId));
    }

    /** The draft to test or publish: the latest version, which must be a draft. */
    public static CampaignVersion draft(Connection connection, String campaignId) {
        return draft(connection, campaignId, "test runs only run drafts");
    }

    /** As {@link #draft(Connection, String)}; {@code rule} says in the refusal why a draft is needed. */
    public static CampaignVersion draft(Connection connection, String campaignId, String rule) {
        checkId(campaignId);
        CampaignVersion latest = sql("read campaign " + campaignId, () -> requireVersions(connection, campaignId).getLast());
        if (latest.status() != CampaignStatus.DRAFT) {
            boolean editable = latest.status() == CampaignStatus.LIVE || latest.status() == CampaignStatus.COMPLETED;
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaignId + " version " + latest.version() + " is " + latest.status().name()
                    + "; " + rule + " — " + (editable ? "apply the file to create a new draft"
                            : "duplicate it to change it ('baton duplicate " + campaignId + " NEW-ID')"));
        }
        return latest;
    }

    /**
     * Publishes a draft: {@code version} goes from DRAFT to LIVE at {@code at}, and the campaign's earlier live
     * version, if any, becomes COMPLETED. Anything but a draft is refused.
     */
    public static void markLive(Connection connection, String campaignId, int version, Instant at) {
        checkId(campaignId);
        inTransaction(connection, "publish campaign " + campaignId, () -> {
            List<CampaignVersion> versions = requireVersions(connection, campaignId);
            CampaignVersion target = versions.stream().filter(candidate -> candidate.version() == version).findFirst()
                    .orElseThrow(() -> new BatonException(ErrorCode.NOT_FOUND, "campaign " + campaignId + " has no version " + version + "; its versions: "
                            + versions.stream().map(v -> String.valueOf(v.version())).collect(Collectors.joining(", "))));
            if (target.status() != CampaignStatus.DRAFT) {
                throw new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaignId + " version " + version + " is " + target.status().name()
                        + "; only a draft can be published");
            }
            Instant when = at.truncatedTo(ChronoUnit.MILLIS);
            for (CampaignVersion earlier : versions) {
                if (earlier.status() == CampaignStatus.LIVE) {
                    transition(connection, campaignId, earlier.version(), CampaignStatus.LIVE, CampaignStatus.COMPLETED, when);
                }
            }
            transition(connection, campaignId, version, CampaignStatus.DRAFT, CampaignStatus.LIVE, when);
            return null;
        });
    }

    /** The live version of a published campaign; an unknown campaign is NOT_FOUND, one without a live version refused. */
    public static CampaignVersion live(Connection connection, String campaignId) {
        checkId(campaignId);
        List<CampaignVersion> versions = sql("read campaign " + campaignId, () -> requireVersions(connection, campaignId));
        return live(versions).orElseThrow(() -> new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaignId + " is "
                + phrase(effectiveStatus(versions)) + "; it has no live version: publish it first ('baton publish " + campaignId + "')"));
    }

    /** The live version becomes COMPLETED at {@code at}; refused when the campaign has no live version. */
    public static void markCompleted(Connection connection, String campaignId, Instant at) {
        checkId(campaignId);
        inTransaction(connection, "complete campaign " + campaignId, () -> {
            List<CampaignVersion> versions = requireVersions(connection, campaignId);
            CampaignVersion live = live(versions)
                    .orElseThrow(() -> new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaignId + " is " + phrase(effectiveStatus(versions))
                            + "; only a live campaign can complete"));
            transition(connection, campaignId, live.version(), CampaignStatus.LIVE, CampaignStatus.COMPLETED, at.truncatedTo(ChronoUnit.MILLIS));
            return null;
        });
    }

    /**
     * The campaign's status: that of its latest version, except {@link CampaignStatus#LIVE} while a live version runs
     * under a newer draft.
     */
    public static CampaignStatus effectiveStatus(List<CampaignVersion> versions) {
        CampaignVersion latest = versions.getLast();
        if (latest.status() == CampaignStatus.DRAFT && live(versions).map(CampaignVersion::version).isPresent()) {
            return CampaignStatus.LIVE;
        }
        return latest.status();
    }

    // ---- inside

    private static Optional<CampaignVersion> live(List<CampaignVersion> versions) {
        return versions.stream().filter(version -> version.status() == CampaignStatus.LIVE).findFirst();
    }

    /** "a draft", "live", "completed", … for messages. */
    private static String phrase(CampaignStatus status) {
        return status == CampaignStatus.DRAFT ? "a draft" : status.label();
    }

    private static String advice(String campaignId, CampaignStatus status) {
        return switch (status) {
            case LIVE -> " (stop it with 'baton stop " + campaignId + "')";
            case DRAFT, COMPLETED, STOPPED -> " (archive it with 'baton archive " + campaignId + "')";
            case ARCHIVED -> "";
        };
    }

    private static void transition(Connection connection, String campaignId, int version, CampaignStatus from, CampaignStatus to, Instant at)
            throws SQLException {
        if (!CampaignVersions.transition(connection, campaignId, version, from, to, at)) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "campaign " + campaignId + " version " + version + " is no longer " + from.name()
                    + "; it changed meanwhile, try again");
        }
    }

    private static List<CampaignVersion> requireVersions(Connection connection, String campaignId) throws SQLException {
        List<CampaignVersion> versions = CampaignVersions.of(connection, campaignId);
        if (versions.isEmpty()) {
            List<String> ids = CampaignVersions.campaigns(connection, Optional.empty()).stream().map(CampaignVersions.CampaignRow::campaignId).toList();
            String known = ids.isEmpty() ? "there are none yet" : "campaigns: " + String.join(", ", ids.subList(0, Math.min(ids.size(), IDS_IN_MESSAGES)))
                    + (ids.size() > IDS_IN_MESSAGES ? " and " + (ids.size() - IDS_IN_MESSAGES) + " more" : "");
            throw new BatonException(ErrorCode.NOT_FOUND, "no campaign " + campaignId + " in the workspace (" + known
                    + "); apply its file first with 'baton apply FILE'");
        }
        return versions;
    }

    private static List<CampaignSummary> summaries(Connection connection, Optional<String> campaignId) throws SQLException {
        Map<String, List<CampaignVersion>> byCampaign = new LinkedHashMap<>();
        for (CampaignVersion version : campaignId.isPresent() ? CampaignVersions.of(connection, campaignId.get()) : CampaignVersions.all(connection)) {
            byCampaign.computeIfAbsent(version.campaignId(), key -> new ArrayList<>()).add(version);
        }
        Map<String, Long> runs = CampaignVersions.latestRuns(connection, campaignId);
        Map<String, Long> versionRuns = CampaignVersions.latestRunsPerVersion(connection, campaignId);
        List<CampaignSummary> summaries = new ArrayList<>();
        for (CampaignVersions.CampaignRow row : CampaignVersions.campaigns(connection, campaignId)) {
            List<CampaignVersion> versions = byCampaign.getOrDefault(row.campaignId(), List.of());
            if (versions.isEmpty()) {
                continue;
            }
            CampaignVersion latest = versions.getLast();
            summaries.add(new CampaignSummary(row.campaignId(), latest.name(), effectiveStatus(versions), latest.version(), live(versions).map(CampaignVersion::version),
                    versions.stream().filter(version -> version.status() == CampaignStatus.DRAFT).map(CampaignVersion::version).findFirst(),
                    row.createdAt(), row.updatedAt(), Optional.ofNullable(runs.get(row.campaignId())),
                    versions.stream().map(version -> VersionSummary.of(version,
                            Optional.ofNullable(versionRuns.get(CampaignVersions.key(row.campaignId(), version.version()))))).toList()));
        }
        return summaries;
    }

    /** The file as given or, when relative and not found, relative to the workspace; it must be a campaign file. */
    private static Path campaignFile(Workspace workspace, Path file) {
        Path resolved = file;
        if (!Files.exists(resolved) && !file.isAbsolute() && Files.exists(workspace.directory().resolve(file))) {
            resolved = workspace.directory().resolve(file);
        }
        String shown = Text.quoteForMessage(file.toString());
        if (!Files.exists(resolved)) {
            throw new BatonException(ErrorCode.NOT_FOUND, "no campaign file " + shown + "; give the path of a .yaml, .yml or .json campaign file");
        }
        if (!Files.isRegularFile(resolved)) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, shown + " is not a file; give the path of one .yaml, .yml or .json campaign file");
        }
        if (resolved.getFileName() == null || !Definitions.isCampaignFileName(resolved.getFileName().toString())) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, shown + " is not a campaign file: its name must end in .yaml, .yml or .json");
        }
        return resolved;
    }

    /** The campaign as read from its text, or an error with every problem of its form. */
    private static Campaign parse(String text, String fileName, String what, String consequence) {
        Checked<Campaign> read = CampaignReader.read(text, fileName);
        if (read.value().isEmpty()) {
            throw invalid(what, read.diagnostics(), consequence);
        }
        return read.value().get();
    }

    /** Refuses a campaign with problems against the data model, the saved audiences and the label owners. */
    private static void check(Campaign campaign, DataModel model, AudienceCatalog catalog, String what, String consequence) {
        List<Diagnostic> problems = CampaignCompiler.validate(campaign, model, catalog);
        if (!problems.isEmpty()) {
            throw invalid(what, problems, consequence);
        }
    }

    private static BatonException invalid(String what, List<Diagnostic> problems, String consequence) {
        return new BatonException(ErrorCode.INVALID_CAMPAIGN, Text.quoteForMessage(what) + " has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + ": " + problems.getFirst().describe() + (problems.size() > 1 ? " (and more; see 'baton validate')" : "") + "; " + consequence, problems);
    }

    private static void checkId(String campaignId) {
        if (campaignId == null || !Names.CAMPAIGN_ID.matcher(campaignId).matches()) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "'" + Text.quoteForMessage(String.valueOf(campaignId)) + "' is not a campaign id:"
                    + " ids are lowercase letters, digits, - and _, starting with a letter, at most 64 characters");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface EngineFunction<T> {
        T apply(Engine engine, Connection connection) throws SQLException;
    }

    /** Opens the workspace database and runs {@code work} in one transaction. */
    private <T> T inTransaction(Workspace workspace, String what, SqlFunction<T> work) {
        return inTransaction(workspace, what, (engine, connection) -> work.apply(connection));
    }

    /**
     * Opens the workspace database and runs {@code work} in one transaction; {@code work} may read the audience
     * registry through the engine before it writes anything.
     */
    private <T> T inTransaction(Workspace workspace, String what, EngineFunction<T> work) {
        try (Engine engine = WorkspaceDatabase.open(workspace, clock)) {
            Connection connection = engine.connection();
            return inTransaction(connection, what, () -> work.apply(engine, connection));
        }
    }

    /** The saved audiences and label owners, for checking Save and Read audience activities. */
    private AudienceCatalog catalog(Engine engine) {
        return new AudienceRegistry(engine, clock).catalog();
    }

    private <T> T read(Workspace workspace, String what, SqlFunction<T> work) {
        try (Engine engine = WorkspaceDatabase.open(workspace, clock)) {
            return sql(what, () -> work.apply(engine.connection()));
        }
    }

    /** Runs {@code work} in the caller's transaction when auto-commit is off, else in a transaction of its own. */
    private static <T> T inTransaction(Connection connection, String what, SqlWork<T> work) {
        return sql(what, () -> Transactions.run(connection, work::run));
    }

    private static <T> T sql(String what, SqlWork<T> work) {
        try {
            return work.run();
        }
        catch (SQLException e) {
            throw new BatonException(ErrorCode.SQL_FAILED, "cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
