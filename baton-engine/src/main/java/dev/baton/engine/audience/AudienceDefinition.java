package dev.baton.engine.audience;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.catalog.StoredField;
import java.util.List;

/**
 * What a Save audience activity saves: the label it owns, who saves it, how profiles are identified, and the columns of
 * the content.
 *
 * @param targetDimension the target dimension's name, such as {@code Recipients - CRMID}
 * @param entity the entity of the target dimension, such as {@code recipients}
 * @param identityNamespace the identity namespace of the profile mapping field, such as {@code crmId}
 * @param fields every content column in order, the identity first (role {@code IDENTITY}), then the source keys and the
 *     mapped attributes
 */
public record AudienceDefinition(String label, String campaignId, String activityId, String targetDimension, String entity, String identityNamespace,
        List<StoredField> fields) {
    public AudienceDefinition {
        requireNonNull(label, "label is null");
        requireNonNull(campaignId, "campaignId is null");
        requireNonNull(activityId, "activityId is null");
        requireNonNull(targetDimension, "targetDimension is null");
        requireNonNull(entity, "entity is null");
        requireNonNull(identityNamespace, "identityNamespace is null");
        fields = List.copyOf(fields);
    }
}
