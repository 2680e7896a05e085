package dev.baton.model.datamodel;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A typed attribute of an entity, mapped to a column.
 *
 * @param allowedValues the values of an enumeration, empty for other types
 * @param identityNamespace set when the attribute identifies a person in that namespace (e.g. {@code crmId})
 */
public record Attribute(String name, String label, String column, AttributeType type, List<String> allowedValues,
        Optional<String> identityNamespace) {
    public Attribute {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(column, "column is null");
        requireNonNull(type, "type is null");
        allowedValues = List.copyOf(allowedValues);
        requireNonNull(identityNamespace, "identityNamespace is null");
    }

    public boolean isIdentity() {
        return identityNamespace.isPresent();
    }
}
