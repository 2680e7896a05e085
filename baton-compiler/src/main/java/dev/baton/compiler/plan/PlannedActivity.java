package dev.baton.compiler.plan;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.analysis.AnalyzedActivity;
import java.util.List;
import java.util.Optional;

/**
 * The plan of one activity: its outputs in the order they are materialised.
 *
 * @param stopsBranchWhenEmpty when the main output is empty, the activities after it do not run
 * @param audienceContent what a Save audience stores
 */
public record PlannedActivity(AnalyzedActivity analyzed, List<PlannedOutput> outputs, boolean stopsBranchWhenEmpty,
        Optional<Rel.AudienceContent> audienceContent) {
    public PlannedActivity {
        requireNonNull(analyzed, "analyzed is null");
        outputs = List.copyOf(outputs);
        requireNonNull(audienceContent, "audienceContent is null");
    }

    PlannedActivity(AnalyzedActivity analyzed, List<PlannedOutput> outputs, boolean stopsBranchWhenEmpty) {
        this(analyzed, outputs, stopsBranchWhenEmpty, Optional.empty());
    }
}
