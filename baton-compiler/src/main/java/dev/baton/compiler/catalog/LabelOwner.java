package dev.baton.compiler.catalog;

import static java.util.Objects.requireNonNull;

/** The Save audience activity that owns an audience label. */
public record LabelOwner(String label, String campaignId, String activityId) {
    public LabelOwner {
        requireNonNull(label, "label is null");
        requireNonNull(campaignId, "campaignId is null");
        requireNonNull(activityId, "activityId is null");
    }
}
