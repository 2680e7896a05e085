package dev.baton.model.rule;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** "{@code link} exists such that {@code where}" (or, negated, "no {@code link} such that …"). */
public record Exists(String link, boolean negated, Optional<Condition> where) implements Condition {
    public Exists {
        requireNonNull(link, "link is null");
        requireNonNull(where, "where is null");
    }
}
