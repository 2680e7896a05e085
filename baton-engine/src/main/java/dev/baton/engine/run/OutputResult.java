package dev.baton.engine.run;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One output of an activity in a run.
 *
 * @param rows the row count, empty when the activity did not run
 * @param sql the statement with its bind values, as it ran (or would have run)
 */
public record OutputResult(String output, String workTable, Optional<Long> rows, String sql) {
    public OutputResult {
        requireNonNull(output, "output is null");
        requireNonNull(workTable, "workTable is null");
        requireNonNull(rows, "rows is null");
        requireNonNull(sql, "sql is null");
    }
}
