package dev.baton.compiler.plan;

/** Distinct set operators. */
public enum SetOperator {
    UNION,
    INTERSECT,
    EXCEPT
}
