package dev.baton.model.datamodel;

import static java.util.Objects.requireNonNull;

/** An entity plus one of its identity attributes, named like {@code Recipients - CRMID}: how rows tie to a profile. */
public record TargetDimension(String name, String entity, String identity) {
    public TargetDimension {
        requireNonNull(name, "name is null");
        requireNonNull(entity, "entity is null");
        requireNonNull(identity, "identity is null");
    }
}
