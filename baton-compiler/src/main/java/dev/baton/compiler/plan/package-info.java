/**
 * The relational plan: a small immutable IR ({@link dev.baton.compiler.plan.Rel}) with a known row type per node,
 * one plan per activity output, built by {@link dev.baton.compiler.plan.Planner} and printed as stable text by
 * {@link dev.baton.compiler.plan.PlanPrinter} for golden tests and for users.
 */
package dev.baton.compiler.plan;
