package dev.baton.engine.run;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A run as recorded.
 *
 * @param referenceTime the instant relative dates were evaluated against
 */
public record RunResult(long runId, String campaignId, String campaignName, RunKind kind, RunStatus status, String dialect,
        Instant referenceTime, Instant startedAt, Optional<Instant> finishedAt, Optional<String> error, boolean workTablesDropped,
        List<ActivityResult> activities) {
    public RunResult {
        requireNonNull(campaignId, "campaignId is null");
        requireNonNull(campaignName, "campaignName is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(status, "status is null");
        requireNonNull(dialect, "dialect is null");
        requireNonNull(referenceTime, "referenceTime is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(finishedAt, "finishedAt is null");
        requireNonNull(error, "error is null");
        activities = List.copyOf(activities);
    }

    public Optional<ActivityResult> activity(String id) {
        return activities.stream().filter(activity -> activity.id().equals(id)).findFirst();
    }
}
