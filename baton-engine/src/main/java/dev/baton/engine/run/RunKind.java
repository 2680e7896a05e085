package dev.baton.engine.run;

/** A test run (from a draft; Save audience is not executed) or a live run of a published campaign. */
public enum RunKind {
    TEST,
    LIVE
}
