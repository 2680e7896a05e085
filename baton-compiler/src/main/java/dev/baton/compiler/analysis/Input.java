package dev.baton.compiler.analysis;

import static java.util.Objects.requireNonNull;

/** An inbound transition of an activity: the output {@code output} of activity {@code activity}. */
public record Input(String activity, String output) {
    public Input {
        requireNonNull(activity, "activity is null");
        requireNonNull(output, "output is null");
    }

    public String describe() {
        return activity + "." + output;
    }
}
