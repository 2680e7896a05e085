package dev.baton.engine.audience;

import java.util.List;

/**
 * A page of an audience version's rows, ordered by the identity, then the source keys, then the other fields.
 *
 * @param totalRows rows in the version
 * @param offset rows skipped before this page
 * @param rows values as text ({@code null} when empty), in the order of {@code columns}
 */
public record AudienceContent(String label, int version, long totalRows, long offset, List<ContentColumn> columns, List<List<String>> rows) {
    public AudienceContent {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }

    /** @param type the attribute type's file name ({@code string}, {@code integer}, …); role {@code identity}, {@code source-key} or {@code mapped} */
    public record ContentColumn(String name, String type, String role) {}
}
