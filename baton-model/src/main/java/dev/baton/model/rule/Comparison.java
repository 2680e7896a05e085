package dev.baton.model.rule;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A condition on one attribute.
 *
 * @param attribute an attribute of the current entity, or a path through to-one links such as {@code trip.destination.region}
 */
public record Comparison(String attribute, Operator operator, Optional<Value> value) implements Condition {
    public Comparison {
        requireNonNull(attribute, "attribute is null");
        requireNonNull(operator, "operator is null");
        requireNonNull(value, "value is null");
    }
}
