package dev.baton.compiler.plan;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.analysis.AnalyzedActivity;
import java.util.List;

/**
 * The plan of one activity: its outputs in the order they are materialised.
 *
 * @param stopsBranchWhenEmpty when the main output is empty, the activities after it do not run
 */
public record PlannedActivity(AnalyzedActivity analyzed, List<PlannedOutput> outputs, boolean stopsBranchWhenEmpty) {
    public PlannedActivity {
        requireNonNull(analyzed, "analyzed is null");
        outputs = List.copyOf(outputs);
    }
}
