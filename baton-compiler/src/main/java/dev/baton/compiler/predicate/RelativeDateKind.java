package dev.baton.compiler.predicate;

/** Relative date conditions: within the period before the reference time, within the period after it, or before its start. */
public enum RelativeDateKind {
    IN_LAST,
    IN_NEXT,
    MORE_THAN_AGO
}
