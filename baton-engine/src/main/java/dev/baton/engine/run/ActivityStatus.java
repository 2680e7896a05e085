package dev.baton.engine.run;

/**
 * What happened to an activity in a run. {@code SKIPPED} is not a failure: an upstream branch stopped. {@code DRY_RUN}:
 * a Save audience in a test run computed what it would save and changed nothing.
 */
public enum ActivityStatus {
    SUCCEEDED,
    DRY_RUN,
    SKIPPED,
    FAILED
}
