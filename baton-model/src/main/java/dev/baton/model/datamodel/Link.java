package dev.baton.model.datamodel;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A named link from one entity to another, with its cardinality and join attributes. */
public record Link(String name, String label, String target, Cardinality cardinality, List<JoinPair> join) {
    public Link {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(target, "target is null");
        requireNonNull(cardinality, "cardinality is null");
        join = List.copyOf(join);
    }
}
