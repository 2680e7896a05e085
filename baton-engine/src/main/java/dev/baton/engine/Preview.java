package dev.baton.engine;

import java.util.List;

/**
 * The first rows of an output of a run: the work table's own columns (the population's keys) followed by the
 * dimension's attributes, joined for reading.
 */
public record Preview(long runId, String activity, String output, String workTable, String dimension, long totalRows, List<PreviewColumn> columns,
        List<List<String>> rows) {
    public Preview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** @param inWorkTable true for the work table's columns, false for attributes joined from the dimension */
    public record PreviewColumn(String name, String type, boolean inWorkTable) {}
}
