/**
 * Validation: checks a campaign's graph and each activity against the data model, returns every problem at once with
 * a stable code, and produces the analysed campaign (activities in execution order with resolved dimensions and
 * predicates) that planning starts from. Pure: no database, no clock.
 */
package dev.baton.compiler.analysis;
