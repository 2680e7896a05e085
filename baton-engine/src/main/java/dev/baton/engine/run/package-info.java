/**
 * Runs: executing a compiled campaign activity by activity as {@code CREATE TABLE … AS SELECT} into the work schema,
 * counting each output, skipping what follows an empty or failed branch, and the records of a run as they are
 * stored and shown. The population itself never enters the JVM: only counts and previews with a limit do.
 */
package dev.baton.engine.run;
