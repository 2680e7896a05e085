package dev.baton.compiler;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.plan.RowType;
import dev.baton.compiler.sql.SqlStatement;
import dev.baton.model.datamodel.TableName;

/** One output of an activity: the work table it is materialised in, its row type, plan text and SQL. */
public record CompiledOutput(String output, TableName workTable, RowType rowType, String plan, SqlStatement statement) {
    public CompiledOutput {
        requireNonNull(output, "output is null");
        requireNonNull(workTable, "workTable is null");
        requireNonNull(rowType, "rowType is null");
        requireNonNull(plan, "plan is null");
        requireNonNull(statement, "statement is null");
    }
}
