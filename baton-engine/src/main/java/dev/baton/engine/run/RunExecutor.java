package dev.baton.engine.run;

import dev.baton.compiler.AudienceEffect;
import dev.baton.compiler.CompiledActivity;
import dev.baton.compiler.CompiledCampaign;
import dev.baton.compiler.CompiledOutput;
import dev.baton.compiler.analysis.Input;
import dev.baton.compiler.sql.SqlStatement;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.store.RunLog;
import dev.baton.model.error.BatonException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Executes a compiled campaign: each output becomes a work table, counted after creation. An activity runs when all
 * its inputs are available; it is skipped when an input's activity failed, was skipped, or stopped its branch
 * because its result was empty.
 */
public final class RunExecutor {
    private final Engine engine;
    private final RunLog log;
    private final InstantSource clock;
    private final AudienceSink audiences;

    public RunExecutor(Engine engine, RunLog log, InstantSource clock, AudienceSink audiences) {
        this.engine = engine;
        this.log = log;
        this.clock = clock;
        this.audiences = audiences;
    }

    public RunResult execute(long runId, CompiledCampaign compiled, RunKind kind, Instant startedAt) {
        log.started(runId, compiled, kind, startedAt);
        Map<String, ActivityResult> done = new HashMap<>();
        Map<String, Boolean> stopsBranch = new HashMap<>();
        List<ActivityResult> results = new ArrayList<>();
        Optional<String> error = Optional.empty();
        for (CompiledActivity activity : compiled.activities()) {
            stopsBranch.put(activity.id(), activity.stopsBranchWhenEmpty());
            Optional<String> skipReason = skipReason(activity, done, stopsBranch);
            ActivityResult result = skipReason.isPresent() ? skipped(activity, skipReason.get()) : run(activity, runId, compiled.campaign().id(), kind, done);
            if (result.status() == ActivityStatus.FAILED && error.isEmpty()) {
                error = Optional.of("activity '" + activity.id() + "' failed: " + result.reason().orElse(""));
            }
            done.put(activity.id(), result);
            results.add(result);
            log.activity(runId, results.size() - 1, result);
        }
        RunStatus status = error.isPresent() ? RunStatus.FAILED : RunStatus.SUCCEEDED;
        Instant finishedAt = clock.instant();
        log.finished(runId, status, finishedAt, error);
        return new RunResult(runId, compiled.campaign().id(), compiled.campaign().name(), kind, status, compiled.dialect().fileName(),
                compiled.referenceTime(), startedAt, Optional.of(finishedAt), error, false, results);
    }

    private static Optional<String> skipReason(CompiledActivity activity, Map<String, ActivityResult> done, Map<String, Boolean> stopsBranch) {
        for (Input input : activity.inputs()) {
            ActivityResult source = done.get(input.activity());
            switch (source.status()) {
                case DRY_RUN -> {
                    // A Save audience passing its population on: the pass-through ran, only the save did not.
                }
                case FAILED -> {
                    return Optional.of("input " + input.describe() + " is missing: activity '" + input.activity() + "' failed");
                }
                case SKIPPED -> {
                    return Optional.of("input " + input.describe() + " is missing: activity '" + input.activity() + "' was skipped");
                }
                case SUCCEEDED -> {
                    boolean empty = source.outputs().getFirst().rows().orElse(0L) == 0L;
                    if (stopsBranch.get(input.activity()) && empty) {
                        return Optional.of("input " + input.describe() + " is empty, and '" + input.activity()
                                + "' stops its branch when empty (set outboundWhenEmpty: true to go on)");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private ActivityResult run(CompiledActivity activity, long runId, String campaignId, RunKind kind, Map<String, ActivityResult> done) {
        Instant start = clock.instant();
        List<OutputResult> outputs = new ArrayList<>();
        Connection connection = engine.connection();
        for (int i = 0; i < activity.outputs().size(); i++) {
            CompiledOutput output = activity.outputs().get(i);
            try {
                execute(connection, output.statement());
                outputs.add(new OutputResult(output.output(), output.workTable().toString(), Optional.of(count(connection, output)), output.statement().describe()));
            }
            catch (SQLException e) {
                outputs.add(notRun(output));
                activity.outputs().subList(i + 1, activity.outputs().size()).forEach(rest -> outputs.add(notRun(rest)));
                return result(activity, ActivityStatus.FAILED, Optional.of(firstLine(e.getMessage())), start, outputs, Map.of());
            }
        }
        if (activity.effect().isEmpty()) {
            return result(activity, ActivityStatus.SUCCEEDED, Optional.empty(), start, outputs, Map.of());
        }
        try {
            return switch (activity.effect().get()) {
                case AudienceEffect.Save save -> save(activity, save, runId, campaignId, kind, start, outputs, inboundRows(activity, done));
                case AudienceEffect.Read read -> {
                    Map<String, Long> figures = new LinkedHashMap<>();
                    figures.put(Metrics.MEMBERS, read.members());
                    figures.putAll(figures(connection, read.statistics(), Metrics.UNMATCHED));
                    figures.put(Metrics.VERSION, (long) read.version());
                    audiences.recordRead(read.label(), campaignId, runId);
                    yield result(activity, ActivityStatus.SUCCEEDED, Optional.empty(), start, outputs, figures);
                }
            };
        }
        catch (SQLException | BatonException e) {
            return result(activity, ActivityStatus.FAILED, Optional.of(firstLine(e.getMessage())), start, outputs, Map.of());
        }
    }

    /**
     * Test runs only count what would be saved; live runs save a new version and take its figures from the saved
     * table, so that the content is not computed twice.
     */
    private ActivityResult save(CompiledActivity activity, AudienceEffect.Save save, long runId, String campaignId, RunKind kind, Instant start,
            List<OutputResult> outputs, long inboundRows) throws SQLException {
        return switch (kind) {
            case TEST -> {
                Map<String, Long> figures = figures(engine.connection(), save.statistics(), Metrics.ROWS, Metrics.PROFILES, Metrics.SKIPPED_EMPTY_IDENTITY);
                yield result(activity, ActivityStatus.DRY_RUN, Optional.of("test run: nothing saved; audience '" + save.label() + "' would get "
                        + summary(figures)), start, outputs, figures);
            }
            case LIVE -> {
                Map<String, Long> figures = new LinkedHashMap<>(audiences.save(save, campaignId, activity.id(), inboundRows, runId));
                yield result(activity, ActivityStatus.SUCCEEDED, Optional.of("saved audience '" + save.label() + "' version " + figures.get(Metrics.VERSION)
                        + ": " + summary(figures)), start, outputs, figures);
            }
        };
    }

    private static String summary(Map<String, Long> figures) {
        return String.format(java.util.Locale.ROOT, "%,d rows (%,d distinct profiles; %,d rows skipped for an empty identity)",
                figures.get(Metrics.ROWS), figures.get(Metrics.PROFILES), figures.get(Metrics.SKIPPED_EMPTY_IDENTITY));
    }

    /** Rows of the population an activity reads (its only input). */
    private static long inboundRows(CompiledActivity activity, Map<String, ActivityResult> done) {
        Input input = activity.inputs().getFirst();
        return done.get(input.activity()).outputs().stream().filter(output -> output.output().equals(input.output())).findFirst()
                .flatMap(OutputResult::rows).orElseThrow();
    }

    /** Runs a one-row query and reads its columns, in order, under the given names. */
    private static Map<String, Long> figures(Connection connection, SqlStatement statement, String... names) throws SQLException {
        Map<String, Long> figures = new LinkedHashMap<>();
        try (PreparedStatement prepared = prepare(connection, statement); ResultSet result = prepared.executeQuery()) {
            result.next();
            for (int i = 0; i < names.length; i++) {
                figures.put(names[i], result.getLong(i + 1));
            }
        }
        return figures;
    }

    private ActivityResult skipped(CompiledActivity activity, String reason) {
        return new ActivityResult(activity.id(), activity.type(), activity.label(), activity.dimension(), ActivityStatus.SKIPPED, Optional.of(reason), 0,
                activity.outputs().stream().map(RunExecutor::notRun).toList(), Map.of());
    }

    private ActivityResult result(CompiledActivity activity, ActivityStatus status, Optional<String> reason, Instant start, List<OutputResult> outputs,
            Map<String, Long> figures) {
        long elapsed = Duration.between(start, clock.instant()).toMillis();
        return new ActivityResult(activity.id(), activity.type(), activity.label(), activity.dimension(), status, reason, elapsed, outputs, figures);
    }

    private static OutputResult notRun(CompiledOutput output) {
        return new OutputResult(output.output(), output.workTable().toString(), Optional.empty(), output.statement().describe());
    }

    private static void execute(Connection connection, SqlStatement statement) throws SQLException {
        try (PreparedStatement prepared = prepare(connection, statement)) {
            prepared.execute();
        }
    }

    /** A prepared statement with the statement's values bound in order. */
    public static PreparedStatement prepare(Connection connection, SqlStatement statement) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement.sql());
        try {
            for (int i = 0; i < statement.binds().size(); i++) {
                prepared.setObject(i + 1, statement.binds().get(i));
            }
            return prepared;
        }
        catch (SQLException e) {
            prepared.close();
            throw e;
        }
    }

    private long count(Connection connection, CompiledOutput output) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(WorkTables.count(engine.dialect(), output.workTable()));
                ResultSet result = prepared.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown database error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
