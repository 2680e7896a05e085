package dev.baton.engine;

import dev.baton.engine.run.RunResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What {@code baton demo} made: the workspace, the rows per table, the date the data is relative to, how long loading took, and the demo run. */
public record DemoResult(Path workspace, long recipients, long seed, java.time.LocalDate today, Map<String, Long> rows, long loadMillis, Optional<RunResult> run) {
    /** The audience the seed example saves when the demo publishes it. */
    public static final String SEED_AUDIENCE = "Recent purchasers";

    public DemoResult {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }
}
