package dev.baton.compiler.plan;

import static java.util.Objects.requireNonNull;

import dev.baton.model.datamodel.AttributeType;

/** A column of a row type. */
public record Column(String name, AttributeType type) {
    public Column {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }
}
