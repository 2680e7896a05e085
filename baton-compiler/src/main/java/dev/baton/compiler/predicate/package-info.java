/**
 * Resolved predicates: a rule after its attributes, links and values have been checked and typed against the data
 * model. This is what the planner and the SQL renderer read; it never holds unresolved names.
 */
package dev.baton.compiler.predicate;
