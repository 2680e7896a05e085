package dev.baton.bench;

import static dev.baton.bench.BenchReportWriter.millis;
import static dev.baton.bench.BenchReportWriter.number;

import dev.baton.bench.BenchReport.ActivityTiming;
import dev.baton.bench.BenchReport.CaseResult;
import dev.baton.bench.BenchReport.Check;
import dev.baton.bench.BenchReport.FixedCosts;
import dev.baton.bench.BenchReport.Memory;
import dev.baton.bench.BenchReport.Profile;
import dev.baton.bench.BenchReport.ScaleResult;
import dev.baton.bench.CaseDefinition.Comparison;
import dev.baton.compiler.AudienceEffect;
import dev.baton.compiler.CampaignCompiler;
import dev.baton.compiler.CompileOptions;
import dev.baton.compiler.CompiledActivity;
import dev.baton.compiler.CompiledCampaign;
import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.sql.SqlStatement;
import dev.baton.compiler.sql.WorkTableNaming;
import dev.baton.engine.CampaignService;
import dev.baton.engine.DemoResult;
import dev.baton.engine.audience.AudienceRegistry;
import dev.baton.engine.audience.AudienceService;
import dev.baton.engine.datamodel.DataModelChecker;
import dev.baton.engine.lifecycle.LifecycleService;
import dev.baton.engine.run.ActivityResult;
import dev.baton.engine.run.Metrics;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.RunStatus;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.workspace.Workspace;
import dev.baton.engine.workspace.WorkspaceDatabase;
import dev.baton.model.campaign.Campaign;
import dev.baton.model.campaign.CampaignReader;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the suite. For each scale: a fresh demo workspace (its generation timed apart), then each case: the campaign
 * applied (and published: the warm-up of a live case, or one test run), one hand-written warm-up run, then
 * {@code repetitions} pairs measured alternately — Baton, hand, Baton, hand … — each pair's results compared in the
 * database before anything is reported. A mismatch stops the benchmark with {@link ErrorCode#INTERNAL}.
 */
public final class Bench {
    private static final Pattern TOTAL_TIME = Pattern.compile("Total Time:\\s*([0-9.]+)s");
    private static final Pattern CREATE_AS = Pattern.compile("(?is)^\\s*create\\s+(?:or\\s+replace\\s+)?(?:temp\\s+|temporary\\s+)?table\\s+.+?\\s+as\\s+(select\\b.*)$");

    private final CampaignService campaigns;
    private final LifecycleService lifecycle;
    private final AudienceService audiences;
    private final Consumer<String> progress;

    /**
     * @param progress receives one line per step, for people watching
     */
    public Bench(CampaignService campaigns, LifecycleService lifecycle, AudienceService audiences, Consumer<String> progress) {
        this.campaigns = campaigns;
        this.lifecycle = lifecycle;
        this.audiences = audiences;
        this.progress = progress;
    }

    public BenchReport run(BenchOptions options) {
        Instant started = Instant.now();
        List<ScaleResult> results = new ArrayList<>();
        String duckdb = "unknown";
        try (MemoryProbe probe = MemoryProbe.start()) {
            BenchOptions.Scale largest = options.scales().getLast();
            for (BenchOptions.Scale scale : options.scales()) {
                ScaleResult result = runScale(options, scale, probe, options.profile() && scale == largest);
                results.add(result);
                duckdb = new HandSql(databaseFile(Path.of(result.workspace()))).row("SELECT version()").getFirst();
            }
        }
        return new BenchReport(options.command(), started, Instant.now(), Machines.describe(duckdb), options.repetitions(), options.saves(),
                options.seed(), results);
    }

    private ScaleResult runScale(BenchOptions options, BenchOptions.Scale chosen, MemoryProbe probe, boolean profile) {
        long scale = chosen.recipients();
        Path directory = options.workspaceRoot().resolve("bench-" + scale).toAbsolutePath().normalize();
        say(scale, "generating " + number(scale) + " recipients and about " + number(scale * 10) + " bookings in " + directory);
        probe.reset();
        long start = System.nanoTime();
        DemoResult demo = campaigns.createDemo(directory, scale, options.seed(), false);
        double generationMillis = Stats.millis(System.nanoTime() - start);
        Memory generationMemory = probe.read();
        say(scale, "generated in " + millis(generationMillis) + " ms");
        Workspace workspace = Workspace.open(directory);
        copyCampaigns(workspace);
        Instant referenceTime = demo.today().atStartOfDay(ZoneOffset.UTC).toInstant();
        HandSql hand = new HandSql(databaseFile(directory));
        hand.execute("CREATE SCHEMA IF NOT EXISTS " + Cases.SCHEMA);
        CaseContext context = new CaseContext(directory, referenceTime, hand, audiences);
        List<CaseResult> cases = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        for (BenchCase benchCase : chosen.orderedCases()) {
            CaseDefinition definition = Cases.of(benchCase);
            CaseRun run = runCase(definition, context, options, probe, scale);
            cases.add(run.result());
            if (profile) {
                say(scale, benchCase.id() + ": EXPLAIN ANALYZE of the slowest statements");
                profiles.addAll(profile(definition, context, workspace, run));
            }
        }
        FixedCosts fixedCosts = fixedCosts(workspace, chosen, options.repetitions(), hand);
        return new ScaleResult(scale, directory.toString(), demo.rows(), generationMillis, generationMemory, demo.today(), referenceTime, cases,
                fixedCosts, profiles);
    }

    /** A case's result, with what profiling needs: its last runs. */
    private record CaseRun(CaseResult result, RunResult lastRun, List<Double> handStatementMedians) {}

    private CaseRun runCase(CaseDefinition definition, CaseContext context, BenchOptions options, MemoryProbe probe, long scale) {
        BenchCase benchCase = definition.id();
        Path workspace = context.workspace();
        Path file = Workspace.open(workspace).campaignsDirectory().resolve(benchCase.campaignFile());
        Optional<Instant> asOf = Optional.of(context.referenceTime());
        probe.reset();

        long start = System.nanoTime();
        lifecycle.apply(workspace, file);
        double applyMillis = Stats.millis(System.nanoTime() - start);

        // Warm-up pair: the publish (the first live run) or a first test run, then the hand-written SQL once.
        start = System.nanoTime();
        RunResult warmUp = benchCase.live() ? campaigns.publish(workspace, benchCase.campaignId(), asOf)
                : campaigns.testRun(workspace, benchCase.campaignId(), asOf);
        double warmUpMillis = Stats.millis(System.nanoTime() - start);
        requireSucceeded(warmUp, benchCase, scale);
        HandSql.Run warmUpHand = context.hand().run(definition.handStatements(context), definition.handQuery(context));
        List<Check> checks = compare(definition, context, warmUp, warmUpHand, scale, "warm-up");
        int checksMade = 1;
        say(scale, benchCase.id() + ": " + (benchCase.live() ? "published" : "first test run") + " in " + millis(warmUpMillis) + " ms; results match");

        int measured = definition.timedSave().isPresent() ? options.saves() : options.repetitions();
        List<Double> baton = new ArrayList<>();
        List<Double> handTotal = new ArrayList<>();
        List<Double> handStatements = new ArrayList<>();
        List<List<Double>> perHandStatement = new ArrayList<>();
        Map<String, List<Long>> activityMillis = new LinkedHashMap<>();
        List<Long> saveMillis = new ArrayList<>();
        RunResult last = warmUp;
        for (int repetition = 1; repetition <= measured; repetition++) {
            start = System.nanoTime();
            RunResult run = benchCase.live() ? campaigns.liveRun(workspace, benchCase.campaignId(), asOf)
                    : campaigns.testRun(workspace, benchCase.campaignId(), asOf);
            double batonMillis = Stats.millis(System.nanoTime() - start);
            requireSucceeded(run, benchCase, scale);
            HandSql.Run handRun = context.hand().run(definition.handStatements(context), definition.handQuery(context));
            checks = compare(definition, context, run, handRun, scale, "repetition " + repetition);
            checksMade++;
            baton.add(batonMillis);
            handTotal.add(Stats.millis(handRun.totalNanos()));
            handStatements.add(Stats.millis(handRun.statementNanos().stream().mapToLong(Long::longValue).sum()));
            for (int i = 0; i < handRun.statementNanos().size(); i++) {
                if (perHandStatement.size() <= i) {
                    perHandStatement.add(new ArrayList<>());
                }
                perHandStatement.get(i).add(Stats.millis(handRun.statementNanos().get(i)));
            }
            for (ActivityResult activity : run.activities()) {
                activityMillis.computeIfAbsent(activity.id(), id -> new ArrayList<>()).add(activity.elapsedMillis());
            }
            definition.timedSave().ifPresent(save -> saveMillis.add(run.activity(save).orElseThrow().elapsedMillis()));
            last = run;
            say(scale, benchCase.id() + " " + repetition + "/" + measured + ": Baton " + millis(batonMillis) + " ms, hand " + millis(handTotal.getLast())
                    + " ms");
        }
        Memory memory = probe.read();

        List<ActivityTiming> activities = new ArrayList<>();
        for (ActivityResult activity : last.activities()) {
            long rows = activity.outputs().isEmpty() || activity.outputs().getFirst().rows().isEmpty()
                    ? activity.metrics().getOrDefault(Metrics.ROWS, 0L) : activity.outputs().getFirst().rows().get();
            activities.add(new ActivityTiming(activity.id(), activity.type(), activityMillis.getOrDefault(activity.id(), List.of()), rows));
        }
        long resultRows = checks.stream().filter(Check::result).mapToLong(Check::rows).sum();
        long inputRows = inputRows(context, definition);
        String mode = benchCase.live() ? "apply, publish, then live runs (" + benchCase.campaignId() + ")" : "apply, then test runs of the draft";
        CaseResult result = new CaseResult(benchCase, benchCase.campaignId(), mode, inputRows, resultRows, applyMillis,
                benchCase.live() ? Optional.of(warmUpMillis) : Optional.empty(), baton, handTotal, handStatements, activities, saveMillis, checks,
                checksMade, memory);
        List<Double> statementMedians = perHandStatement.stream().map(Stats::median).toList();
        return new CaseRun(result, last, statementMedians);
    }

    /** Compares Baton's result with the hand-written one in the database; throws when they differ. */
    private List<Check> compare(CaseDefinition definition, CaseContext context, RunResult run, HandSql.Run hand, long scale, String when) {
        List<Check> checks = new ArrayList<>();
        for (Comparison comparison : definition.comparisons(context, run, hand)) {
            switch (comparison) {
                case Comparison.Relations relations -> {
                    List<String> baton = context.hand().row(checksumQuery(relations.baton(), relations.columns()));
                    List<String> handRow = context.hand().row(checksumQuery(relations.hand(), relations.columns()));
                    if (!baton.equals(handRow)) {
                        throw mismatch(definition, scale, when, relations.what(), relations.baton() + ": " + baton.get(0) + " rows, checksum " + baton.get(1)
                                + "; " + relations.hand() + ": " + handRow.get(0) + " rows, checksum " + handRow.get(1));
                    }
                    long rows = Long.parseLong(baton.get(0));
                    checks.add(new Check(relations.what(), relations.baton(), relations.hand(), rows,
                            String.format(Locale.ROOT, "%,d rows, checksum %s", rows, baton.get(1)), relations.result()));
                }
                case Comparison.Figures figures -> {
                    if (!figures.baton().equals(figures.hand())) {
                        throw mismatch(definition, scale, when, figures.what(), "Baton " + figures.names() + " = " + figures.baton() + "; hand-written "
                                + figures.hand());
                    }
                    List<String> named = new ArrayList<>();
                    for (int i = 0; i < figures.names().size(); i++) {
                        named.add(figures.names().get(i) + " " + String.format(Locale.ROOT, "%,d", figures.baton().get(i)));
                    }
                    checks.add(new Check(figures.what(), "run " + run.runId() + " " + figures.names(), "hand-written query", figures.baton().getFirst(),
                            String.join(", ", named), false));
                }
            }
        }
        return checks;
    }

    /** Row count and an order-independent checksum over the columns, computed by the database. */
    static String checksumQuery(String relation, List<String> columns) {
        String hashed = String.join(", ", columns.stream().map(CaseContext::identifier).toList());
        return "SELECT count(*), CAST(coalesce(sum(hash(" + hashed + ")), 0) AS VARCHAR) FROM " + relation;
    }

    private static BatonException mismatch(CaseDefinition definition, long scale, String when, String what, String detail) {
        return new BatonException(ErrorCode.INTERNAL, "benchmark case " + definition.id().id() + " at " + scale + " recipients (" + when
                + "): Baton and the hand-written SQL differ on " + what + ": " + detail);
    }

    private static void requireSucceeded(RunResult run, BenchCase benchCase, long scale) {
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new BatonException(ErrorCode.INTERNAL, "benchmark case " + benchCase.id() + " at " + scale + " recipients: run " + run.runId()
                    + " " + run.status().name().toLowerCase(Locale.ROOT) + ": " + run.error().orElse("no error recorded"));
        }
    }

    private static long inputRows(CaseContext context, CaseDefinition definition) {
        long rows = 0;
        for (String table : definition.inputTables(context)) {
            rows += Long.parseLong(context.hand().row("SELECT count(*) FROM " + table).getFirst());
        }
        return rows;
    }

    // ---- profiles

    /**
     * EXPLAIN ANALYZE of the slowest Baton activity's statements (its outputs and, for a Read audience, its unmatched
     * members; for a Save audience in a live run the content and counting queries, in a test run the dry run's
     * statistics) on the last run's work tables, and of the slowest hand-written statement.
     */
    private List<Profile> profile(CaseDefinition definition, CaseContext context, Workspace workspace, CaseRun run) {
        List<Profile> profiles = new ArrayList<>();
        BenchCase benchCase = definition.id();
        Optional<ActivityTiming> slowest = run.result().activities().stream().max(java.util.Comparator.comparingDouble(ActivityTiming::median));
        if (slowest.isPresent()) {
            Path file = workspace.campaignsDirectory().resolve(benchCase.campaignFile());
            CompiledCampaign compiled = campaigns.compile(workspace.directory(), file.toString(), Optional.of(run.lastRun().referenceTime()));
            CompiledActivity activity = compiled.activities().stream().filter(candidate -> candidate.id().equals(slowest.get().id())).findFirst().orElseThrow();
            String prefix = "\"" + WorkTableNaming.DEFAULT_SCHEMA + "\".\"r" + run.lastRun().runId() + "_";
            Map<String, SqlStatement> statements = new LinkedHashMap<>();
            if (activity.effect().orElse(null) instanceof AudienceEffect.Save save && !benchCase.live()) {
                statements.put(activity.id() + ": statistics of the dry run (rows, profiles, skipped)", save.statistics());
            }
            else if (activity.effect().orElse(null) instanceof AudienceEffect.Save save) {
                statements.put(activity.id() + ": content of the new version", save.content());
                StoredField identity = save.fields().getFirst();
                String table = context.audienceTable(save.label());
                statements.put(activity.id() + ": counting the new version", new SqlStatement("SELECT count(*), count(DISTINCT "
                        + CaseContext.identifier(identity.name()) + "), count(" + CaseContext.identifier(identity.name()) + ") FROM " + table, List.of()));
            }
            else {
                for (var output : activity.outputs()) {
                    Matcher select = CREATE_AS.matcher(output.statement().sql());
                    if (select.matches()) {
                        statements.put(activity.id() + "." + output.output(), new SqlStatement(select.group(1), output.statement().binds()));
                    }
                }
                if (activity.effect().orElse(null) instanceof AudienceEffect.Read read) {
                    statements.put(activity.id() + ": members without a matching row", read.statistics());
                }
            }
            for (Map.Entry<String, SqlStatement> statement : statements.entrySet()) {
                String sql = statement.getValue().sql().replace("\"" + WorkTableNaming.DEFAULT_SCHEMA + "\".\"rN_", prefix);
                String plan = context.hand().explainAnalyze(List.of(), sql, statement.getValue().binds());
                profiles.add(new Profile(benchCase, "baton", statement.getKey() + " (activity median " + millis(slowest.get().median()) + " ms)",
                        totalMillis(plan), new SqlStatement(sql, statement.getValue().binds()).describe(), plan));
            }
        }
        List<String> hand = definition.handStatements(context);
        int slowestHand = -1;
        for (int i = 0; i < Math.min(hand.size(), run.handStatementMedians().size()); i++) {
            if (slowestHand < 0 || run.handStatementMedians().get(i) > run.handStatementMedians().get(slowestHand)) {
                slowestHand = i;
            }
        }
        if (slowestHand >= 0) {
            Matcher select = CREATE_AS.matcher(hand.get(slowestHand));
            if (select.matches()) {
                String plan = context.hand().explainAnalyze(hand.subList(0, slowestHand), select.group(1), List.of());
                profiles.add(new Profile(benchCase, "hand", "statement " + (slowestHand + 1) + " of " + hand.size() + " (median "
                        + millis(run.handStatementMedians().get(slowestHand)) + " ms)", totalMillis(plan), hand.get(slowestHand), plan));
            }
        }
        return profiles;
    }

    private static double totalMillis(String plan) {
        Matcher total = TOTAL_TIME.matcher(plan);
        return total.find() ? Math.round(Double.parseDouble(total.group(1)) * 10_000) / 10.0 : -1;
    }

    // ---- fixed costs

    /** Each fixed step of a Baton call alone, through the engine's public classes; medians of the repetitions. */
    private FixedCosts fixedCosts(Workspace workspace, BenchOptions.Scale scale, int times, HandSql hand) {
        InstantSource clock = InstantSource.system();
        BenchCase largest = scale.cases().contains(BenchCase.TIERS) ? BenchCase.TIERS : scale.orderedCases().getFirst();
        Path file = workspace.campaignsDirectory().resolve(largest.campaignFile());
        Campaign campaign = CampaignReader.read(Workspace.read(file), file.getFileName().toString()).orThrow(ErrorCode.INVALID_CAMPAIGN, file.toString());
        List<Double> files = new ArrayList<>();
        List<Double> openClose = new ArrayList<>();
        List<Double> modelCheck = new ArrayList<>();
        List<Double> catalog = new ArrayList<>();
        List<Double> compile = new ArrayList<>();
        List<Double> handOpenClose = new ArrayList<>();
        int repetitions = Math.max(3, times);
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            Workspace opened = Workspace.open(workspace.directory());
            DataModel model = opened.dataModel();
            files.add(Stats.millis(System.nanoTime() - start));

            start = System.nanoTime();
            WorkspaceDatabase.open(opened, clock).close();
            openClose.add(Stats.millis(System.nanoTime() - start));

            AudienceCatalog audienceCatalog;
            try (Engine engine = WorkspaceDatabase.open(opened, clock)) {
                start = System.nanoTime();
                DataModelChecker.check(model, engine);
                modelCheck.add(Stats.millis(System.nanoTime() - start));
                start = System.nanoTime();
                audienceCatalog = new AudienceRegistry(engine, clock).catalog();
                catalog.add(Stats.millis(System.nanoTime() - start));
                start = System.nanoTime();
                CampaignCompiler.validate(campaign, model, audienceCatalog);
                CampaignCompiler.compile(campaign, model, new CompileOptions(engine.dialect(), clock.instant(),
                        new WorkTableNaming(WorkTableNaming.DEFAULT_SCHEMA, "rN"), audienceCatalog)).orThrow(ErrorCode.INVALID_CAMPAIGN, campaign.id());
                compile.add(Stats.millis(System.nanoTime() - start));
            }

            HandSql.Run empty = hand.run(List.of(), Optional.empty());
            handOpenClose.add(Stats.millis(empty.totalNanos()));
        }
        return new FixedCosts(Stats.median(files), Stats.median(openClose), Stats.median(modelCheck), Stats.median(catalog), Stats.median(compile),
                campaign.id() + " (" + campaign.activities().size() + " activities)", Stats.median(handOpenClose));
    }

    // ---- helpers

    private static Path databaseFile(Path directory) {
        Workspace workspace = Workspace.open(directory);
        return workspace.directory().resolve(workspace.config().database());
    }

    /** Writes the bench campaign files into the workspace's campaigns folder. */
    private static void copyCampaigns(Workspace workspace) {
        for (BenchCase benchCase : BenchCase.values()) {
            String resource = "dev/baton/bench/campaigns/" + benchCase.campaignFile();
            try (InputStream in = Bench.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new BatonException(ErrorCode.INTERNAL, "missing resource " + resource);
                }
                Files.createDirectories(workspace.campaignsDirectory());
                Files.write(workspace.campaignsDirectory().resolve(benchCase.campaignFile()), in.readAllBytes());
            }
            catch (IOException e) {
                throw new BatonException(ErrorCode.FILE_UNREADABLE, "cannot write the benchmark campaigns into " + workspace.campaignsDirectory() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private void say(long scale, String text) {
        progress.accept("[" + number(scale) + "] " + text);
    }
}
