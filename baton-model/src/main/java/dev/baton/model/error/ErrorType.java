package dev.baton.model.error;

/** Who has to act: the user (bad input), the environment (database, files), or us (a bug). */
public enum ErrorType {
    USER,
    EXTERNAL,
    INTERNAL
}
