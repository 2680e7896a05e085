package dev.baton.engine.store;

import dev.baton.compiler.CompiledCampaign;
import dev.baton.engine.run.ActivityResult;
import dev.baton.engine.run.ActivityStatus;
import dev.baton.engine.run.OutputResult;
import dev.baton.engine.run.RunKind;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.RunStatus;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run log in {@code baton_meta.runs}, {@code baton_meta.run_activities}, {@code baton_meta.run_outputs} and
 * {@code baton_meta.run_metrics}.
 */
public final class RunLog {
    private final Connection connection;

    public RunLog(Connection connection) {
        this.connection = connection;
    }

    public long nextRunId() {
        try (PreparedStatement statement = connection.prepareStatement("SELECT coalesce(max(run_id), 0) + 1 FROM baton_meta.runs");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
        catch (SQLException e) {
            throw failure("read the run log", e);
        }
    }

    public void started(long runId, CompiledCampaign compiled, RunKind kind, Instant startedAt) {
        update("INSERT INTO baton_meta.runs (run_id, campaign_id, campaign_name, kind, status, dialect, reference_time, started_at, work_tables_dropped)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, false)",
                runId, compiled.campaign().id(), compiled.campaign().name(), kind.name(), RunStatus.RUNNING.name(), compiled.dialect().fileName(),
                utc(compiled.referenceTime()), utc(startedAt));
    }

    /** Records an activity with its outputs and figures, in one transaction (one commit, not one per row). */
    public void activity(long runId, int position, ActivityResult activity) {
        try {
            Transactions.run(connection, () -> {
                insertActivity(runId, position, activity);
                return null;
            });
        }
        catch (SQLException e) {
            throw failure("write the run log", e);
        }
    }

    private void insertActivity(long runId, int position, ActivityResult activity) {
        update("INSERT INTO baton_meta.run_activities (run_id, activity_id, position, type, label, dimension, status, reason, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                runId, activity.id(), position, activity.type(), activity.label(), activity.dimension(), activity.status().name(),
                activity.reason().orElse(null), activity.elapsedMillis());
        int index = 0;
        for (OutputResult output : activity.outputs()) {
            update("INSERT INTO baton_meta.run_outputs (run_id, activity_id, output, position, work_table, row_count, sql_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    runId, activity.id(), output.output(), index++, output.workTable(), output.rows().orElse(null), output.sql());
        }
        index = 0;
        for (Map.Entry<String, Long> metric : activity.metrics().entrySet()) {
            update("INSERT INTO baton_meta.run_metrics (run_id, activity_id, position, name, value) VALUES (?, ?, ?, ?, ?)",
                    runId, activity.id(), index++, metric.getKey(), metric.getValue());
        }
    }

    public void finished(long runId, RunStatus status, Instant finishedAt, Optional<String> error) {
        update("UPDATE baton_meta.runs SET status = ?, finished_at = ?, error = ? WHERE run_id = ?", status.name(), utc(finishedAt), error.orElse(null), runId);
    }

    public void markWorkTablesDropped(long runId) {
        update("UPDATE baton_meta.runs SET work_tables_dropped = true WHERE run_id = ?", runId);
    }

    /** Runs of a campaign whose work tables still exist, newest first. */
    public List<Long> runsWithWorkTables(String campaignId) {
        List<Long> runs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT run_id FROM baton_meta.runs WHERE campaign_id = ? AND NOT work_tables_dropped ORDER BY run_id DESC")) {
            statement.setString(1, campaignId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    runs.add(result.getLong(1));
                }
            }
            return runs;
        }
        catch (SQLException e) {
            throw failure("read the run log", e);
        }
    }

    /** The work tables of a run's outputs. */
    public List<String> workTables(long runId) {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT work_table FROM baton_meta.run_outputs WHERE run_id = ? ORDER BY activity_id, position")) {
            statement.setLong(1, runId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            return tables;
        }
        catch (SQLException e) {
            throw failure("read the run log", e);
        }
    }

    public Optional<RunResult> find(long runId) {
        List<RunResult> runs = select("WHERE run_id = ?", List.of(runId), 1);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.getFirst());
    }

    /** The latest runs, newest first, optionally of one campaign. */
    public List<RunResult> list(Optional<String> campaignId, int limit) {
        return campaignId.map(id -> select("WHERE campaign_id = ?", List.of(id), limit)).orElseGet(() -> select("", List.of(), limit));
    }

    private List<RunResult> select(String where, List<Object> binds, int limit) {
        try {
            Map<Long, List<ActivityResult>> activities = new LinkedHashMap<>();
            List<Object[]> runs = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT run_id, campaign_id, campaign_name, kind, status, dialect, reference_time,"
                    + " started_at, finished_at, error, work_tables_dropped FROM baton_meta.runs " + where + " ORDER BY run_id DESC LIMIT ?")) {
                int index = 1;
                for (Object bind : binds) {
                    statement.setObject(index++, bind);
                }
                statement.setInt(index, limit);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        runs.add(new Object[] {result.getLong(1), result.getString(2), result.getString(3), result.getString(4), result.getString(5),
                                result.getString(6), result.getObject(7, LocalDateTime.class), result.getObject(8, LocalDateTime.class),
                                result.getObject(9, LocalDateTime.class), result.getString(10), result.getBoolean(11)});
                        activities.put(result.getLong(1), new ArrayList<>());
                    }
                }
            }
            for (Map.Entry<Long, List<ActivityResult>> entry : activities.entrySet()) {
                entry.getValue().addAll(activities(entry.getKey()));
            }
            List<RunResult> results = new ArrayList<>();
            for (Object[] row : runs) {
                long runId = (Long) row[0];
                results.add(new RunResult(runId, (String) row[1], (String) row[2], RunKind.valueOf((String) row[3]), RunStatus.valueOf((String) row[4]),
                        (String) row[5], instant((LocalDateTime) row[6]), instant((LocalDateTime) row[7]),
                        Optional.ofNullable((LocalDateTime) row[8]).map(RunLog::instant), Optional.ofNullable((String) row[9]), (Boolean) row[10],
                        activities.get(runId)));
            }
            return results;
        }
        catch (SQLException e) {
            throw failure("read the run log", e);
        }
    }

    private List<ActivityResult> activities(long runId) throws SQLException {
        Map<String, List<OutputResult>> outputs = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT activity_id, output, work_table, row_count, sql_text FROM baton_meta.run_outputs WHERE run_id = ? ORDER BY activity_id, position")) {
            statement.setLong(1, runId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long rows = result.getLong(4);
                    Optional<Long> count = result.wasNull() ? Optional.empty() : Optional.of(rows);
                    outputs.computeIfAbsent(result.getString(1), key -> new ArrayList<>())
                            .add(new OutputResult(result.getString(2), result.getString(3), count, result.getString(5)));
                }
            }
        }
        Map<String, Map<String, Long>> metrics = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT activity_id, name, value FROM baton_meta.run_metrics WHERE run_id = ? ORDER BY activity_id, position")) {
            statement.setLong(1, runId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    metrics.computeIfAbsent(result.getString(1), key -> new LinkedHashMap<>()).put(result.getString(2), result.getLong(3));
                }
            }
        }
        List<ActivityResult> activities = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT activity_id, type, label, dimension, status, reason, elapsed_ms FROM baton_meta.run_activities WHERE run_id = ? ORDER BY position")) {
            statement.setLong(1, runId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String id = result.getString(1);
                    activities.add(new ActivityResult(id, result.getString(2), result.getString(3), result.getString(4),
                            ActivityStatus.valueOf(result.getString(5)), Optional.ofNullable(result.getString(6)), result.getLong(7),
                            outputs.getOrDefault(id, List.of()), metrics.getOrDefault(id, Map.of())));
                }
            }
        }
        return activities;
    }

    private void update(String sql, Object... binds) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            statement.executeUpdate();
        }
        catch (SQLException e) {
            throw failure("write the run log", e);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    private static BatonException failure(String what, SQLException e) {
        return new BatonException(ErrorCode.SQL_FAILED, "cannot " + what + ": " + e.getMessage(), e);
    }
}
