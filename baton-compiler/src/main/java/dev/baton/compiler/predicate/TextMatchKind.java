package dev.baton.compiler.predicate;

/** Text matching: prefix, substring, or a LIKE pattern where {@code %} and {@code _} are wildcards. */
public enum TextMatchKind {
    STARTS_WITH,
    CONTAINS,
    LIKE
}
