package dev.baton.compiler.predicate;

import static java.util.Objects.requireNonNull;

import dev.baton.model.datamodel.Attribute;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An attribute of the current entity, or of an entity reached through to-one links ({@code path}). */
public record ColumnReference(List<LinkStep> path, Attribute attribute) {
    public ColumnReference {
        path = List.copyOf(path);
        requireNonNull(attribute, "attribute is null");
    }

    /** As the user wrote it: {@code trip.destination.region}. */
    public String describe() {
        return Stream.concat(path.stream().map(step -> step.link().name()), Stream.of(attribute.name())).collect(Collectors.joining("."));
    }
}
