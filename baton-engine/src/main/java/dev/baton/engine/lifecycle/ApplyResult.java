package dev.baton.engine.lifecycle;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The result of {@link LifecycleService#apply}.
 *
 * @param campaignId the campaign's id, from the file
 * @param version the version the file now is (or already was, when {@link ApplyOutcome#UNCHANGED})
 * @param status the status of that version: {@link CampaignStatus#DRAFT}, or {@link CampaignStatus#LIVE} for an
 *     unchanged live version
 * @param outcome what was done
 * @param liveVersion the campaign's live version, when it has one (it keeps running while a new draft is prepared)
 */
public record ApplyResult(String campaignId, int version, CampaignStatus status, ApplyOutcome outcome, Optional<Integer> liveVersion) {
    public ApplyResult {
        requireNonNull(campaignId, "campaignId is null");
        requireNonNull(status, "status is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(liveVersion, "liveVersion is null");
    }

    public boolean changed() {
        return outcome != ApplyOutcome.UNCHANGED;
    }
}
