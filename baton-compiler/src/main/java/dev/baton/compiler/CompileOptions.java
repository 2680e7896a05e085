package dev.baton.compiler;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.sql.Dialect;
import dev.baton.compiler.sql.WorkTableNaming;
import java.time.Instant;

/**
 * @param referenceTime the instant relative dates are evaluated against (a run's start or its {@code --as-of})
 * @param workTables where the outputs are materialised
 */
public record CompileOptions(Dialect dialect, Instant referenceTime, WorkTableNaming workTables) {
    public CompileOptions {
        requireNonNull(dialect, "dialect is null");
        requireNonNull(referenceTime, "referenceTime is null");
        requireNonNull(workTables, "workTables is null");
    }
}
