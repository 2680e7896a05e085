package dev.baton.compiler.plan;

import static java.util.Objects.requireNonNull;

/** The plan of one output of an activity. */
public record PlannedOutput(String output, Rel rel) {
    public PlannedOutput {
        requireNonNull(output, "output is null");
        requireNonNull(rel, "rel is null");
    }
}
