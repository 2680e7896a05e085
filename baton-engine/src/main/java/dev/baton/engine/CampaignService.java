package dev.baton.engine;

import dev.baton.compiler.CampaignCompiler;
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

    /** Creates (or recreates) a demo workspace and, when {@code run} is set, test-runs the seed example in it. */
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
        Optional<RunResult> result = run ? Optional.of(testRun(workspace.directory(), DemoWorkspace.SEED_CAMPAIGN, Optional.empty())) : Optional.empty();
        return new DemoResult(workspace.directory(), options.recipients(), options.seed(), options.today(), rows, loadMillis, result);
    }

    /** Reads and validates a campaign file against the workspace's data model; touches no database. */
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
        campaign.value().ifPresent(value -> diagnostics.addAll(CampaignCompiler.validate(value, model.value().get())));
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

    /** Compiles without touching data; work tables are named as for a run numbered {@code N}. */
    public CompiledCampaign compile(Path workspaceDirectory, String fileOrId, Optional<Instant> asOf) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        Dialect dialect = Dialect.fromFileName(workspace.config().engine()).orElseThrow(() -> new BatonException(ErrorCode.WORKSPACE_INVALID,
                "unknown engine '" + Text.quoteForMessage(workspace.config().engine()) + "'"));
        return compile(workspace, fileOrId, dialect, asOf.orElseGet(clock::instant), "rN");
    }

    /** A test run: compiles, then materialises every output in the work schema and records the run. */
    public RunResult testRun(Path workspaceDirectory, String fileOrId, Optional<Instant> asOf) {
        Workspace workspace = Workspace.open(workspaceDirectory);
        DataModel model = workspace.dataModel();
        Campaign campaign = readValid(workspace, fileOrId, model);
        try (Engine engine = open(workspace)) {
            List<Diagnostic> modelProblems = DataModelChecker.check(model, engine);
            if (!modelProblems.isEmpty()) {
                throw new BatonException(ErrorCode.INVALID_DATA_MODEL, "the data model does not match the database: " + modelProblems.getFirst().describe()
                        + (modelProblems.size() > 1 ? " (and " + (modelProblems.size() - 1) + " more; see 'baton check-model')" : ""), modelProblems);
            }
            RunLog log = new RunLog(engine.connection());
            long runId = log.nextRunId();
            Instant startedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            CompiledCampaign compiled = CampaignCompiler.compile(campaign, model,
                    new CompileOptions(engine.dialect(), asOf.orElse(startedAt), new WorkTableNaming(WorkTableNaming.DEFAULT_SCHEMA, "r" + runId)))
                    .orThrow(ErrorCode.INVALID_CAMPAIGN, "campaign " + campaign.id());
            execute(engine, WorkTables.createSchema(engine.dialect(), WorkTableNaming.DEFAULT_SCHEMA));
            RunResult result = new RunExecutor(engine, log, clock, new AudienceSink() {
                @Override
                public int save(dev.baton.compiler.AudienceEffect.Save save, String campaignId, String activityId, long skipped, long run) {
                    throw new IllegalStateException("test runs do not save audiences");
                }

                @Override
                public void recordRead(String label, String campaignId, long run) {
                    // Wired to the audience registry below.
                }
            }).execute(runId, compiled, RunKind.TEST, startedAt);
            RunRetention.dropOldWorkTables(engine, log, campaign.id(), RUNS_KEPT_FOR_PREVIEW);
            return result;
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
        Campaign campaign = readValid(workspace, fileOrId, model);
        return CampaignCompiler.compile(campaign, model, new CompileOptions(dialect, referenceTime, new WorkTableNaming(WorkTableNaming.DEFAULT_SCHEMA, prefix)))
                .orThrow(ErrorCode.INVALID_CAMPAIGN, "campaign " + campaign.id());
    }

    private static Campaign readValid(Workspace workspace, String fileOrId, DataModel model) {
        Path file = workspace.campaignFile(fileOrId);
        Campaign campaign = CampaignReader.read(Workspace.read(file), file.getFileName().toString()).orThrow(ErrorCode.INVALID_CAMPAIGN, file.getFileName().toString());
        List<Diagnostic> problems = CampaignCompiler.validate(campaign, model);
        if (!problems.isEmpty()) {
            throw new BatonException(ErrorCode.INVALID_CAMPAIGN, "campaign " + campaign.id() + " has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ": " + problems.getFirst().describe() + (problems.size() > 1 ? " (and more; see 'baton validate')" : ""), problems);
        }
        return campaign;
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
