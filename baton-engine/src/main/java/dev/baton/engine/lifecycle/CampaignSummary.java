package dev.baton.engine.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A campaign and its versions, oldest first.
 *
 * @param name the name in the latest version
 * @param status the campaign's status: that of the latest version, or {@link CampaignStatus#LIVE} while a live version
 *     runs under a newer draft
 * @param latestVersion the newest version number
 * @param liveVersion the version that is live, if any
 * @param draftVersion the version that is a draft, if any (always the latest)
 * @param latestRunId the campaign's newest run in the run log, of any version or of a file with the same id
 */
public record CampaignSummary(String id, String name, CampaignStatus status, int latestVersion, Optional<Integer> liveVersion,
        Optional<Integer> draftVersion, Instant createdAt, Instant updatedAt, Optional<Long> latestRunId, List<VersionSummary> versions) {
    public CampaignSummary {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(status, "status is null");
        requireNonNull(liveVersion, "liveVersion is null");
        requireNonNull(draftVersion, "draftVersion is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        requireNonNull(latestRunId, "latestRunId is null");
        versions = List.copyOf(versions);
    }
}
