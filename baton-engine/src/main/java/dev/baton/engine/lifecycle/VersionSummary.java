package dev.baton.engine.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A campaign version without its text, for lists.
 *
 * @param latestRunId the newest run of this version, when the run log records versions (see {@code docs/lifecycle.md})
 */
public record VersionSummary(int version, CampaignStatus status, String name, String format, Optional<String> fileName, Instant createdAt,
        Instant updatedAt, Optional<Instant> publishedAt, Optional<Instant> completedAt, Optional<Instant> stoppedAt, Optional<Instant> archivedAt,
        Optional<Long> latestRunId) {
    public VersionSummary {
        requireNonNull(status, "status is null");
        requireNonNull(name, "name is null");
        requireNonNull(format, "format is null");
        requireNonNull(fileName, "fileName is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        requireNonNull(publishedAt, "publishedAt is null");
        requireNonNull(completedAt, "completedAt is null");
        requireNonNull(stoppedAt, "stoppedAt is null");
        requireNonNull(archivedAt, "archivedAt is null");
        requireNonNull(latestRunId, "latestRunId is null");
    }

    static VersionSummary of(CampaignVersion version, Optional<Long> latestRunId) {
        return new VersionSummary(version.version(), version.status(), version.name(), version.format(), version.fileName(), version.createdAt(),
                version.updatedAt(), version.publishedAt(), version.completedAt(), version.stoppedAt(), version.archivedAt(), latestRunId);
    }
}
