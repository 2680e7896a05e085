package dev.baton.compiler;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.sql.Dialect;
import dev.baton.compiler.sql.WorkTableNaming;
import java.time.Instant;

/**
 * @param referenceTime the instant relative dates are evaluated against (a run's start or its {@code --as-of})
 * @param workTables where the outputs are materialised
 * @param audiences saved audiences and label owners as of the run's start
 */
public record CompileOptions(Dialect dialect, Instant referenceTime, WorkTableNaming workTables, AudienceCatalog audiences) {
    public CompileOptions {
        requireNonNull(dialect, "dialect is null");
        requireNonNull(referenceTime, "referenceTime is null");
        requireNonNull(workTables, "workTables is null");
        requireNonNull(audiences, "audiences is null");
    }

    /** Without saved audiences: Read audience cannot compile, Save audience labels are not checked for owners. */
    public CompileOptions(Dialect dialect, Instant referenceTime, WorkTableNaming workTables) {
        this(dialect, referenceTime, workTables, AudienceCatalog.empty());
    }
}
