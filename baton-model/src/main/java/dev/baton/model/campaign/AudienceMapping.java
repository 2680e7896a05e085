package dev.baton.model.campaign;

import static java.util.Objects.requireNonNull;

/**
 * An additional field of a saved audience.
 *
 * @param source an attribute of the inbound dimension, a path through to-one links, or a column added upstream
 * @param field the name of the field in the audience
 */
public record AudienceMapping(String source, String field) {
    public AudienceMapping {
        requireNonNull(source, "source is null");
        requireNonNull(field, "field is null");
    }
}
