package dev.baton.engine.audience;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.catalog.StoredField;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A saved audience as the registry holds it. The definition fields (campaign, activity, target dimension, entity,
 * identity namespace, fields) are those of the current version.
 *
 * @param campaignId the campaign whose Save audience activity owns the label and writes the audience
 * @param current the version readers get
 * @param versions the versions whose content is kept, newest first (the current one included)
 * @param readBy the campaigns whose runs read the audience, sorted
 */
public record SavedAudience(String label, String campaignId, String activityId, String targetDimension, String entity, String identityNamespace,
        List<StoredField> fields, Optional<AudienceVersion> current, List<AudienceVersion> versions, List<String> readBy, Instant createdAt) {
    public SavedAudience {
        requireNonNull(label, "label is null");
        requireNonNull(campaignId, "campaignId is null");
        requireNonNull(activityId, "activityId is null");
        requireNonNull(targetDimension, "targetDimension is null");
        requireNonNull(entity, "entity is null");
        requireNonNull(identityNamespace, "identityNamespace is null");
        requireNonNull(current, "current is null");
        requireNonNull(createdAt, "createdAt is null");
        fields = List.copyOf(fields);
        versions = List.copyOf(versions);
        readBy = List.copyOf(readBy);
    }
}
