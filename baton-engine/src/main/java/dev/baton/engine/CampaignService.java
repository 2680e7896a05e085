package dev.baton.engine;

import dev.baton.compiler.CampaignCompiler;
import dev.baton.compiler.AudienceEffect;
import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.engine.audience.AudienceDefinition;
import dev.baton.engine.audience.AudienceRegistry;
import dev.baton.engine.audience.AudienceVersion;
import dev.baton.engine.run.Metrics;
import dev.baton.engine.lifecycle.CampaignVersion;
import dev.baton.engine.lifecycle.LifecycleService;
import dev.baton.model.io.Names;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.baton.compiler.CompileOptions;
import dev.baton.compiler.CompiledCampaign;
import dev.baton.compiler.sql.Dialect;
import dev.baton.compiler.sql.WorkTableNaming;
import dev.baton.demo.DemoData;
import dev.baton.demo.DemoOptions;
import dev.baton.engine.datamodel.DataModelChecker;
import dev.baton.engine.run.AudienceSink;
import dev.baton.engine.run.RunExecutor;
import dev.baton.engine.run.RunKind;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.WorkTables;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.store.RunLog;
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
import dev.baton.model.io.Text;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every capability of Baton, one method each; adapters parse input, call one of these, and format the result. */
public final class CampaignService {
    /** How many runs per campaign keep their work tables for preview; older ones are dropped after each run. */
    public static final int RUNS_KEPT_FOR_PREVIEW = 3;

    private final InstantSource clock;

    public CampaignService(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Creates (or recreates) a demo workspace and, when {@code run} is set, applies its campaigns and publishes the seed
     * example, which saves the audience "Recent purchasers".
     */
    public DemoResult createDemo(Path directory, long recipients, long seed, boolean run) {
        Instant start = clock.instant();
        DemoOptions options;
        try {
            options = new DemoOptions(recipients, seed, java.time.LocalDate.ofInstant(start, java.time.ZoneOffset.UTC));
        }
        catch (IllegalArgumentException e) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, e.getMessage(), e);
        }
        Workspace workspace = DemoWorkspace.prepare(directory);
        java.util.Map<String, Long> rows;
        try (Engine engine = open(workspace)) {
            rows = DemoData.generate(engine.connection(), options);
        }
        catch (java.sql.SQLException e) {
            throw new BatonException(ErrorCode.SQL_FAILED, "cannot load the demo data: " + e.getMessage(), e);
        }
        long loadMillis = java.time.Duration.between(start, clock.instant()).toMillis();
        Optional<RunResult> result = Optional.empty();
        if (run) {
            // Campaigns as code: apply the files, publish the seed example (which saves its audience), then apply the
            // campaign that reads that audience back.
            LifecycleService lifecycle = new LifecycleService(clock);
            for (String file : DemoWorkspace.CAMPAIGNS_BEFORE_PUBLISH) {
                lifecycle.apply(workspace.directory(), workspace.campaignsDirectory().resolve(file));
            }
            result = Optional.of(publish(workspace.directory(), DemoWorkspace.SEED_CAMPAIGN, Optional.empty()));
            for (String file : DemoWorkspace.CAMPAIGNS_AFTER_PUBLISH) {
                lifecycle.apply(workspace.directory(), workspace.campaignsDirectory().resolve(file));
            }
        }
        return new DemoResult(workspace.directory(), options.recipients(), options.seed(), options.today(), rows, loadMillis, result);
    }

    /**
     * Reads and validates a campaign file against the workspace's data model and saved audiences; reads Baton's
     * metadata only, no customer data.
     */
    public ValidationReport validate(Path workspaceDirectory, String fileOrId) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        Path file = workspace.campaignFile(fileOrId);
        Checked<DataModel> model = workspace.readDataModel();
        if (model.value().isEmpty()) {
            throw new BatonException(ErrorCode.INVALID_DATA_MODEL, "the data model " + workspace.dataModelFile().getFileName()
                    + " is invalid; run 'baton check-model' to see its problems", model.diagnostics());
        }
        Checked<Campaign> campaign = CampaignReader.read(Workspace.read(file), file.getFileName().toString());
        List<Diagnostic> diagnostics = new ArrayList<>(campaign.diagnostics());
        if (campaign.value().isPresent()) {
            diagnostics.addAll(CampaignCompiler.validate(campaign.value().get(), model.value().get(), catalog(workspace)));
        }
        return new ValidationReport(file.toString(), campaign.value().map(Campaign::id), diagnostics);
    }

    /** The data model's own problems and, against the database, its missing tables, columns and type mismatches. */
    public List<Diagnostic> checkModel(Path workspaceDirectory) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        Checked<DataModel> model = workspace.readDataModel();
        if (model.value().isEmpty()) {
            return model.diagnostics();
        }
        try (Engine engine = open(workspace)) {
            return DataModelChecker.check(model.value().get(), engine);
        }
    }

    /** Compiles without touching data (it reads the saved audiences' metadata); work tables are named as for a run {@code N}. */
    public CompiledCampaign compile(Path workspaceDirectory, String fileOrId, Optional<Instant> asOf) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        Dialect dialect = Dialect.fromFileName(workspace.config().engine()).orElseThrow(() -> new BatonException(ErrorCode.WORKSPACE_INVALID,
                "unknown engine '" + Text.quoteForMessage(workspace.config().engine()) + "'"));
        return compile(workspace, fileOrId, dialect, asOf.orElseGet(clock::instant), "rN");
    }

    /**
     * A test run: compiles, then materialises every output in the work schema and records the run. Save audience only
     * reports what it would save. {@code fileOrId} is a campaign file, or the id of an applied campaign (its draft is
     * run), or the id of a campaign file in the workspace.
     */
    public RunResult testRun(Path workspaceDirectory, String fileOrId, Optional<Instant> asOf) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        DataModel model = workspace.dataModel();
        try (Engine engine = open(workspace)) {
            Campaign campaign = testable(workspace, engine, fileOrId);
            checkModelMatches(model, engine);
            AudienceRegistry registry = new AudienceRegistry(engine, clock);
            return execute(engine, model, campaign, RunKind.TEST, asOf, registry.catalog(), registry);
        }
    }

    /**
     * Publishes the draft of an applied campaign: freezes that version, validates it against the data model and the
     * saved audiences, reserves its audience labels, makes it LIVE and runs it live (Save audience saves).
     */
    public RunResult publish(Path workspaceDirectory, String campaignId, Optional<Instant> asOf) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        DataModel model = workspace.dataModel();
        try (Engine engine = open(workspace)) {
            CampaignVersion draft = LifecycleService.draft(engine.connection(), campaignId, "only a draft can be published");
            Campaign campaign = parse(draft);
            AudienceRegistry registry = new AudienceRegistry(engine, clock);
            AudienceCatalog catalog = registry.catalog();
            // Everything that can refuse the campaign is checked before its labels are reserved.
            checkValid(campaign, model, catalog, "cannot publish");
            checkModelMatches(model, engine);
            // One transaction: a campaign is Live with its labels reserved, or neither.
            try {
                Transactions.run(engine.connection(), () -> {
                    registry.reserve(campaign.id(), AudienceRegistry.labelsOf(campaign));
                    LifecycleService.markLive(engine.connection(), campaign.id(), draft.version(), clock.instant());
                    return null;
                });
            }
            catch (java.sql.SQLException e) {
                throw new BatonException(ErrorCode.SQL_FAILED, "cannot publish campaign " + campaign.id() + ": " + e.getMessage(), e);
            }
            return execute(engine, model, campaign, RunKind.LIVE, asOf, catalog, registry);
        }
    }

    /** Runs the live version of a published campaign again (as a schedule or an API signal would): its saves overwrite. */
    public RunResult liveRun(Path workspaceDirectory, String campaignId, Optional<Instant> asOf) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        DataModel model = workspace.dataModel();
        try (Engine engine = open(workspace)) {
            CampaignVersion live = LifecycleService.live(engine.connection(), campaignId);
            checkModelMatches(model, engine);
            AudienceRegistry registry = new AudienceRegistry(engine, clock);
            return execute(engine, model, parse(live), RunKind.LIVE, asOf, registry.catalog(), registry);
        }
    }

    /** Compiles against {@code catalog} (the audiences as of the run's start: a Read audience reads the version current then) and runs. */
    private RunResult execute(Engine engine, DataModel model, Campaign campaign, RunKind kind, Optional<Instant> asOf, AudienceCatalog catalog,
            AudienceRegistry registry) {
        RunLog log = new RunLog(engine.connection());
        long runId = log.nextRunId();
        Instant startedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        CompiledCampaign compiled = CampaignCompiler.compile(campaign, model, new CompileOptions(engine.dialect(), asOf.orElse(startedAt),
                        new WorkTableNaming(WorkTableNaming.DEFAULT_SCHEMA, "r" + runId), catalog))
                .orThrow(ErrorCode.INVALID_CAMPAIGN, "campaign " + campaign.id());
        execute(engine, WorkTables.createSchema(engine.dialect(), WorkTableNaming.DEFAULT_SCHEMA));
        RunResult result = new RunExecutor(engine, log, clock, new RegistrySink(registry)).execute(runId, compiled, kind, startedAt);
        RunRetention.dropOldWorkTables(engine, log, campaign.id(), RUNS_KEPT_FOR_PREVIEW);
        return result;
    }

    /** A file path, an applied campaign's draft, or a campaign file of the workspace, in that order; validated when compiled. */
    private Campaign testable(Workspace workspace, Engine engine, String fileOrId) {
        if (!java.nio.file.Files.isRegularFile(Path.of(fileOrId)) && Names.CAMPAIGN_ID.matcher(fileOrId).matches()
                && LifecycleService.latest(engine.connection(), fileOrId).isPresent()) {
            return parse(LifecycleService.draft(engine.connection(), fileOrId));
        }
        return readFile(workspace, fileOrId);
    }

    private static Campaign parse(CampaignVersion version) {
        return CampaignReader.read(version.definition(), version.suggestedFileName())
                .orThrow(ErrorCode.INVALID_CAMPAIGN, "campaign " + version.campaignId() + " version " + version.version());
    }

    private static void checkValid(Campaign campaign, DataModel model, AudienceCatalog catalog, String action) {
        List<Diagnostic> problems = CampaignCompiler.validate(campaign, model, catalog);
        if (!problems.isEmpty()) {
            throw new BatonException(ErrorCode.INVALID_CAMPAIGN, action + " campaign " + campaign.id() + ": " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ", " + problems.getFirst().describe() + (problems.size() > 1 ? " (and more; see 'baton validate')" : ""), problems);
        }
    }

    private static void checkModelMatches(DataModel model, Engine engine) {
        List<Diagnostic> modelProblems = DataModelChecker.check(model, engine);
        if (!modelProblems.isEmpty()) {
            throw new BatonException(ErrorCode.INVALID_DATA_MODEL, "the data model does not match the database: " + modelProblems.getFirst().describe()
                    + (modelProblems.size() > 1 ? " (and " + (modelProblems.size() - 1) + " more; see 'baton check-model')" : ""), modelProblems);
        }
    }

    /** Save audience and Read audience of a run, onto the registry. */
    private record RegistrySink(AudienceRegistry registry) implements AudienceSink {
        @Override
        public Map<String, Long> save(AudienceEffect.Save save, String campaignId, String activityId, long inboundRows, long runId) {
            AudienceDefinition definition = new AudienceDefinition(save.label(), campaignId, activityId, save.targetDimension(), save.entity(),
                    save.identityNamespace(), save.fields());
            AudienceVersion version = registry.saveInbound(definition, save.content(), inboundRows, runId);
            Map<String, Long> figures = new LinkedHashMap<>();
            figures.put(Metrics.ROWS, version.rows());
            figures.put(Metrics.PROFILES, version.distinctProfiles());
            figures.put(Metrics.SKIPPED_EMPTY_IDENTITY, version.skippedEmptyIdentity());
            figures.put(Metrics.VERSION, (long) version.version());
            return figures;
        }

        @Override
        public void recordRead(String label, String campaignId, long runId) {
            registry.recordRead(label, campaignId, runId);
        }
    }

    public Preview preview(Path workspaceDirectory, long runId, String activity, String output, int limit) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        DataModel model = workspace.dataModel();
        try (Engine engine = open(workspace)) {
            RunResult run = new RunLog(engine.connection()).find(runId)
                    .orElseThrow(() -> new BatonException(ErrorCode.NOT_FOUND, "no run " + runId + "; see 'baton runs list'"));
            return Previews.preview(engine, model, run, activity, output, limit);
        }
    }

    public RunResult run(Path workspaceDirectory, long runId) {
        try (Engine engine = open(Workspace.open(workspaceDirectory))) {
            return new RunLog(engine.connection()).find(runId).orElseThrow(() -> new BatonException(ErrorCode.NOT_FOUND, "no run " + runId + "; see 'baton runs list'"));
        }
    }

    public List<RunResult> runs(Path workspaceDirectory, Optional<String> campaignId, int limit) {
        try (Engine engine = open(Workspace.open(workspaceDirectory))) {
            return new RunLog(engine.connection()).list(campaignId, limit);
        }
    }

    private CompiledCampaign compile(Workspace workspace, String fileOrId, Dialect dialect, Instant referenceTime, String prefix) {
        DataModel model = workspace.dataModel();
        Campaign campaign = readFile(workspace, fileOrId);
        AudienceCatalog catalog = catalog(workspace);
        checkValid(campaign, model, catalog, "cannot compile");
        return CampaignCompiler.compile(campaign, model, new CompileOptions(dialect, referenceTime,
                        new WorkTableNaming(WorkTableNaming.DEFAULT_SCHEMA, prefix), catalog))
                .orThrow(ErrorCode.INVALID_CAMPAIGN, "campaign " + campaign.id());
    }

    /** The saved audiences and label owners of the workspace. */
    private AudienceCatalog catalog(Workspace workspace) {
        try (Engine engine = open(workspace)) {
            return new AudienceRegistry(engine, clock).catalog();
        }
    }

    private static Campaign readFile(Workspace workspace, String fileOrId) {
        Path file = workspace.campaignFile(fileOrId);
        return CampaignReader.read(Workspace.read(file), file.getFileName().toString()).orThrow(ErrorCode.INVALID_CAMPAIGN, file.getFileName().toString());
    }


    private Engine open(Workspace workspace) {
        return WorkspaceDatabase.open(workspace, clock);
    }

    private static void execute(Engine engine, String sql) {
        try (var statement = engine.connection().createStatement()) {
            statement.execute(sql);
        }
        catch (java.sql.SQLException e) {
            throw new BatonException(ErrorCode.SQL_FAILED, "cannot run '" + sql + "': " + e.getMessage(), e);
        }
    }
}
