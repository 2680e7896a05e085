package dev.baton.model.datamodel;

import static java.util.Objects.requireNonNull;

/** One pair of a link's join: an attribute of the source entity equal to an attribute of the target entity. */
public record JoinPair(String sourceAttribute, String targetAttribute) {
    public JoinPair {
        requireNonNull(sourceAttribute, "sourceAttribute is null");
        requireNonNull(targetAttribute, "targetAttribute is null");
    }
}
