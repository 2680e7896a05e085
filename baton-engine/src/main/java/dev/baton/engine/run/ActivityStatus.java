package dev.baton.engine.run;

/** What happened to an activity in a run. {@code SKIPPED} is not a failure: an upstream branch stopped. */
public enum ActivityStatus {
    SUCCEEDED,
    SKIPPED,
    FAILED
}
