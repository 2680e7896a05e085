package dev.baton.engine.run;

/** The status of a run. */
public enum RunStatus {
    RUNNING,
    SUCCEEDED,
    FAILED
}
