package dev.baton.compiler.predicate;

import static java.util.Objects.requireNonNull;

import dev.baton.model.datamodel.Entity;
import dev.baton.model.datamodel.Link;

/** One link followed from {@code source} to {@code target}. */
public record LinkStep(Entity source, Link link, Entity target) {
    public LinkStep {
        requireNonNull(source, "source is null");
        requireNonNull(link, "link is null");
        requireNonNull(target, "target is null");
    }
}
