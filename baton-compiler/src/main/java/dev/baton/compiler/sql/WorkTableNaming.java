package dev.baton.compiler.sql;

import static java.util.Objects.requireNonNull;

import dev.baton.model.datamodel.TableName;
import java.util.Optional;

/**
 * Names of the work tables of one run: {@code <schema>.<prefix>_<activity>_<output>}. Activity ids and outputs are
 * validated identifiers, so names are unique within a run and at most 63 characters for a short prefix.
 */
public record WorkTableNaming(String schema, String prefix) {
    public static final String DEFAULT_SCHEMA = "baton_work";

    public WorkTableNaming {
        requireNonNull(schema, "schema is null");
        requireNonNull(prefix, "prefix is null");
    }

    public TableName table(String activity, String output) {
        return new TableName(Optional.of(schema), prefix + "_" + activity + "_" + output);
    }
}
