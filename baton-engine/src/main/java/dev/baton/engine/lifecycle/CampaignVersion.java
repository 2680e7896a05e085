package dev.baton.engine.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One version of a campaign as stored in {@code baton_meta.campaign_versions}.
 *
 * @param name the campaign's name in this version (its id when the file has none)
 * @param format {@code yaml} or {@code json}, the format of {@code definition}
 * @param fileName the name of the file it was applied from (no folder), when known
 * @param definition the campaign file's text exactly as applied
 * @param createdAt when this version was first applied
 * @param updatedAt when its definition was last replaced (a draft re-applied) or its status last changed
 * @param publishedAt when it went live
 */
public record CampaignVersion(String campaignId, int version, CampaignStatus status, String name, String format, Optional<String> fileName,
        String definition, Instant createdAt, Instant updatedAt, Optional<Instant> publishedAt, Optional<Instant> completedAt,
        Optional<Instant> stoppedAt, Optional<Instant> archivedAt) {
    public static final String YAML = "yaml";
    public static final String JSON = "json";

    public CampaignVersion {
        requireNonNull(campaignId, "campaignId is null");
        requireNonNull(status, "status is null");
        requireNonNull(name, "name is null");
        requireNonNull(format, "format is null");
        requireNonNull(fileName, "fileName is null");
        requireNonNull(definition, "definition is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        requireNonNull(publishedAt, "publishedAt is null");
        requireNonNull(completedAt, "completedAt is null");
        requireNonNull(stoppedAt, "stoppedAt is null");
        requireNonNull(archivedAt, "archivedAt is null");
    }

    /** A file name for this version's text: the one it was applied from, or {@code <id>.yaml} / {@code <id>.json}. */
    public String suggestedFileName() {
        return fileName.orElse(campaignId + "." + format);
    }
}
