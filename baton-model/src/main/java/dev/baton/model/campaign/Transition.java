package dev.baton.model.campaign;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An edge from an output of one activity to another activity; it carries that output's population. */
public record Transition(String from, String output, String to, Optional<String> label) {
    public Transition {
        requireNonNull(from, "from is null");
        requireNonNull(output, "output is null");
        requireNonNull(to, "to is null");
        requireNonNull(label, "label is null");
    }
}
