package dev.baton.compiler.catalog;

import static java.util.Objects.requireNonNull;

import dev.baton.model.datamodel.AttributeType;

/**
 * A column of a saved audience's content.
 *
 * @param role what the column holds: the profile identity, a key of the source row, or a mapped attribute
 */
public record StoredField(String name, AttributeType type, FieldRole role) {
    public enum FieldRole {
        IDENTITY,
        SOURCE_KEY,
        MAPPED
    }

    public StoredField {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(role, "role is null");
    }
}
