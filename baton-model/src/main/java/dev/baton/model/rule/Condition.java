package dev.baton.model.rule;

/** A node of a rule. */
public sealed interface Condition permits Group, Comparison, Exists {}
